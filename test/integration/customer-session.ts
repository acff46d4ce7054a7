// Signs a shopper in to a running simulator the way a real store does it (a Customer Login JWT
// at /login/token/{jwt}) and hands back the session cookie. Node's fetch keeps no cookie jar,
// so `cookieFetch` adds the cookie to every request, as a browser on the store's origin would.
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { expect } from 'vitest';
import type { Simulator } from '../../src/simulator';

/** Signs `customerId` in through `/login/token/{jwt}` and returns the `Cookie` header value of the session. */
export async function signInCookie(url: string, sim: Simulator, customerId: number): Promise<string> {
  const jwt = await new SignJWT({
    operation: 'customer_login',
    store_hash: sim.catalog.settings.storeHash,
    customer_id: customerId,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(sim.appClient.id)
    .setIssuedAt()
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(sim.appClient.secret));
  const response = await fetch(`${url}/login/token/${jwt}`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';', 1)[0]!)
    .find((pair) => pair.startsWith('SHOP_SESSION_TOKEN='));
  if (cookie === undefined) throw new Error('the simulator set no session cookie');
  return cookie;
}

/** A fetch that sends `cookie` with every request. */
export function cookieFetch(cookie: string, inner: typeof fetch = (...args) => globalThis.fetch(...args)): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('cookie', cookie);
    return inner(input, { ...init, headers });
  };
}
