import { createHmac } from 'node:crypto';
import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { createCustomerLoginJwt, customerLoginUrl, InvalidArgumentError } from '../../src/server';
import { CLIENT_ID, CLIENT_SECRET, decodeParts, NOW, NOW_MS, STORE_HASH } from './helpers';

const base = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, storeHash: STORE_HASH, customerId: 42 };
const UUID = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;

/** Checks the HS256 signature with node:crypto, independently of jose. */
function hasValidSignature(jwt: string, secret = CLIENT_SECRET): boolean {
  const [header, payload, signature] = jwt.split('.');
  return createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url') === signature;
}

describe('createCustomerLoginJwt', () => {
  it('signs exactly the documented claims with HS256 and the client secret', async () => {
    const jwt = await createCustomerLoginJwt({ ...base, now: NOW_MS + 999, jti: 'fixed-jti' });
    expect(hasValidSignature(jwt)).toBe(true);
    expect(hasValidSignature(jwt, 'another-secret')).toBe(false);
    expect(decodeParts(jwt).header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decodeParts(jwt).payload).toEqual({
      iss: CLIENT_ID,
      iat: NOW,
      jti: 'fixed-jti',
      operation: 'customer_login',
      store_hash: STORE_HASH,
      customer_id: 42,
    });
  });

  it('adds the optional claims only when given', async () => {
    const jwt = await createCustomerLoginJwt({
      ...base,
      channelId: 2,
      redirectTo: '/account.php?action=order_status',
      requestIp: '203.0.113.7',
      enablePersistentCart: false,
    });
    expect(decodeParts(jwt).payload).toMatchObject({
      channel_id: 2,
      redirect_to: '/account.php?action=order_status',
      request_ip: '203.0.113.7',
      enable_persistent_cart: false,
    });
    // A verifier on the store's side (jose here) accepts it with the same secret, HS256 only.
    const { payload } = await jwtVerify(jwt, new TextEncoder().encode(CLIENT_SECRET), { algorithms: ['HS256'], issuer: CLIENT_ID });
    expect(payload.customer_id).toBe(42);
  });

  it('uses the clock and a fresh random jti for each token', async () => {
    const before = Math.floor(Date.now() / 1000);
    const [a, b] = await Promise.all([createCustomerLoginJwt(base), createCustomerLoginJwt(base)]);
    const [pa, pb] = [decodeParts(a).payload, decodeParts(b).payload];
    expect(pa.jti).toMatch(UUID);
    expect(pb.jti).toMatch(UUID);
    expect(pa.jti).not.toBe(pb.jti);
    expect(pa.iat).toBeGreaterThanOrEqual(before);
    expect(pa.iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(Object.keys(pa)).toEqual(['iss', 'iat', 'jti', 'operation', 'store_hash', 'customer_id']);
  });

  it.each([
    ['clientId', { clientId: '' }],
    ['clientId', { clientId: 'has space' }],
    ['clientSecret', { clientSecret: '' }],
    ['storeHash', { storeHash: '' }],
    ['storeHash', { storeHash: 'abc/123' }],
    ['customerId', { customerId: 0 }],
    ['customerId', { customerId: -3 }],
    ['customerId', { customerId: 1.5 }],
    ['customerId', { customerId: '42' }],
    ['customerId', { customerId: Number.NaN }],
    ['channelId', { channelId: 0 }],
    ['requestIp', { requestIp: 'localhost' }],
    ['requestIp', { requestIp: '999.1.1.1' }],
    ['requestIp', { requestIp: '1.2.3' }],
    ['requestIp', { requestIp: 'fe80::1%eth0' }],
    ['enablePersistentCart', { enablePersistentCart: 'yes' }],
    ['jti', { jti: '' }],
    ['jti', { jti: 'x'.repeat(129) }],
    ['now', { now: Number.NaN }],
  ])('refuses a malformed %s without echoing it', async (argument, bad) => {
    const error = await createCustomerLoginJwt({ ...base, ...bad } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument });
    expect((error as Error).message).not.toContain(CLIENT_SECRET);
  });

  it.each(['203.0.113.7', '0.0.0.0', '2001:db8::1', '::1', '::ffff:192.0.2.1'])('accepts the request IP %s', async (requestIp) => {
    expect(decodeParts(await createCustomerLoginJwt({ ...base, requestIp })).payload.request_ip).toBe(requestIp);
  });
});

describe('customerLoginUrl', () => {
  it('builds https://{store}/login/token/{jwt}', async () => {
    const url = await customerLoginUrl({ ...base, storeUrl: 'https://shop.example.com/', redirectTo: '/cart.php' });
    const match = /^https:\/\/shop\.example\.com\/login\/token\/([\w-]+\.[\w-]+\.[\w-]+)$/.exec(url);
    expect(match).not.toBeNull();
    expect(hasValidSignature(match![1]!)).toBe(true);
    expect(decodeParts(match![1]!).payload).toMatchObject({ customer_id: 42, redirect_to: '/cart.php' });
  });

  it.each(['http://localhost:3000', 'http://127.0.0.1:4010', 'http://shop.localhost', 'https://store-abc123.mybigcommerce.com'])(
    'accepts the store URL %s',
    async (storeUrl) => {
      expect(await customerLoginUrl({ ...base, storeUrl })).toMatch(`${new URL(storeUrl).origin}/login/token/`);
    },
  );

  it.each([
    'http://shop.example.com',
    'ftp://shop.example.com',
    'javascript:alert(1)',
    'shop.example.com',
    '//shop.example.com',
    'https://user:pass@shop.example.com',
    'https://shop.example.com/shop',
    'https://shop.example.com/?next=1',
    'https://shop.example.com/#x',
    'http://localhost.evil.example',
    '',
  ])('refuses the store URL %j', async (storeUrl) => {
    const error = await customerLoginUrl({ ...base, storeUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ argument: 'storeUrl' });
  });
});
