import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { createStorefront } from '../../src/index';
import { fetchCurrentCustomerJwt } from '../../src/session';
import { rejectionOf } from '../integration/helpers';
import { cookieFetch } from '../helpers/cookie-fetch';
import { fakeFetch, signIn, storefrontFor, useSessionSimulator } from './helpers';

const suite = useSessionSimulator();
const key = (secret: string) => new TextEncoder().encode(secret);

describe('fetchCurrentCustomerJwt against the simulator', () => {
  it('resolves null for a guest, after a same-origin GET with the app client id', async () => {
    const browser = cookieFetch();
    const storefront = storefrontFor(suite.url, suite.sim.token, browser);
    expect(await fetchCurrentCustomerJwt(storefront, { appClientId: suite.sim.appClient.id })).toBeNull();
    expect(browser.sent).toHaveLength(1);
    const [request] = browser.sent;
    expect(request).toMatchObject({
      url: `${suite.url}/customer/current.jwt?app_client_id=${suite.sim.appClient.id}`,
      method: 'GET',
      credentials: 'same-origin',
      body: undefined,
    });
    expect(request!.headers.get('accept')).toBe('application/json');
    // No storefront token goes to the REST side: the session cookie is the credential.
    expect(request!.headers.has('authorization')).toBe(false);
  });

  it('resolves the signed-in shopper\'s JWT, which verifies with the app secret', async () => {
    const browser = cookieFetch();
    await signIn(suite, browser, 1);
    const jwt = await fetchCurrentCustomerJwt(storefrontFor(suite.url, suite.sim.token, browser), {
      appClientId: suite.sim.appClient.id,
    });
    const { payload } = await jwtVerify(jwt!, key(suite.sim.appClient.secret), { audience: suite.sim.appClient.id });
    expect(payload['customer']).toEqual({ id: 1, email: 'jane@example.com', group_id: '1' });
    expect(browser.sent.at(-1)!.headers.get('cookie')).toMatch(/^SHOP_SESSION_TOKEN=[0-9a-f]{32}$/);
  });

  it('encodes the app client id and rejects an unknown one with ERR_HTTP 400, not null', async () => {
    const browser = cookieFetch();
    const error = await rejectionOf(
      fetchCurrentCustomerJwt(storefrontFor(suite.url, suite.sim.token, browser), { appClientId: 'other app&x=1' }),
    );
    expect(error).toMatchObject({ code: 'ERR_HTTP', status: 400, operation: 'GET /customer/current.jwt' });
    expect(browser.sent[0]!.url).toBe(`${suite.url}/customer/current.jwt?app_client_id=other%20app%26x%3D1`);
  });

  it('retries a 503 (it is a read) and then succeeds', async () => {
    const browser = cookieFetch();
    await signIn(suite, browser, 2);
    suite.sim.fault({ kind: 'status', status: 503, match: { path: '/customer/current.jwt' } });
    const jwt = await fetchCurrentCustomerJwt(storefrontFor(suite.url, suite.sim.token, browser), {
      appClientId: suite.sim.appClient.id,
    });
    expect(jwt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(browser.sent.filter((request) => request.url.includes('current.jwt'))).toHaveLength(2);
  });
});

describe('fetchCurrentCustomerJwt against fakes', () => {
  const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
  const storefrontWith = (fetch: typeof globalThis.fetch) =>
    createStorefront({ storeUrl: 'https://shop.example.com', token: 't', fetch, retry: false });
  const run = (fetch: typeof globalThis.fetch) => fetchCurrentCustomerJwt(storefrontWith(fetch), { appClientId: 'app' });

  it.each([
    ['bare text', JWT],
    ['bare text with a newline', `${JWT}\n`],
    ['a JSON string', JSON.stringify(JWT)],
    ['a JSON object with token', JSON.stringify({ token: JWT })],
  ])('reads the JWT from %s', async (_, body) => {
    expect(await run(fakeFetch(() => new Response(body, { status: 200 })))).toBe(JWT);
  });

  it.each([
    ['an empty body', ''],
    ['an object without token', '{}'],
    ['broken JSON', '{"token":'],
    ['HTML', '<!doctype html><p>Sign in</p>'],
    ['a token that is not a JWT', JSON.stringify({ token: 'abc' })],
  ])('rejects a 200 carrying %s with ERR_MALFORMED_RESPONSE', async (_, body) => {
    const error = await rejectionOf(run(fakeFetch(() => new Response(body, { status: 200 }))));
    expect(error).toMatchObject({ code: 'ERR_MALFORMED_RESPONSE', status: 200, operation: 'GET /customer/current.jwt' });
  });

  it.each([
    [401, 'ERR_UNAUTHORIZED'],
    [403, 'ERR_UNAUTHORIZED'],
    [429, 'ERR_RATE_LIMITED'],
    [500, 'ERR_HTTP'],
  ])('maps %i to %s', async (status, code) => {
    const error = await rejectionOf(run(fakeFetch(() => new Response('{}', { status }))));
    expect(error).toMatchObject({ code, status });
  });

  it('maps a dropped connection to ERR_NETWORK', async () => {
    const error = await rejectionOf(run(async () => Promise.reject(new TypeError('fetch failed'))));
    expect(error).toMatchObject({ code: 'ERR_NETWORK' });
  });

  it('refuses an empty appClientId without sending anything', async () => {
    const fetch = fakeFetch(() => new Response(JWT));
    for (const appClientId of ['', '  ']) {
      const error = await rejectionOf(fetchCurrentCustomerJwt(storefrontWith(fetch), { appClientId }));
      expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument: 'appClientId' });
    }
    expect(fetch.calls).toHaveLength(0);
  });

  it('stops with ERR_ABORTED when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetch = fakeFetch(() => new Response(JWT));
    const error = await rejectionOf(
      fetchCurrentCustomerJwt(storefrontWith(fetch), { appClientId: 'app', signal: controller.signal }),
    );
    expect(error).toMatchObject({ code: 'ERR_ABORTED' });
    expect(fetch.calls).toHaveLength(0);
  });
});
