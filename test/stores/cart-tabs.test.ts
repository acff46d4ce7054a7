// Two tabs of one shop, as two cart stores in one process sharing a browser: one cookie jar (one
// session), one localStorage, a BroadcastChannel bus and Web Locks (fakes), or storage events
// where there is no BroadcastChannel. And the next page, which finds the cart id kept.
import { afterEach, describe, expect, it } from 'vitest';
import type { Cart } from '../../src/cart/types';
import { localStoragePersistence } from '../../src/stores/cart-persistence';
import { createCartStore, type CartStore, type CartStoreOptions } from '../../src/stores/cart-store';
import { storageChannel, type CartTabs } from '../../src/stores/cart-tabs';
import { SIMPLE, useRestSimulator } from '../integration/rest-helpers';
import { fakeBrowser, fakeStorage, sharedStorage } from './cart-fakes';
import { tick, until } from './helpers';

const rest = useRestSimulator();
const offs: (() => void)[] = [];
afterEach(() => {
  offs.splice(0).forEach((off) => off());
});

/** One browser: its session (cookie jar), localStorage and tabs. */
function browser() {
  const { fetch } = rest.shopper();
  const storage = fakeStorage();
  const tabs = fakeBrowser();
  const tab = (options: CartStoreOptions = {}) =>
    createCartStore(rest.suite.storefront({ fetch }), { persistence: localStoragePersistence(undefined, () => storage), tabs: tabs.tab(), ...options });
  return { fetch, storage, tabs, tab };
}
const shown = async (...stores: CartStore[]) => {
  for (const store of stores) offs.push(store.listen(() => {}));
  await Promise.all(stores.map((store) => until(store, (value) => value.data !== undefined && !value.loading)));
};
const showing = (store: CartStore, cart: Cart | null) => until(store, (value) => JSON.stringify(value.data) === JSON.stringify(cart));
const trips = () => rest.rest().map((e) => `${e.method} ${e.path.replace(/[\da-f]{8}-[\da-f-]{27}/g, ':id')}`);
const quantities = (cart: Cart | null | undefined) => Object.fromEntries((cart?.lineItems.physicalItems ?? []).map((l) => [l.productId, l.quantity]));

describe('two tabs, one cart', () => {
  it('a change in one tab shows in the other, which sends no request for it', async () => {
    const { tab } = browser();
    const [a, b] = [tab(), tab()];
    await shown(a, b);
    rest.suite.sim.clearLog();
    const cart = await a.add({ productId: SIMPLE[0], quantity: 2 });
    await showing(b, cart);
    const updated = await b.update(cart.lineItems.physicalItems[0]!.id, 5);
    await showing(a, updated);
    expect(a.count.get()).toBe(5);
    expect(trips()).toEqual(['POST /api/storefront/carts', 'PUT /api/storefront/carts/:id/items/:id']);
    expect(await b.clear()).toBeNull();
    await showing(a, null);
  });

  it('two tabs adding at once with no cart make one cart with both adds, and both show it', async () => {
    const { tab, tabs } = browser();
    const [a, b] = [tab(), tab()];
    await shown(a, b);
    rest.suite.sim.clearLog();
    const [fromA, fromB] = await Promise.all([a.add({ productId: SIMPLE[0], quantity: 1 }), b.add({ productId: SIMPLE[1], quantity: 1 })]);
    expect(trips().filter((t) => t === 'POST /api/storefront/carts')).toHaveLength(1);
    expect(fromB.id).toBe(fromA.id);
    expect(quantities(fromB)).toEqual({ [SIMPLE[0]]: 1, [SIMPLE[1]]: 1 });
    await Promise.all([showing(a, fromB), showing(b, fromB)]);
    expect(tabs.held.length).toBe(2); // each creation attempt took the shared lock
    expect(trips().length).toBeLessThanOrEqual(3); // POST /carts, maybe a read, POST .../items
  });

  it('a tab adds to a cart it heard of without reading it first', async () => {
    const { tab } = browser();
    const [a, b] = [tab(), tab()];
    await shown(a, b);
    const cart = await a.add({ productId: SIMPLE[0], quantity: 1 });
    await showing(b, cart);
    rest.suite.sim.clearLog();
    const both = await b.add({ productId: SIMPLE[1], quantity: 1 });
    expect(both.id).toBe(cart.id);
    expect(trips()).toEqual(['POST /api/storefront/carts/:id/items']);
    expect(rest.sent.at(-1)!.body).toMatchObject({ version: cart.version });
    await showing(a, both);
  });

  it('without a channel or locks, a tab still reads the kept id again before creating a cart', async () => {
    const { tab } = browser();
    const deaf: CartTabs = { channel: () => undefined, lock: (_name, work) => work() };
    const [a, b] = [tab({ tabs: deaf }), tab({ tabs: deaf })];
    await shown(a, b); // both saw no cart
    const cart = await a.add({ productId: SIMPLE[0], quantity: 1 });
    expect(b.get().data).toBeNull(); // b heard nothing
    rest.suite.sim.clearLog();
    const both = await b.add({ productId: SIMPLE[1], quantity: 1 });
    expect(both.id).toBe(cart.id);
    expect(trips()).toEqual(['GET /api/storefront/carts', 'POST /api/storefront/carts/:id/items']);
  });

  it('a tab stopped while another made the cart reads it when it starts again', async () => {
    const { tab } = browser();
    const [a, b] = [tab(), tab()];
    const off = b.listen(() => {});
    await until(b, (value) => value.data === null);
    off();
    await shown(a);
    const cart = await a.add({ productId: SIMPLE[2], quantity: 1 });
    rest.suite.sim.clearLog();
    offs.push(b.listen(() => {}));
    await showing(b, cart);
    expect(trips()).toEqual(['GET /api/storefront/carts']);
  });

  it('where BroadcastChannel is missing, storage events carry the change; their listener goes with the store', async () => {
    const { fetch } = rest.shopper();
    const shared = sharedStorage();
    const tab = () => {
      const view = shared.view();
      const tabs: CartTabs = { channel: (name) => storageChannel(name, () => view.storage, view.platform), lock: (_name, work) => work() };
      return { view, $cart: createCartStore(rest.suite.storefront({ fetch }), { persistence: localStoragePersistence(undefined, () => view.storage), tabs }) };
    };
    const [a, b] = [tab(), tab()];
    await shown(a.$cart, b.$cart);
    const cart = await a.$cart.add({ productId: SIMPLE[3], quantity: 3 });
    await showing(b.$cart, cart);
    expect(shared.map.get('bc-storefront:cart-id')).toBe(cart.id);
    expect(b.view.listening()).toBe(1);
    offs.splice(0).forEach((off) => off());
    expect([a.view.listening(), b.view.listening()]).toEqual([0, 0]);
  });

  it('a store nobody subscribes to (a buy button) still announces its change, through a channel it closes', async () => {
    const { tab, tabs } = browser();
    const [miniCart, buyButton] = [tab(), tab()];
    await shown(miniCart);
    const cart = await buyButton.add({ productId: SIMPLE[1], quantity: 2 });
    await showing(miniCart, cart);
    expect(tabs.open()).toBe(1); // the mini-cart's
  });

  it('ignores a message that is not a cart', async () => {
    const { tab, tabs } = browser();
    const a = tab();
    await shown(a);
    const other = tabs.tab().channel(`bc-storefront:cart ${rest.suite.url}`)!;
    for (const data of [{ cart: { id: 1 } }, { cart: 'x' }, 'hello', null]) other.postMessage(data);
    await tick(20);
    expect(a.get().data).toBeNull();
    other.close();
  });
});

describe('the next page', () => {
  it('reads the session\'s cart once (the REST API has no read by id: the session is the truth) and keeps its id', async () => {
    const { tab, storage } = browser();
    const cart = await tab().add({ productId: SIMPLE[0], quantity: 1 }); // the first page
    expect(storage.getItem('bc-storefront:cart-id')).toBe(cart.id);
    rest.suite.sim.clearLog();
    const miniCart = tab(); // the next page
    await shown(miniCart);
    expect(miniCart.get().data).toEqual(cart);
    expect(trips()).toEqual(['GET /api/storefront/carts']);
  });

  it('a kept id of a cart that is gone costs one more read before a new cart is made', async () => {
    const { tab, storage } = browser();
    const cart = await tab().add({ productId: SIMPLE[0], quantity: 1 });
    await tab().clear(); // to the store, a cart deleted and a cart become an order are alike: gone
    storage.setItem('bc-storefront:cart-id', cart.id); // kept by a page that never heard of it
    const next = tab();
    await shown(next);
    rest.suite.sim.clearLog();
    const made = await next.add({ productId: SIMPLE[1], quantity: 2 });
    expect(made.id).not.toBe(cart.id);
    expect(trips()).toEqual(['GET /api/storefront/carts', 'POST /api/storefront/carts']);
    expect(storage.getItem('bc-storefront:cart-id')).toBe(made.id);
  });
});
