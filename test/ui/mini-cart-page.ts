// What the mini-cart suites share: the page put on the simulator's origin (so the REST cart API,
// same-origin only, answers happy-dom's own fetch with its own cookies), a fresh session cart and
// localStorage for each test, the products the page offers, and how amounts show.
import { beforeEach } from 'vitest';
import { getCart, deleteCart } from '../../src/cart/cart-api';
import type { CartTotals } from '../../src/stores/cart-store';
import { createStorefront, type Storefront } from '../../src/index';
import type { SimulatorSuite } from '../integration/helpers';

/** Products the page lists: simple to buy (no options, no stock limit; `SIMPLE` of the REST suites, whose helpers load Node-only modules). */
export const OFFERED = [102, 105, 106] as const;

/**
 * Puts the page on the simulator's origin before each test, with an empty localStorage and no
 * cart in the session; returns a storefront over the page's own fetch (cookies and all).
 */
export function useMiniCartPage(suite: SimulatorSuite): () => Storefront {
  let storefront: Storefront | undefined;
  beforeEach(async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${suite.url}/`);
    localStorage.clear();
    storefront = createStorefront({ storeUrl: suite.url, token: suite.sim.token, retry: { baseDelayMs: 5 } });
    const cart = await getCart(storefront);
    if (cart) await deleteCart(storefront, cart.id);
    suite.sim.clearLog();
  });
  return () => storefront!;
}

/** The cart total as the mini-cart shows it: "$24.00". */
export const money = (totals: CartTotals | null): string =>
  totals ? new Intl.NumberFormat('en-US', { style: 'currency', currency: totals.currency.code }).format(totals.cartAmount) : '';

/** REST requests the simulator answered in this test, as `METHOD /path` with ids shortened. */
export const restTrips = (suite: SimulatorSuite): string[] =>
  suite.sim
    .requests()
    .filter((e) => e.route === 'rest-storefront' && e.method !== 'OPTIONS')
    .map((e) => `${e.method} ${e.path.replace(/^\/api\/storefront/, '').replace(/[\da-f]{8}-[\da-f-]{27}/g, ':id')}`);
