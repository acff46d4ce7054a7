// @vitest-environment happy-dom
// A headless page (happy-dom at http://localhost:3000, which enforces CORS and keeps cookies to
// their origin) with the store on another origin (the simulator on 127.0.0.1): the REST cart is
// out of reach, and the cart store with `autoCart` goes over GraphQL without touching UI code.
import { describe, expect, it } from 'vitest';
import { autoCart } from '../../src/cart/auto-cart';
import { restCart } from '../../src/cart/rest-cart';
import { memoryPersistence } from '../../src/stores/cart-persistence';
import { createCartStore } from '../../src/stores/cart-store';
import { rejectionOf, useSimulator } from '../integration/helpers';
import { fakeBrowser } from './cart-fakes';
import { until } from './helpers';

const suite = useSimulator();
const SIMPLE = [102, 105, 106, 107];

describe('the cart store on a page of another origin', () => {
  it('autoCart goes over GraphQL: 20 rapid clicks land in one cart in one request, an allowed cross-origin one', async () => {
    const storefront = suite.storefront(); // the page's own fetch, cookies same-origin only (the default)
    expect(storefront.storeOrigin).not.toBe(location.origin);
    const persistence = memoryPersistence();
    const $cart = createCartStore(storefront, { transport: autoCart, persistence, tabs: fakeBrowser().tab() });
    const off = $cart.listen(() => {});
    await until($cart, (value) => value.data !== undefined && !value.loading);
    const clicks = Array.from({ length: 20 }, (_, i) => $cart.add({ productId: SIMPLE[i % 4]!, quantity: 1 }));
    await Promise.all(clicks);
    const cart = (await $cart.settled())!;
    off();
    expect(cart.lineItems.physicalItems.reduce((sum, line) => sum + line.quantity, 0)).toBe(20);
    expect(persistence.get()).toBe(cart.id);
    const log = suite.sim.requests().filter((entry) => entry.method !== 'OPTIONS');
    expect(log.map((entry) => entry.operationName)).toEqual(['CreateCart']); // no kept id: nothing to read first
    for (const entry of log) expect(entry).toMatchObject({ route: 'graphql', origin: location.origin, cors: 'allowed' });
  });

  it('the REST cart from here fails at once with an OriginError saying what to change, and sends nothing', async () => {
    const storefront = suite.storefront({ retry: false });
    const $cart = createCartStore(storefront, { transport: restCart, persistence: memoryPersistence(), tabs: fakeBrowser().tab(), cart: null });
    const error = await rejectionOf($cart.add({ productId: SIMPLE[0]!, quantity: 1 }));
    expect(error).toMatchObject({ name: 'OriginError', code: 'ERR_ORIGIN', retryable: false, pageOrigin: location.origin, storeOrigin: storefront.storeOrigin });
    expect((error as Error).message).toBe(
      `POST /carts: only ${storefront.storeOrigin}'s own pages may call it, not ${location.origin}: use GraphQL (autoCart, graphqlCart)`,
    );
    expect(suite.sim.requests()).toEqual([]);
    expect($cart.get()).toMatchObject({ data: null, error: { code: 'ERR_ORIGIN' } });
  });

  it('current.jwt from here is refused the same way; an injected fetch (no browser CORS) is not checked', async () => {
    const { fetchCurrentCustomerJwt } = await import('../../src/session/current-customer-jwt');
    const error = await rejectionOf(fetchCurrentCustomerJwt(suite.storefront(), { appClientId: 'app' }));
    expect(error).toMatchObject({ code: 'ERR_ORIGIN', operation: 'GET /customer/current.jwt' });
    expect(suite.sim.requests()).toEqual([]);
    const calls: string[] = [];
    const fetch = async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return new Response(null, { status: 404 });
    };
    expect(await fetchCurrentCustomerJwt(suite.storefront({ fetch }), { appClientId: 'app' })).toBeNull();
    expect(calls).toHaveLength(1);
  });
});
