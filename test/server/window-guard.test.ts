import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, createCustomerHandler, createCustomerLoginJwt, customerLoginUrl, verifyCurrentCustomerJwt } from '../../src/server';
import { CLIENT_ID, CLIENT_SECRET, currentCustomerJwt, STORE_HASH } from './helpers';

const secrets = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
const login = { ...secrets, storeHash: STORE_HASH, customerId: 42 };

const calls: [string, () => unknown][] = [
  ['verifyCurrentCustomerJwt', () => verifyCurrentCustomerJwt(currentCustomerJwt({}, Math.floor(Date.now() / 1000)), secrets)],
  ['createCustomerLoginJwt', () => createCustomerLoginJwt(login)],
  ['customerLoginUrl', () => customerLoginUrl({ ...login, storeUrl: 'https://shop.example.com' })],
  ['createCustomerHandler', () => createCustomerHandler(secrets)],
];

afterEach(() => vi.unstubAllGlobals());

describe('server functions refuse to run where `window` exists', () => {
  it.each(calls)('%s throws a ConfigError about the client secret', async (name, call) => {
    vi.stubGlobal('window', {});
    const error = await Promise.resolve().then(call).then(() => expect.fail('it ran'), (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: 'ERR_CONFIG', option: 'clientSecret' });
    expect((error as Error).message).toContain('must stay on a server');
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain(CLIENT_SECRET);
  });

  it.each(calls)('%s runs once `window` is gone', async (_name, call) => {
    vi.stubGlobal('window', {});
    vi.unstubAllGlobals();
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    await expect(Promise.resolve().then(call)).resolves.toBeDefined();
  });

  it('importing the entry has no side effect, even with `window` present', async () => {
    vi.stubGlobal('window', {});
    vi.resetModules();
    await expect(import('../../src/server')).resolves.toHaveProperty('verifyCurrentCustomerJwt');
  });
});
