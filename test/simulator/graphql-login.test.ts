// Customer login over GraphQL: customer access tokens (issue, use, expiry, logout, one device),
// guest carts assigned at login, loginWithCustomerLoginJwt, browsers (cookie, no token in the
// body) and origins the storefront token does not allow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulator, type Simulator } from '../../src/simulator';
import { loginJwt, signLogin, loginClaims } from '../session/login-jwt';
import { gqlShopper } from './commerce-helpers';
import { restShopper, useRestSimulator } from './rest-helpers';

const JANE = { email: 'jane@example.com', password: 'correct horse battery' };
const STRICT = { 'X-Bc-Error-On-Invalid-Customer-Access-Token': 'true' };
const suite = useRestSimulator({ customerAccessTokenTtlSeconds: 3600 });
const server = (customerAccessToken?: string) => gqlShopper(suite.url, suite.sim.token, customerAccessToken ? { customerAccessToken } : {});

async function login(variables: Record<string, unknown> = JANE) {
  return (await server().data('TestLogin', variables)).login;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('login', () => {
  it('answers the customer and a customer access token that expires, without a cookie', async () => {
    const before = Date.now();
    const reply = await server().run('TestLogin', JANE);
    expect(reply.headers.getSetCookie()).toEqual([]);
    const { customer, customerAccessToken, cart } = reply.data.login;
    expect(customer).toEqual({ entityId: 1, email: 'jane@example.com' });
    expect(cart).toBeNull();
    expect(customerAccessToken.value).toMatch(/^[0-9a-f]{64}_\d{10}$/);
    const expiresAt = Date.parse(customerAccessToken.expiresAt);
    expect(customerAccessToken.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(expiresAt / 1000).toBe(Number(customerAccessToken.value.split('_')[1]));
    expect(expiresAt - before).toBeGreaterThan(3599_000);
    expect(expiresAt - before).toBeLessThanOrEqual(3601_000);
  });

  it('refuses a wrong password with "Invalid credentials" and no data', async () => {
    const reply = await server().run('TestLogin', { ...JANE, password: 'nope' });
    expect(reply.data).toBeNull();
    expect(reply.errors).toEqual([expect.objectContaining({ message: 'Invalid credentials', path: ['login'] })]);
    expect((await server().run('TestLogin', { email: 'nobody@example.com', password: 'x' })).errors?.[0]?.message).toBe('Invalid credentials');
  });

  it('signs requests carrying the token in as the customer; carts they make are the customer\'s', async () => {
    const { customerAccessToken } = await login();
    const jane = server(customerAccessToken.value);
    expect((await jane.data('TestCustomer')).customer).toEqual({ entityId: 1, email: 'jane@example.com', firstName: 'Jane' });
    const cart = (await jane.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 1 }] } })).cart.createCart.cart;
    expect((await jane.data('TestGetCart')).site.cart.entityId).toBe(cart.entityId);
    // A guest who learns the id still cannot read or change a customer's cart.
    expect((await server().data('TestGetCart', { entityId: cart.entityId })).site.cart).toBeNull();
    const change = await server().run('TestDeleteCart', { input: { cartEntityId: cart.entityId } });
    expect(change.errors?.[0]?.extensions).toEqual({ code: 'CART_NOT_FOUND' });
  });

  it('assigns the guest cart named in guestCartEntityId to the customer', async () => {
    const guestCart = (await server().data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 1 }] } })).cart.createCart.cart;
    const result = await login({ ...JANE, guestCartEntityId: guestCart.entityId });
    expect(result.cart).toEqual({ entityId: guestCart.entityId, version: 1 });
    expect((await server().data('TestGetCart', { entityId: guestCart.entityId })).site.cart).toBeNull();
    expect((await server(result.customerAccessToken.value).data('TestGetCart', { entityId: guestCart.entityId })).site.cart.entityId).toBe(guestCart.entityId);
    // Another customer cannot take it over at their login.
    const sam = await login({ email: 'sam@example.co.uk', password: 'allotment 42', guestCartEntityId: guestCart.entityId });
    expect(sam.cart).toBeNull();
  });

  it('ends the earlier token of a customer who signs in again (one device at a time)', async () => {
    const first = (await login()).customerAccessToken.value;
    const second = (await login()).customerAccessToken.value;
    expect(second).not.toBe(first);
    expect((await server(first).data('TestCustomer')).customer).toBeNull();
    expect((await server(second).data('TestCustomer')).customer.entityId).toBe(1);
  });
});

describe('invalid customer access tokens', () => {
  it('answer as a guest, or with an error when X-Bc-Error-On-Invalid-Customer-Access-Token asks for one', async () => {
    expect((await server('0'.repeat(64) + '_1').data('TestCustomer')).customer).toBeNull();
    const strict = await server('0'.repeat(64) + '_1').run('TestCustomer', {}, STRICT);
    expect(strict.status).toBe(200);
    expect(strict.data).toBeUndefined();
    expect(strict.errors).toEqual([{ message: 'Invalid customer access token', extensions: { code: 'INVALID_CUSTOMER_ACCESS_TOKEN' } }]);
  });

  it('expire at expiresAt', async () => {
    const { customerAccessToken } = await login();
    const jane = server(customerAccessToken.value);
    expect((await jane.data('TestCustomer', {}, STRICT)).customer.entityId).toBe(1);
    const expiresAt = Date.parse(customerAccessToken.expiresAt);
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + (expiresAt - realNow()) + 1);
    const expired = await jane.run('TestCustomer', {}, STRICT);
    expect(expired.errors).toEqual([
      { message: 'Invalid customer access token: it has expired', extensions: { code: 'INVALID_CUSTOMER_ACCESS_TOKEN' } },
    ]);
    expect((await jane.data('TestCustomer')).customer).toBeNull();
  });

  it('end at logout, on every device, and logout hands the named cart back to guests', async () => {
    const { customerAccessToken } = await login();
    const jane = server(customerAccessToken.value);
    const cart = (await jane.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 1 }] } })).cart.createCart.cart;
    const out = (await jane.data('TestLogout', { cartEntityId: cart.entityId })).logout;
    expect(out).toEqual({ result: 'success', cartUnassignResult: { cart: { entityId: cart.entityId } } });
    expect((await jane.run('TestCustomer', {}, STRICT)).errors?.[0]?.extensions).toEqual({ code: 'INVALID_CUSTOMER_ACCESS_TOKEN' });
    expect((await server().data('TestGetCart', { entityId: cart.entityId })).site.cart.entityId).toBe(cart.entityId);
  });
});

describe('loginWithCustomerLoginJwt', () => {
  it('checks the JWT as /login/token/{jwt} does and answers a token and redirectTo', async () => {
    const jwt = await loginJwt(suite.sim, 2, { redirect_to: '/checkout' });
    const result = (await server().data('TestLoginWithJwt', { jwt })).loginWithCustomerLoginJwt;
    expect(result).toMatchObject({ redirectTo: '/checkout', customer: { entityId: 2, email: 'sam@example.co.uk' }, cart: null });
    expect((await server(result.customerAccessToken.value).data('TestCustomer')).customer.entityId).toBe(2);
    const replayed = await server().run('TestLoginWithJwt', { jwt });
    expect(replayed.data).toBeNull();
    expect(replayed.errors).toEqual([expect.objectContaining({ message: 'Invalid customer login JWT', extensions: { reason: 'replayed_jti' } })]);
  });

  it.each([
    ['a wrong signature', (sim: Simulator) => signLogin(sim, loginClaims(sim, 1), { secret: 'not-the-secret' }), 'bad_signature'],
    ['a stale iat', (sim: Simulator) => loginJwt(sim, 1, { iat: Math.floor(Date.now() / 1000) - 120 }), 'stale_iat'],
    ['an unknown customer', (sim: Simulator) => loginJwt(sim, 999), 'unknown_customer'],
    ['another store', (sim: Simulator) => loginJwt(sim, 1, { store_hash: 'other' }), 'wrong_store'],
  ])('refuses %s', async (_what, make, reason) => {
    const reply = await server().run('TestLoginWithJwt', { jwt: await make(suite.sim) });
    expect(reply.errors?.[0]?.extensions).toEqual({ reason });
  });
});

describe('browsers and origins', () => {
  it('a browser login signs its session in by cookie and gets no token in the body', async () => {
    const jar = restShopper(suite.url);
    const browser = gqlShopper(suite.url, suite.sim.token, { jar, headers: { Origin: 'http://localhost:5173' } });
    const reply = await browser.run('TestLogin', JANE);
    expect(reply.data.login).toMatchObject({ customer: { entityId: 1 }, customerAccessToken: null });
    expect(reply.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/only returned for server-to-server requests/), path: ['login', 'customerAccessToken'] }),
    ]);
    expect(jar.cookie).toMatch(/^SHOP_SESSION_TOKEN=/);
    expect((await browser.data('TestCustomer')).customer.entityId).toBe(1);
    expect((await browser.data('TestLoginNoToken', JANE)).login.customer.entityId).toBe(1);
    await browser.data('TestLogout');
    expect((await browser.data('TestCustomer')).customer).toBeNull();
  });

  it('refuses a customer access token sent from an origin the storefront token does not allow', async () => {
    const sim = createSimulator({ allowedOrigins: ['https://shop.example'] });
    const running = await sim.listen();
    try {
      const token = (await gqlShopper(running.url, sim.token).data('TestLogin', JANE)).login.customerAccessToken.value;
      const evil = await gqlShopper(running.url, sim.token, { customerAccessToken: token, headers: { Origin: 'https://evil.example' } }).run('TestCustomer');
      expect(evil.status).toBe(401);
      expect(evil.errors?.[0]?.message).toMatch(/did not match the allowed origin/);
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      const shop = await gqlShopper(running.url, sim.token, { customerAccessToken: token, headers: { Origin: 'https://shop.example' } }).run('TestCustomer');
      expect(shop.status).toBe(200);
      expect(shop.data.customer.entityId).toBe(1);
      expect(shop.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    } finally {
      await running.close();
    }
  });

  it('lets the strict-token header through CORS preflights', async () => {
    const res = await fetch(`${suite.url}/graphql`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-bc-error-on-invalid-customer-access-token' },
    });
    expect(res.headers.get('access-control-allow-headers')).toMatch(/X-Bc-Error-On-Invalid-Customer-Access-Token/);
  });
});

describe('customerAccessTokenTtlSeconds', () => {
  it('must be a positive whole number', () => {
    expect(() => createSimulator({ customerAccessTokenTtlSeconds: 0 })).toThrow(RangeError);
    expect(() => createSimulator({ customerAccessTokenTtlSeconds: 1.5 })).toThrow(RangeError);
  });
});
