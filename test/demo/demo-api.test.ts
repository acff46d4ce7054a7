// The demo's server routes, over HTTP against `npm run demo`'s config: they are the example a
// shop copies for sign-in and the current customer, so they are held to what they promise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFetch } from '../helpers/cookie-fetch';
import { startDemo, type Demo } from '../browser/harness';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
}, 60_000);
afterAll(() => demo?.close());

const post = (fetch: typeof globalThis.fetch, path: string, body: unknown) =>
  fetch(`${demo.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /demo-api/login', () => {
  it('refuses a wrong password with 401 and signs nothing', async () => {
    const response = await post(fetch, '/demo-api/login', { email: 'jane@example.com', password: 'wrong' });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.error.code).toBe('ERR_LOGIN');
    expect(JSON.stringify(body)).not.toContain('/login/token/');
  });

  it('answers a signed Customer Login URL that signs the shopper in, and current.jwt then verifies', async () => {
    const shopper = cookieFetch();
    const response = await post(shopper.fetch, '/demo-api/login', { email: 'Jane@Example.com ', password: 'correct horse battery', redirectTo: '/account.php' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { url } = await response.json();
    expect(url).toMatch(new RegExp(`^${demo.origin}/login/token/[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    const login = await shopper.fetch(url, { redirect: 'manual' });
    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toBe('/account.php');

    const jwt = await shopper.fetch(`${demo.origin}/customer/current.jwt?app_client_id=${demo.simulator.appClient.id}`);
    expect(jwt.status).toBe(200);
    const token = await jwt.text();
    const verified = await post(shopper.fetch, '/demo-api/verify-customer', { token });
    expect(verified.status).toBe(200);
    expect(await verified.json()).toEqual({ customer: expect.objectContaining({ id: 1, email: 'jane@example.com' }) });
  });

  it('turns an absolute redirect into the home page rather than signing an open redirect', async () => {
    const response = await post(fetch, '/demo-api/login', { email: 'jane@example.com', password: 'correct horse battery', redirectTo: 'https://evil.example/' });
    const { url } = await response.json();
    const login = await fetch(url, { redirect: 'manual' });
    expect(login.headers.get('location')).toBe('/');
  });

  it('answers 400 for a body that is not JSON and 405 for GET', async () => {
    const bad = await fetch(`${demo.origin}/demo-api/login`, { method: 'POST', body: '{nope' });
    expect(bad.status).toBe(400);
    expect((await fetch(`${demo.origin}/demo-api/login`)).status).toBe(405);
  });
});

describe('POST /demo-api/verify-customer', () => {
  it('answers 401 with a reason for a forged token', async () => {
    const response = await post(fetch, '/demo-api/verify-customer', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2ln' });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('ERR_TOKEN');
  });
});

describe('POST /demo-api/place-order', () => {
  it('refuses a checkout that is not ready with 422 and the reason', async () => {
    const response = await post(fetch, '/demo-api/place-order', { checkoutId: '00000000-0000-4000-8000-000000000000' });
    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe('ERR_CHECKOUT_INCOMPLETE');
  });
});
