// The customer store against the simulator's session endpoints and the library's own verify
// handler (bc-storefront/server) standing in for the app's server.
import { describe, expect, it, vi } from 'vitest';
import { createCustomerHandler } from '../../src/server';
import { createCustomerStore, type CustomerState } from '../../src/stores/customer-store';
import { cookieFetch, type CookieFetch } from '../helpers/cookie-fetch';
import { signIn, storefrontFor, useSessionSimulator } from '../session/helpers';
import { tick, until } from './helpers';

const suite = useSessionSimulator();
const VERIFY_URL = 'https://app.example.com/api/customer';

/** A browser (cookie jar) whose requests to VERIFY_URL reach the verify handler, and a store in it. */
function shopper() {
  const handler = createCustomerHandler({
    clientId: suite.sim.appClient.id,
    clientSecret: suite.sim.appClient.secret,
    storeHash: suite.sim.catalog.settings.storeHash,
  });
  const verify = vi.fn((input: RequestInfo | URL, init?: RequestInit) => handler(new Request(input, init)));
  const browser: CookieFetch = cookieFetch((input, init) => (String(input) === VERIFY_URL ? verify(input, init) : fetch(input, init)));
  const $customer = createCustomerStore(storefrontFor(suite.url, suite.sim.token, browser), {
    appClientId: suite.sim.appClient.id,
    verifyUrl: VERIFY_URL,
  });
  const jwtRequests = () => browser.sent.filter((request) => request.url.includes('/customer/current.jwt')).length;
  return { browser, verify, $customer, jwtRequests };
}

const notLoading = (state: CustomerState) => state.status !== 'loading';

describe('createCustomerStore', () => {
  it('sends nothing before its first subscriber, then shows a guest', async () => {
    const { $customer, jwtRequests, verify } = shopper();
    await tick(20);
    expect(jwtRequests()).toBe(0);
    const states: CustomerState[] = [];
    const off = $customer.subscribe((state) => states.push(state));
    await until($customer, notLoading);
    expect(states).toEqual([{ status: 'loading' }, { status: 'guest' }]);
    expect(jwtRequests()).toBe(1);
    expect(verify).not.toHaveBeenCalled();
    off();
  });

  it('shows the verified customer, shares one load among subscribers, and follows login and logout on refresh()', async () => {
    const { browser, $customer, jwtRequests, verify } = shopper();
    await signIn(suite, browser, 1);
    const offs = [$customer.listen(() => {}), $customer.listen(() => {}), $customer.subscribe(() => {})];
    expect(await until($customer, notLoading)).toEqual({
      status: 'customer',
      customer: { id: 1, email: 'jane@example.com', groupId: '1' },
    });
    expect(jwtRequests()).toBe(1);
    expect(verify).toHaveBeenCalledTimes(1);

    await browser.fetch(`${suite.url}/login.php?action=logout`, { redirect: 'manual' });
    const refreshing = $customer.refresh();
    expect($customer.get().status).toBe('customer'); // kept until the answer comes
    expect(await refreshing).toEqual({ status: 'guest' });
    expect($customer.get()).toEqual({ status: 'guest' });

    await signIn(suite, browser, 2);
    expect(await $customer.refresh()).toMatchObject({ status: 'customer', customer: { id: 2, email: 'sam@example.co.uk' } });
    offs.forEach((off) => off());
  });

  it('does not load again when a subscriber comes back', async () => {
    const { $customer, jwtRequests } = shopper();
    const off = $customer.listen(() => {});
    await until($customer, notLoading);
    off();
    const again = $customer.listen(() => {});
    await tick(20);
    expect(jwtRequests()).toBe(1);
    again();
  });

  it('lets only the newest refresh land when answers cross', async () => {
    const { browser, $customer } = shopper();
    await signIn(suite, browser, 1);
    const off = $customer.listen(() => {});
    await until($customer, notLoading);
    // The logout's refresh is slow; the sign-in after it answers first. The slow one must not win.
    suite.sim.setLatency(150);
    await browser.fetch(`${suite.url}/login.php?action=logout`, { redirect: 'manual' });
    const slow = $customer.refresh();
    await tick(20);
    suite.sim.setLatency(0);
    await signIn(suite, browser, 2);
    const fast = $customer.refresh();
    await expect(fast).resolves.toMatchObject({ status: 'customer', customer: { id: 2 } });
    await expect(slow).resolves.toMatchObject({ status: 'customer', customer: { id: 2 } });
    await tick(200);
    expect($customer.get()).toMatchObject({ status: 'customer', customer: { id: 2 } });
    off();
  });

  it('shows a typed error when the verify endpoint refuses the token, and does not retry on its own', async () => {
    const handler = createCustomerHandler({ clientId: suite.sim.appClient.id, clientSecret: 'another-secret-of-32-characters!!' });
    const browser = cookieFetch((input, init) => (String(input) === VERIFY_URL ? handler(new Request(input, init)) : fetch(input, init)));
    await signIn(suite, browser, 1);
    const $customer = createCustomerStore(storefrontFor(suite.url, suite.sim.token, browser), {
      appClientId: suite.sim.appClient.id,
      verifyUrl: VERIFY_URL,
    });
    const off = $customer.listen(() => {});
    const state = await until($customer, notLoading);
    expect(state).toMatchObject({ status: 'error', error: { name: 'UnauthorizedError', code: 'ERR_UNAUTHORIZED', status: 401 } });
    const sent = browser.sent.length;
    for (let i = 0; i < 3; i++) $customer.get();
    await tick(20);
    expect(browser.sent.length).toBe(sent);
    off();
  });
});
