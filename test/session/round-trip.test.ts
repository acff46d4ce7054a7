// The whole session flow, each side played by the library's own code: the app's server signs a
// login URL (bc-storefront/server) → the simulator logs the shopper in → the browser side fetches
// current.jwt (bc-storefront) → the server verifies it → the same customer comes out.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerHandler, customerLoginUrl, verifyCurrentCustomerJwt } from '../../src/server';
import { fetchCurrentCustomerJwt, fetchVerifiedCustomer } from '../../src/session';
import { rejectionOf } from '../integration/helpers';
import { cookieFetch, type CookieFetch } from '../helpers/cookie-fetch';
import { storefrontFor, useSessionSimulator } from './helpers';

const suite = useSessionSimulator();

/** The app's server as the login and verify functions see it. */
const app = () => ({
  clientId: suite.sim.appClient.id,
  clientSecret: suite.sim.appClient.secret,
  storeHash: suite.sim.catalog.settings.storeHash,
});

/** Follows the app's login URL in `browser`, without following the store's redirect. */
async function visitLogin(browser: CookieFetch, customerId: number, extra: { redirectTo?: string; storeHash?: string } = {}) {
  const url = await customerLoginUrl({ ...app(), storeUrl: suite.url, customerId, channelId: 1, ...extra });
  expect(url.startsWith(`${suite.url}/login/token/`)).toBe(true);
  const res = await browser.fetch(url, { redirect: 'manual' });
  return { url, status: res.status, location: res.headers.get('location') };
}

const currentJwt = (browser: CookieFetch) =>
  fetchCurrentCustomerJwt(storefrontFor(suite.url, suite.sim.token, browser), { appClientId: suite.sim.appClient.id });

// createCustomerHandler behind a real node:http server, so the verify request crosses a wire too.
let verifyServer: Server;
let verifyUrl = '';
let wrongSecretUrl = '';
let verifyRequests = 0;
beforeAll(async () => {
  const handlers: Record<string, (request: Request) => Promise<Response>> = {
    '/api/customer': createCustomerHandler(app()),
    '/api/customer-wrong-secret': createCustomerHandler({ ...app(), clientSecret: 'not-the-app-secret' }),
  };
  verifyServer = createServer(async (req, res) => {
    verifyRequests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method!,
      headers: req.headers as Record<string, string>,
      ...(chunks.length > 0 && { body: Buffer.concat(chunks) }),
    });
    const response = await handlers[new URL(request.url).pathname]!(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => verifyServer.listen(0, '127.0.0.1', resolve));
  const { port } = verifyServer.address() as AddressInfo;
  verifyUrl = `http://127.0.0.1:${port}/api/customer`;
  wrongSecretUrl = `http://127.0.0.1:${port}/api/customer-wrong-secret`;
});
afterAll(() => new Promise<void>((resolve) => verifyServer.close(() => resolve())));

describe('session round trip', () => {
  it.each([1, 2])('login URL → simulator → current.jwt → verify: customer %i comes out', async (customerId) => {
    const browser = cookieFetch();
    expect(await visitLogin(browser, customerId, { redirectTo: '/cart.php' })).toMatchObject({ status: 302, location: '/cart.php' });
    const jwt = await currentJwt(browser);
    const claims = await verifyCurrentCustomerJwt(jwt!, app());
    expect(claims.customer.id).toBe(customerId);
    expect(claims.customer.email).toBe(suite.sim.catalog.customers.find((c) => c.id === customerId)!.email);
    expect(claims.storeHash).toBe(suite.sim.catalog.settings.storeHash);
  });

  it('fetchVerifiedCustomer through createCustomerHandler answers the signed-in customer', async () => {
    const browser = cookieFetch();
    await visitLogin(browser, 1);
    const customer = await fetchVerifiedCustomer(storefrontFor(suite.url, suite.sim.token, browser), {
      appClientId: suite.sim.appClient.id,
      verifyUrl,
    });
    expect(customer).toEqual({ id: 1, email: 'jane@example.com', groupId: '1' });
  });

  it('a handler holding another secret refuses the token: ERR_UNAUTHORIZED, not a guest', async () => {
    const browser = cookieFetch();
    await visitLogin(browser, 1);
    const error = await rejectionOf(
      fetchVerifiedCustomer(storefrontFor(suite.url, suite.sim.token, browser), {
        appClientId: suite.sim.appClient.id,
        verifyUrl: wrongSecretUrl,
      }),
    );
    expect(error).toMatchObject({ code: 'ERR_UNAUTHORIZED', status: 401 });
  });

  it('after logout the browser side resolves null and never calls the verify endpoint', async () => {
    const browser = cookieFetch();
    await visitLogin(browser, 2);
    const out = await browser.fetch(`${suite.url}/login.php?action=logout`, { redirect: 'manual' });
    expect(out.headers.get('location')).toBe('/');
    const before = verifyRequests;
    const customer = await fetchVerifiedCustomer(storefrontFor(suite.url, suite.sim.token, browser), {
      appClientId: suite.sim.appClient.id,
      verifyUrl,
    });
    expect(customer).toBeNull();
    expect(verifyRequests).toBe(before);
  });

  it('a login URL works once: replayed, it signs no one in', async () => {
    const first = cookieFetch();
    const { url } = await visitLogin(first, 1);
    const second = cookieFetch();
    const replay = await second.fetch(url, { redirect: 'manual' });
    expect(replay.headers.get('location')).toBe('/login.php');
    expect(await currentJwt(second)).toBeNull();
    expect(await currentJwt(first)).not.toBeNull();
  });

  it('a login URL signed for another store signs no one in', async () => {
    const browser = cookieFetch();
    expect(await visitLogin(browser, 1, { storeHash: 'abc123' })).toMatchObject({ status: 302, location: '/login.php' });
    expect(await currentJwt(browser)).toBeNull();
  });
});
