import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { fetchVerifiedCustomer } from '../../src/session';
import { rejectionOf } from '../integration/helpers';
import { cookieFetch } from '../helpers/cookie-fetch';
import { fakeFetch, signIn, storefrontFor, useSessionSimulator } from './helpers';

const suite = useSessionSimulator();
const VERIFY_URL = 'https://app.example.com/api/customer';

/** An app's verify endpoint: checks the posted token with the app secret, as a server would. */
function verifier(secret: () => string) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    try {
      const { token } = JSON.parse(String(init.body));
      const { payload } = await jwtVerify(token, new TextEncoder().encode(secret()), { issuer: 'bc/apps' });
      const customer = payload['customer'] as { id: number; email: string; group_id: string };
      return Response.json({ customer: { id: customer.id, email: customer.email, groupId: customer.group_id } });
    } catch {
      return Response.json({ status: 401, title: 'Unauthorized' }, { status: 401 });
    }
  };
  return { fetch, calls };
}

describe('fetchVerifiedCustomer', () => {
  it('posts the shopper\'s JWT as JSON to the verify endpoint and resolves the customer it vouches for', async () => {
    const browser = cookieFetch();
    await signIn(suite, browser, 1);
    const app = verifier(() => suite.sim.appClient.secret);
    const customer = await fetchVerifiedCustomer(storefrontFor(suite.url, suite.sim.token, browser), {
      appClientId: suite.sim.appClient.id,
      verifyUrl: VERIFY_URL,
      fetch: app.fetch,
    });
    expect(customer).toEqual({ id: 1, email: 'jane@example.com', groupId: '1' });
    expect(app.calls).toHaveLength(1);
    const [{ url, init }] = app.calls as [{ url: string; init: RequestInit }];
    expect(url).toBe(VERIFY_URL);
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    const jwtRequest = browser.sent.at(-1)!;
    expect(jwtRequest.url).toContain('/customer/current.jwt?app_client_id=');
    expect(JSON.parse(String(init.body))).toEqual({ token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
  });

  it('resolves null for a guest without calling the verify endpoint', async () => {
    const app = verifier(() => suite.sim.appClient.secret);
    const customer = await fetchVerifiedCustomer(storefrontFor(suite.url, suite.sim.token, cookieFetch()), {
      appClientId: suite.sim.appClient.id,
      verifyUrl: VERIFY_URL,
      fetch: app.fetch,
    });
    expect(customer).toBeNull();
    expect(app.calls).toHaveLength(0);
  });

  it('rejects with ERR_UNAUTHORIZED when the verify endpoint refuses the token (here: another secret)', async () => {
    const browser = cookieFetch();
    await signIn(suite, browser, 1);
    const app = verifier(() => 'a-different-secret');
    const error = await rejectionOf(
      fetchVerifiedCustomer(storefrontFor(suite.url, suite.sim.token, browser), {
        appClientId: suite.sim.appClient.id,
        verifyUrl: VERIFY_URL,
        fetch: app.fetch,
      }),
    );
    expect(error).toMatchObject({ code: 'ERR_UNAUTHORIZED', status: 401, operation: 'POST verifyUrl' });
    expect(app.calls).toHaveLength(1);
  });

  it.each([
    ['no customer', {}],
    ['a customer without email', { customer: { id: 1, groupId: '1' } }],
    ['a numeric group id', { customer: { id: 1, email: 'a@b.c', groupId: 1 } }],
  ])('rejects a 200 with %s as ERR_MALFORMED_RESPONSE', async (_, body) => {
    const browser = cookieFetch();
    await signIn(suite, browser, 1);
    const error = await rejectionOf(
      fetchVerifiedCustomer(storefrontFor(suite.url, suite.sim.token, browser), {
        appClientId: suite.sim.appClient.id,
        verifyUrl: VERIFY_URL,
        fetch: fakeFetch(() => Response.json(body)),
      }),
    );
    expect(error).toMatchObject({ code: 'ERR_MALFORMED_RESPONSE', status: 200 });
  });

  it('uses the storefront\'s fetch for the verify request when given none', async () => {
    const browser = cookieFetch();
    await signIn(suite, browser, 2);
    const app = verifier(() => suite.sim.appClient.secret);
    // One fetch for both: the store's origin goes to the simulator, the app's to the verifier.
    const both = cookieFetch((input, init) => (String(input).startsWith(VERIFY_URL) ? app.fetch(input, init) : fetch(input, init)));
    for (const [name, value] of browser.jar) both.jar.set(name, value);
    const customer = await fetchVerifiedCustomer(storefrontFor(suite.url, suite.sim.token, both), {
      appClientId: suite.sim.appClient.id,
      verifyUrl: VERIFY_URL,
    });
    expect(customer).toEqual({ id: 2, email: 'sam@example.co.uk', groupId: '0' });
    expect(both.sent.map((request) => request.method)).toEqual(['GET', 'POST']);
  });

  it('refuses an empty verifyUrl before sending anything', async () => {
    const browser = cookieFetch();
    const error = await rejectionOf(
      fetchVerifiedCustomer(storefrontFor(suite.url, suite.sim.token, browser), { appClientId: 'app', verifyUrl: '' }),
    );
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument: 'verifyUrl' });
    expect(browser.sent).toHaveLength(0);
  });
});
