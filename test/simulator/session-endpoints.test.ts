// The simulator's session endpoints: /customer/current.jwt, /login/token/{jwt}, /login.php.
// Logins go through /login/token/{jwt} signed with jose here, as an app's server would sign them.
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSimulator,
  DEFAULT_APP_CLIENT_ID,
  DEFAULT_APP_CLIENT_SECRET,
  type RunningSimulator,
  type Simulator,
} from '../../src/simulator';
import { sendJson } from '../../src/simulator/server/respond';
import type { SimRoute } from '../../src/simulator/server/route';
import { defaultRoutes } from '../../src/simulator/server/routes';
import { SESSION_COOKIE, shopperSession } from '../../src/simulator/server/session';
import { buildSimulator } from '../../src/simulator/server/simulator';
import { sampleCatalog } from '../../src/simulator/catalog';
import { cookieFetch } from '../helpers/cookie-fetch';
import { loginJwt } from '../session/login-jwt';

const key = (secret: string) => new TextEncoder().encode(secret);

describe('session endpoints', () => {
  let sim: Simulator;
  let server: RunningSimulator;
  beforeAll(async () => {
    sim = createSimulator();
    server = await sim.listen();
  });
  afterAll(() => server.close());

  const currentJwt = (browser: ReturnType<typeof cookieFetch>, clientId: string | null = sim.appClient.id) =>
    browser.fetch(`${server.url}/customer/current.jwt${clientId === null ? '' : `?app_client_id=${clientId}`}`);
  const visit = (browser: ReturnType<typeof cookieFetch>, path: string) =>
    browser.fetch(`${server.url}${path}`, { redirect: 'manual' });

  it('exposes its app client, the documented defaults', () => {
    expect(sim.appClient).toEqual({ id: DEFAULT_APP_CLIENT_ID, secret: DEFAULT_APP_CLIENT_SECRET });
    expect(Object.isFrozen(sim.appClient)).toBe(true);
  });

  it('answers 404 to a guest, with a REST error body and no-store', async () => {
    const res = await currentJwt(cookieFetch());
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers 400 to a missing or unknown app_client_id, even for a signed-in shopper', async () => {
    const browser = cookieFetch();
    await visit(browser, `/login/token/${await loginJwt(sim, 1)}`);
    for (const clientId of [null, '', 'someone-elses-app']) {
      const res = await currentJwt(browser, clientId);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ status: 400, title: 'Bad Request' });
    }
    expect((await currentJwt(browser)).status).toBe(200);
  });

  it('logs a shopper in through /login/token/{jwt}: session cookie, 302 to redirect_to, then current.jwt', async () => {
    const browser = cookieFetch();
    const res = await visit(browser, `/login/token/${await loginJwt(sim, 1, { redirect_to: '/cart.php?x=1#top' })}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/cart.php?x=1#top');
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[0-9a-f]{32}; Path=/; HttpOnly; SameSite=Lax$`));

    const jwtRes = await currentJwt(browser);
    expect(jwtRes.status).toBe(200);
    expect(jwtRes.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(jwtRes.headers.get('cache-control')).toBe('no-store');
    const token = await jwtRes.text();
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const { payload } = await jwtVerify(token, key(DEFAULT_APP_CLIENT_SECRET), {
      algorithms: ['HS256'],
      issuer: 'bc/apps',
      audience: DEFAULT_APP_CLIENT_ID,
    });
    const now = Math.floor(Date.now() / 1000);
    expect(payload).toEqual({
      customer: { id: 1, email: 'jane@example.com', group_id: '1' },
      iss: 'bc/apps',
      sub: sim.catalog.settings.storeHash,
      iat: expect.any(Number),
      exp: expect.any(Number),
      version: 1,
      aud: DEFAULT_APP_CLIENT_ID,
      application_id: DEFAULT_APP_CLIENT_ID,
      store_hash: sim.catalog.settings.storeHash,
      operation: 'current_customer',
    });
    expect(Math.abs(payload.iat! - now)).toBeLessThanOrEqual(2);
    expect(payload.exp! - payload.iat!).toBe(15 * 60);
  });

  it('redirects to /account.php when the token names no redirect_to, and signs in the customer it names', async () => {
    const browser = cookieFetch();
    const res = await visit(browser, `/login/token/${await loginJwt(sim, 2, { channel_id: 1, customer_id: '2' })}`);
    expect(res.headers.get('location')).toBe('/account.php');
    const { payload } = await jwtVerify(await (await currentJwt(browser)).text(), key(sim.appClient.secret));
    expect(payload['customer']).toEqual({ id: 2, email: 'sam@example.co.uk', group_id: '0' });
  });

  it('keeps the JWT out of the request log', async () => {
    const token = await loginJwt(sim, 1);
    await visit(cookieFetch(), `/login/token/${token}`);
    expect(sim.requests().at(-1)).toMatchObject({ route: 'customer-login', path: '/login/token/[redacted]', status: 302 });
    expect(JSON.stringify(sim.requests())).not.toContain(token.split('.')[2]);
  });

  it('signs the shopper out at /login.php?action=logout: session gone, cookie cleared, 302 to /', async () => {
    const browser = cookieFetch();
    await visit(browser, `/login/token/${await loginJwt(sim, 1)}`);
    const stolen = browser.jar.get(SESSION_COOKIE)!;
    const res = await visit(browser, '/login.php?action=logout');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.getSetCookie()).toEqual([`${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`]);
    expect(browser.jar.has(SESSION_COOKIE)).toBe(false);
    expect((await currentJwt(browser)).status).toBe(404);
    // The old cookie names no session any more.
    const replay = await fetch(`${server.url}/customer/current.jwt?app_client_id=${sim.appClient.id}`, {
      headers: { Cookie: `${SESSION_COOKIE}=${stolen}` },
    });
    expect(replay.status).toBe(404);
  });

  it('logs out a guest without complaint', async () => {
    const res = await visit(cookieFetch(), '/login.php?action=logout');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
  });

  it('shows the sign-in error a refused token left, once, on /login.php', async () => {
    const browser = cookieFetch();
    const res = await visit(browser, `/login/token/${await loginJwt(sim, 999)}`);
    expect(res.headers.get('location')).toBe('/login.php');
    const page = await (await visit(browser, '/login.php')).text();
    expect(page).toContain('role="alert"');
    expect(await (await visit(browser, '/login.php')).text()).not.toContain('role="alert"');
  });

  it('sends no CORS headers to another origin, and answers 405 to other methods', async () => {
    const browser = cookieFetch();
    const res = await browser.fetch(`${server.url}/customer/current.jwt?app_client_id=${sim.appClient.id}`, {
      headers: { Origin: 'http://localhost:5173' },
    });
    expect(res.headers.has('access-control-allow-origin')).toBe(false);
    expect(sim.requests().at(-1)).toMatchObject({ route: 'current-customer', cors: 'denied' });
    for (const path of ['/customer/current.jwt', `/login/token/${await loginJwt(sim, 1)}`, '/login.php']) {
      const post = await fetch(`${server.url}${path}`, { method: 'POST' });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET');
    }
  });
});

describe('app client options', () => {
  it('signs with the configured id and secret, and refuses tokens signed for the default', async () => {
    const sim = createSimulator({ appClientId: 'my-app', appClientSecret: 'my-secret-value' });
    const server = await sim.listen();
    try {
      expect(sim.appClient).toEqual({ id: 'my-app', secret: 'my-secret-value' });
      const browser = cookieFetch();
      const ok = await browser.fetch(`${server.url}/login/token/${await loginJwt(sim, 1)}`, { redirect: 'manual' });
      expect(ok.headers.get('location')).toBe('/account.php');
      const res = await browser.fetch(`${server.url}/customer/current.jwt?app_client_id=my-app`);
      const { payload } = await jwtVerify(await res.text(), key('my-secret-value'), { audience: 'my-app' });
      expect(payload['application_id']).toBe('my-app');
      expect((await browser.fetch(`${server.url}/customer/current.jwt?app_client_id=${DEFAULT_APP_CLIENT_ID}`)).status).toBe(400);
    } finally {
      await server.close();
    }
  });

  it('refuses blank ids and secrets', () => {
    expect(() => createSimulator({ appClientId: ' ' })).toThrow(RangeError);
    expect(() => createSimulator({ appClientSecret: '' })).toThrow(RangeError);
  });
});

describe('login and the session a browser already has', () => {
  // Stand-ins for the cart routes: put a cart id on the session, and read the session back.
  const probeRoute: SimRoute = {
    name: 'probe',
    matches: (pathname) => pathname === '/probe',
    cors: 'same-origin',
    async handle(ctx) {
      const session = shopperSession(ctx, ctx.url.searchParams.has('create'));
      if (session && ctx.url.searchParams.has('create')) session.cartId = 'cart-123';
      sendJson(ctx.res, 200, session ?? null);
    },
  };

  it('signs in on the existing session, keeping its id and its cart', async () => {
    const sim = buildSimulator({}, { defaultCatalog: sampleCatalog, createExecutor: () => async () => ({}), routes: [...defaultRoutes, probeRoute] });
    const server = await sim.listen();
    try {
      const browser = cookieFetch();
      const before = await (await browser.fetch(`${server.url}/probe?create`)).json();
      const res = await browser.fetch(`${server.url}/login/token/${await loginJwt(sim, 1)}`, { redirect: 'manual' });
      expect(res.headers.getSetCookie()).toEqual([]);
      const after = await (await browser.fetch(`${server.url}/probe`)).json();
      expect(after).toEqual({ id: before.id, cartId: 'cart-123', customerId: 1 });
    } finally {
      await server.close();
    }
  });
});
