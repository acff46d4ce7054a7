// Shared by the session suites: a simulator per file, a browser (cookie jar) per test, a storefront
// that sends its requests through that browser, and a login through /login/token/{jwt}.
import { afterAll, beforeAll } from 'vitest';
import { createStorefront, type Storefront } from '../../src/index';
import { createSimulator, type RunningSimulator, type Simulator } from '../../src/simulator';
import { cookieFetch, type CookieFetch } from '../helpers/cookie-fetch';
import { loginJwt } from './login-jwt';

/** A simulator started in `beforeAll` and closed in `afterAll`. */
export function useSessionSimulator(): { readonly sim: Simulator; readonly url: string } {
  let sim: Simulator | undefined;
  let server: RunningSimulator | undefined;
  beforeAll(async () => {
    sim = createSimulator();
    server = await sim.listen();
  });
  afterAll(() => server?.close());
  return {
    get sim() {
      return sim!;
    },
    get url() {
      return server!.url;
    },
  };
}

/** A storefront on `url` whose requests go through `browser` (fast retries). */
export function storefrontFor(url: string, token: string, browser: CookieFetch): Storefront {
  return createStorefront({ storeUrl: url, token, fetch: browser.fetch, retry: { baseDelayMs: 1 } });
}

/** Signs `customerId` in to `browser`'s session through the Customer Login URL (redirect not followed). */
export async function signIn(suite: { sim: Simulator; url: string }, browser: CookieFetch, customerId: number): Promise<void> {
  const res = await browser.fetch(`${suite.url}/login/token/${await loginJwt(suite.sim, customerId)}`, { redirect: 'manual' });
  if (res.status !== 302 || res.headers.get('location') !== '/account.php') throw new Error(`login failed: ${res.status}`);
}

/** A fetch answering each call with the next of `answers` (then the last again), recording calls. */
export function fakeFetch(...answers: Array<() => Response>): typeof globalThis.fetch & { calls: Array<[string, RequestInit]> } {
  const calls: Array<[string, RequestInit]> = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push([String(input), init]);
    return answers[Math.min(calls.length, answers.length) - 1]!();
  };
  return Object.assign(fetch, { calls });
}
