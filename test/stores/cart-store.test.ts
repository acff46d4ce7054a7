// The cart store against the simulator: one shopper (a cookie jar, every request held to the
// OpenAPI files; or, over the GraphQL transport, a page on another origin with no cookie), what
// the store shows before, during and after its changes, rollbacks, and how it starts and stops.
import { afterEach, describe, expect, it } from 'vitest';
import { createCartManager } from '../../src/cart/cart-manager';
import type { Cart } from '../../src/cart/types';
import { localStoragePersistence, memoryPersistence } from '../../src/stores/cart-persistence';
import { createCartStore, type CartStore, type CartStoreOptions, type CartValue } from '../../src/stores/cart-store';
import { rejectionOf } from '../integration/helpers';
import { useCartTransports, type TransportCase } from '../integration/cart-transports';
import { SIMPLE } from '../integration/rest-helpers';
import { blockedStorage, fakeBrowser } from './cart-fakes';
import { tick, until } from './helpers';

const { rest, cases } = useCartTransports();
const [overRest] = cases;
const offs: (() => void)[] = [];
afterEach(() => {
  offs.splice(0).forEach((off) => off());
});

/** A shopper's browser, its cart store (memory persistence, fake tabs), and a way to read the server's cart. */
function shop(options: CartStoreOptions = {}, t: TransportCase = overRest!) {
  const { storefront } = t.shopper();
  const browser = fakeBrowser();
  const persistence = memoryPersistence();
  const $cart = createCartStore(storefront, { persistence, tabs: browser.tab(), transport: t.transport, ...options });
  // REST reads the session's cart; GraphQL the cart of the id the store keeps.
  return { storefront, browser, $cart, persistence, server: () => t.transport.load(storefront, undefined, persistence.get()) };
}
const watch = <T>(store: { subscribe(listener: (value: T) => void): () => void }) => {
  const values: T[] = [];
  offs.push(store.subscribe((value) => values.push(value)));
  return values;
};
const loaded = ($cart: CartStore) => until($cart, (value) => value.data !== undefined && !value.loading);
const idle = ($cart: CartStore) => until($cart, (value) => !value.loading);
const quantities = (cart: Cart | null | undefined) => Object.fromEntries((cart?.lineItems.physicalItems ?? []).map((l) => [l.productId, l.quantity]));
const tickle = () => Promise.resolve(); // lets the store show a change (a microtask after the call), before any answer can come

describe('createCartStore: loading', () => {
  it('sends nothing before its first subscriber, then loads the cart once for every subscriber and get()', async () => {
    const { $cart } = shop();
    await tick(20);
    expect(rest.rest()).toEqual([]);
    const values = watch($cart);
    watch($cart.count);
    $cart.get();
    watch($cart.totals);
    await loaded($cart);
    expect(values).toEqual([
      { loading: true, adding: 0 },
      { data: null, loading: false, adding: 0 },
    ]);
    expect(rest.rest().map((e) => `${e.method} ${e.path}`)).toEqual(['GET /api/storefront/carts']);
  });

  it('does not load again when a subscriber comes back, and get() alone loads once', async () => {
    const { $cart } = shop();
    $cart.get(); // starts and stops the store: the load goes on
    $cart.get();
    const off = $cart.listen(() => {});
    await loaded($cart);
    off();
    offs.push($cart.listen(() => {}));
    await tick(20);
    expect(rest.rest('GET')).toHaveLength(1);
    expect($cart.get()).toEqual({ data: null, loading: false, adding: 0 });
  });

  it('starts from a server-rendered cart (hydration) with no request', async () => {
    const first = shop();
    const cart = await createCartManager(first.storefront).add({ productId: SIMPLE[0], quantity: 2 });
    rest.suite.sim.clearLog();
    const persistence = memoryPersistence();
    const $cart = createCartStore(first.storefront, { cart, persistence, tabs: first.browser.tab() });
    expect($cart.get()).toEqual({ data: cart, loading: false, adding: 0 }); // a first render has it
    const values = watch($cart);
    expect($cart.count.get()).toBe(2);
    await tick(20);
    expect(values).toEqual([{ data: cart, loading: false, adding: 0 }]);
    expect(rest.rest()).toEqual([]);
    expect(persistence.get()).toBe(cart.id);
    const hydratedEmpty = createCartStore(first.storefront, { cart: null, persistence: memoryPersistence() });
    expect(hydratedEmpty.get()).toEqual({ data: null, loading: false, adding: 0 });
  });

  it('shows a failed load as a typed error, and refresh() reads again', async () => {
    const { $cart } = shop();
    rest.suite.sim.fault({ kind: 'status', status: 500, times: 3, match: { method: 'GET', path: '/api/storefront/carts' } });
    offs.push($cart.listen(() => {}));
    const failed = await idle($cart);
    expect(failed).toMatchObject({ loading: false, error: { name: 'HttpError', code: 'ERR_HTTP', status: 500 } });
    expect(failed.data).toBeUndefined();
    expect(await $cart.refresh()).toBeNull();
    expect($cart.get()).toEqual({ data: null, loading: false, adding: 0 });
  });
});

describe('createCartStore over GraphQL: loading', () => {
  it('without a kept id, knows there is no cart without a request; with one, loads that cart by id', async () => {
    const [, t] = cases;
    const { $cart, storefront } = shop({}, t);
    expect(await loaded($cart)).toEqual({ data: null, loading: false, adding: 0 });
    expect(t!.calls()).toEqual([]);
    const cart = await createCartManager(storefront, { transport: t!.transport }).add({ productId: SIMPLE[0], quantity: 2 });
    const persistence = memoryPersistence();
    persistence.set(cart.id);
    const again = createCartStore(storefront, { persistence, transport: t!.transport, tabs: fakeBrowser().tab() });
    offs.push(again.listen(() => {}));
    expect((await loaded(again)).data).toEqual(cart);
    expect(t!.calls().map((c) => c.entry.operationName)).toEqual(['CreateCart', 'CartById']);
  });
});

describe.each(cases)('createCartStore over $name: changes', (t) => {
  it('shows an add, a quantity change and a removal at once, and the server\'s cart once each settles', async () => {
    const { $cart, server } = shop({}, t);
    const counts = watch($cart.count);
    await loaded($cart);
    rest.suite.sim.setLatency(30);

    const adding = $cart.add({ productId: SIMPLE[0], quantity: 1 });
    await tickle();
    expect($cart.get()).toMatchObject({ data: null, loading: true, adding: 1 }); // no line to draw yet: counted
    expect($cart.count.get()).toBe(1);
    const cart = await adding;
    expect($cart.get()).toEqual({ data: cart, loading: false, adding: 0 });
    const line = cart.lineItems.physicalItems[0]!;

    const updating = $cart.update(line.id, 3);
    await tickle();
    expect($cart.get().data!.lineItems.physicalItems[0]).toEqual({ ...line, quantity: 3 }); // amounts are the store's to work out
    expect($cart.get().data!.cartAmount).toBe(cart.cartAmount);
    expect($cart.count.get()).toBe(3);
    expect(t.calls('update')).toHaveLength(0); // shown before the store has even heard of it
    await updating;
    expect($cart.get().data).toEqual(await server());

    const again = $cart.add({ productId: SIMPLE[0], quantity: 2 }); // a product the cart has: drawn on its line
    await tickle();
    expect($cart.get()).toMatchObject({ adding: 0, data: { lineItems: { physicalItems: [{ quantity: 5 }] } } });
    await again;

    const removing = $cart.remove(line.id);
    await tickle();
    expect($cart.get().data!.lineItems.physicalItems).toEqual([]);
    expect($cart.count.get()).toBe(0);
    expect(await removing).toBeNull(); // the last line took the cart with it
    expect($cart.get()).toEqual({ data: null, loading: false, adding: 0 });
    expect(await server()).toBeNull();
    expect(counts).toEqual([0, 1, 3, 5, 0]);
  });

  it('twenty rapid clicks: the count shows all twenty before any answer; at most 3 requests; all land', async () => {
    const { $cart, server } = shop({}, t);
    watch($cart);
    await loaded($cart);
    rest.suite.sim.clearLog();
    const clicks = Array.from({ length: 20 }, (_, i) => $cart.add({ productId: SIMPLE[i % 4]!, quantity: 1 }));
    await tickle();
    expect($cart.count.get()).toBe(20);
    await Promise.all(clicks);
    expect(t.calls().length).toBeLessThanOrEqual(3);
    expect($cart.count.get()).toBe(20);
    expect($cart.get().data).toEqual(await server());
  });

  it('rolls a refused quantity change (more than the stock) back and shows its error; the next success clears it', async () => {
    const { $cart, server } = shop({}, t);
    const values = watch($cart);
    await loaded($cart);
    const LIMITED = 104; // 3 in stock
    const cart = await $cart.add([{ productId: LIMITED, quantity: 1 }, { productId: SIMPLE[1], quantity: 1 }]);
    const [one] = cart.lineItems.physicalItems;
    values.length = 0;
    const refused = $cart.update(one!.id, 4);
    await tickle();
    expect(quantities($cart.get().data)).toEqual({ [LIMITED]: 4, [SIMPLE[1]]: 1 });
    expect(await rejectionOf(refused)).toMatchObject({ name: 'ValidationError', code: 'ERR_VALIDATION', ...(t.name === 'rest' ? { status: 422 } : { type: 'INSUFFICIENT_STOCK' }) });
    expect(values.map((v) => [quantities(v.data)[LIMITED], v.loading, v.error?.code])).toEqual([
      [4, true, undefined],
      [1, false, 'ERR_VALIDATION'],
    ]);
    expect($cart.get().data).toEqual(await server());
    await $cart.update(one!.id, 2);
    expect($cart.get().error).toBeUndefined();
  });

  it('rolls back after a second 409 (ConflictError), and ends equal to the server\'s cart', async () => {
    const { $cart, server } = shop({}, t);
    watch($cart);
    await loaded($cart);
    const cart = await $cart.add({ productId: SIMPLE[2], quantity: 2 });
    rest.suite.sim.fault({ kind: 'status', status: 409, times: 2, match: t.match('update') });
    const refused = $cart.update(cart.lineItems.physicalItems[0]!.id, 7);
    await tickle();
    expect($cart.count.get()).toBe(7);
    expect(await rejectionOf(refused)).toMatchObject({ name: 'ConflictError', code: 'ERR_CONFLICT' });
    expect($cart.count.get()).toBe(2);
    expect($cart.get()).toMatchObject({ loading: false, error: { code: 'ERR_CONFLICT' } });
    expect($cart.get().data).toEqual(await server());
    expect(t.calls('update')).toHaveLength(2); // replayed once after the first 409
  });

  it('never shows a change refused for its argument', async () => {
    const { $cart } = shop({}, t);
    const values = watch($cart);
    await loaded($cart);
    const cart = await $cart.add({ productId: SIMPLE[0], quantity: 1 });
    values.length = 0;
    expect(await rejectionOf($cart.update(cart.lineItems.physicalItems[0]!.id, -1))).toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    expect(await rejectionOf($cart.add({ productId: SIMPLE[0], quantity: 1e9 }))).toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    await tick(10);
    expect(values.every((v) => quantities(v.data)[SIMPLE[0]] === 1 && v.adding === 0)).toBe(true);
  });

  it('totals follow the cart; setCurrency, clear and refresh() go through the same queue', async () => {
    const { $cart, storefront, server } = shop({}, t);
    const totals = watch($cart.totals);
    await loaded($cart);
    expect(totals).toEqual([null]);
    await $cart.add({ productId: SIMPLE[0], quantity: 2 });
    const cart = (await server())!;
    expect($cart.totals.get()).toEqual({ cartAmount: cart.cartAmount, baseAmount: cart.baseAmount, discountAmount: cart.discountAmount, currency: cart.currency });
    expect(totals).toHaveLength(2); // not told again while the totals did not change
    expect((await $cart.setCurrency('EUR')).currency.code).toBe('EUR');
    expect($cart.totals.get()!.currency.code).toBe('EUR');

    // A change made elsewhere (the theme's own add-to-cart form) shows after refresh().
    await createCartManager(storefront, { transport: t.transport, cartId: () => cart.id }).add({ productId: SIMPLE[1], quantity: 1 });
    expect(quantities($cart.get().data)).toEqual({ [SIMPLE[0]]: 2 });
    await $cart.refresh();
    expect(quantities($cart.get().data)).toEqual({ [SIMPLE[0]]: 2, [SIMPLE[1]]: 1 });

    expect(await $cart.clear()).toBeNull();
    expect($cart.get()).toEqual({ data: null, loading: false, adding: 0 });
    expect($cart.totals.get()).toBeNull();
    expect(await $cart.settled()).toBeNull();
  });
});

describe('createCartStore: stopping', () => {
  it('stops with its last subscriber at once, derived stores included, closing its tab channel', async () => {
    const { $cart, browser } = shop();
    const stops = [$cart.listen(() => {}), $cart.count.listen(() => {}), $cart.totals.listen(() => {})];
    await loaded($cart);
    expect(browser.open()).toBe(1);
    stops.forEach((stop) => stop());
    expect([$cart.lc, $cart.count.lc, $cart.totals.lc]).toEqual([0, 0, 0]); // no 1 s delay as with computed()
    expect(browser.open()).toBe(0);
  });

  it('a change made while nobody listens still lands, and shows on the next subscribe', async () => {
    const { $cart } = shop();
    const off = $cart.listen(() => {});
    await loaded($cart);
    off();
    const cart = await $cart.add({ productId: SIMPLE[3], quantity: 1 });
    const values = watch($cart);
    expect(values).toEqual([{ data: cart, loading: false, adding: 0 }]);
  });
});

describe('createCartStore: storage blocked', () => {
  it('works as ever, keeping the cart id in memory for the page', async () => {
    const persistence = localStoragePersistence(undefined, blockedStorage);
    const { $cart, server } = shop({ persistence });
    watch($cart);
    await loaded($cart);
    const cart = await $cart.add({ productId: SIMPLE[0], quantity: 1 });
    expect(persistence.get()).toBe(cart.id);
    await $cart.update(cart.lineItems.physicalItems[0]!.id, 2);
    expect($cart.get().data).toEqual(await server());
  });
});

describe('createCartStore: on a server (no window)', () => {
  it('works with its defaults where there is no window: no tab channel, no lock, memory persistence', async () => {
    expect(typeof window).toBe('undefined');
    const { storefront } = rest.shopper();
    const $cart = createCartStore(storefront);
    const value: CartValue = await loaded($cart);
    expect(value.data).toBeNull();
    const cart = await $cart.add({ productId: SIMPLE[0], quantity: 1 });
    expect($cart.get().data).toEqual(cart);
  });
});
