// Forged, broken, stale and replayed Customer Login JWTs: each is refused with the reason the
// simulator names (X-Simulator-Login-Error), sends the browser to /login.php, and signs no one in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type RunningSimulator, type Simulator } from '../../src/simulator';
import { LOGIN_ERROR_HEADER } from '../../src/simulator/server/session-login-token';
import { cookieFetch } from '../helpers/cookie-fetch';
import { loginClaims, loginJwt, signLogin, unsignedJwt, type LoginClaims } from '../session/login-jwt';

let sim: Simulator;
let server: RunningSimulator;
beforeAll(async () => {
  sim = createSimulator();
  server = await sim.listen();
});
afterAll(() => server.close());

/** Visits the login URL in a fresh browser; reports where it went, why, and who is signed in after. */
async function attempt(token: string) {
  const browser = cookieFetch();
  const res = await browser.fetch(`${server.url}/login/token/${token}`, { redirect: 'manual' });
  const current = await browser.fetch(`${server.url}/customer/current.jwt?app_client_id=${sim.appClient.id}`);
  return { status: res.status, location: res.headers.get('location'), reason: res.headers.get(LOGIN_ERROR_HEADER), signedIn: current.status === 200 };
}

const now = () => Math.floor(Date.now() / 1000);
const signed = (claims: (sim: Simulator) => LoginClaims, options?: { secret?: string; alg?: string }) => () =>
  signLogin(sim, claims(sim), options);

const cases: Array<[string, () => Promise<string> | string, string]> = [
  ['signed with another secret', signed((s) => loginClaims(s, 1), { secret: 'not-the-app-secret' }), 'bad_signature'],
  ['alg none, no signature', () => unsignedJwt(loginClaims(sim, 1)), 'bad_algorithm'],
  ['HS512 with the right secret', signed((s) => loginClaims(s, 1), { alg: 'HS512' }), 'bad_algorithm'],
  ['an edited payload', async () => {
    const [header, , signature] = (await loginJwt(sim, 1)).split('.');
    return `${header}.${Buffer.from(JSON.stringify(loginClaims(sim, 2))).toString('base64url')}.${signature}`;
  }, 'bad_signature'],
  ['issued more than 30 s ago', signed((s) => loginClaims(s, 1, { iat: now() - 31 })), 'stale_iat'],
  ['issued more than 30 s ahead', signed((s) => loginClaims(s, 1, { iat: now() + 35 })), 'future_iat'],
  ['no iat', signed((s) => loginClaims(s, 1, { iat: undefined })), 'bad_claim'],
  ['no jti', signed((s) => loginClaims(s, 1, { jti: undefined })), 'bad_claim'],
  ['another issuer', signed((s) => loginClaims(s, 1, { iss: 'another-app' })), 'wrong_issuer'],
  ['another operation', signed((s) => loginClaims(s, 1, { operation: 'current_customer' })), 'wrong_operation'],
  ['another store hash', signed((s) => loginClaims(s, 1, { store_hash: 'abc123' })), 'wrong_store'],
  ['another channel', signed((s) => loginClaims(s, 1, { channel_id: 2 })), 'wrong_channel'],
  ['an unknown customer', signed((s) => loginClaims(s, 999)), 'unknown_customer'],
  ['no customer', signed((s) => loginClaims(s, 1, { customer_id: undefined })), 'unknown_customer'],
  ['expired', signed((s) => loginClaims(s, 1, { exp: now() - 1 })), 'expired'],
  ['another IP', signed((s) => loginClaims(s, 1, { request_ip: '203.0.113.9' })), 'ip_mismatch'],
  ['not a JWT', () => 'not-a-jwt', 'malformed'],
  ['oversized', () => `${'a'.repeat(9000)}.b.c`, 'malformed'],
];

const openRedirects = [
  'https://evil.example/',
  '//evil.example/',
  '/\\evil.example/',
  '\\\\evil.example',
  '/\t/evil.example',
  'javascript:alert(1)',
  'account.php',
  '/account.php\r\nSet-Cookie: x=1',
];

describe('refused login tokens', () => {
  it.each(cases)('refuses a token %s', async (_, make, reason) => {
    expect(await attempt(await make())).toEqual({ status: 302, location: '/login.php', reason, signedIn: false });
  });

  it.each(openRedirects)('refuses redirect_to %j (open redirect)', async (redirectTo) => {
    const result = await attempt(await loginJwt(sim, 1, { redirect_to: redirectTo }));
    expect(result).toEqual({ status: 302, location: '/login.php', reason: 'bad_redirect', signedIn: false });
  });

  it('accepts each token once: a replayed jti is refused', async () => {
    const token = await loginJwt(sim, 1);
    expect(await attempt(token)).toMatchObject({ location: '/account.php', signedIn: true });
    expect(await attempt(token)).toEqual({ status: 302, location: '/login.php', reason: 'replayed_jti', signedIn: false });
  });

  it('accepts iat up to 30 s either way, the channel it serves, and the caller\'s own IP', async () => {
    for (const extra of [{ iat: now() - 28 }, { iat: now() + 28 }, { channel_id: 1, request_ip: '127.0.0.1' }]) {
      expect(await attempt(await loginJwt(sim, 1, extra))).toEqual({ status: 302, location: '/account.php', reason: null, signedIn: true });
    }
  });
});
