// The cart manager's one seam for the cart store: `send`, which wraps the request of each change
// (the store locks cart creation across tabs there, sends against a newer cart another tab
// reported, and hears of each change confirmed). Against the unit suites' fake cart endpoint.
import { describe, expect, it } from 'vitest';
import { createCartManager, type CartChangeRequest } from '../../src/cart/cart-manager';
import type { Cart } from '../../src/cart/types';
import { rejectionOf } from '../integration/helpers';
import { fakeStore, storefrontOver } from '../unit/cart-fake-store';

const lines = (store: ReturnType<typeof fakeStore>) => store.calls.map((c) => `${c.method} ${c.path.replace(/[\da-f]{8}-[\da-f-]{27}/g, ':id')}`);
const quantities = (cart: Cart | null | undefined) => Object.fromEntries((cart?.lineItems.physicalItems ?? []).map((l) => [l.productId, l.quantity]));

describe('the send option', () => {
  it('wraps the request of each change (never a load), with the change and the cart it goes against', async () => {
    const store = fakeStore({ latencyMs: 2 });
    const seen: [CartChangeRequest, number | undefined, number | undefined][] = [];
    const manager = createCartManager(storefrontOver(store.fetch), {
      send: async (change, cart, send) => {
        const after = await send(cart);
        seen.push([structuredClone({ ...change, waiters: undefined, sent: undefined }), cart?.version, after?.version]);
        return after;
      },
    });
    await Promise.all([manager.add({ productId: 1, quantity: 1 }), manager.add([{ productId: 2, quantity: 2 }])]);
    const one = manager.cart()!.lineItems.physicalItems[0]!.id;
    await Promise.all([manager.update(one, 3), manager.update(one, 4), manager.update(one, 5)]); // 3 alone, then 4 and 5 as one
    await manager.load();
    await manager.remove(one);
    await manager.setCurrency('EUR');
    await manager.clear();
    expect(seen.map(([change, before, after]) => [change.kind, change.parts?.length ?? change.value ?? change.id?.length ?? null, before ?? null, after ?? null])).toEqual([
      ['add', 2, null, 1],
      ['put', 3, 1, 2],
      ['put', 5, 2, 3],
      ['del', 36, 3, 4],
      ['currency', 'EUR', 4, 5],
      ['clear', null, 5, null],
    ]);
    expect(seen[0]![0].parts).toEqual([{ lineItems: [{ productId: 1, quantity: 1 }] }, { lineItems: [{ productId: 2, quantity: 2 }] }]);
    expect(lines(store).filter((l) => l.startsWith('GET'))).toHaveLength(2); // the first read and load(): not wrapped
  });

  it('sends against the cart it is given, and the manager takes its answer as the cart', async () => {
    const store = fakeStore();
    const elsewhere = await createCartManager(storefrontOver(store.fetch)).add({ productId: 1, quantity: 1 }); // made by another tab
    store.calls.length = 0;
    const manager = createCartManager(storefrontOver(store.fetch), { cart: null, send: (_change, _cart, send) => send(elsewhere) });
    const cart = await manager.add({ productId: 2, quantity: 1 });
    expect(lines(store)).toEqual(['POST /api/storefront/carts/:id/items']); // not a second cart
    expect(store.calls[0]!.body.version).toBe(elsewhere.version);
    expect(cart.id).toBe(elsewhere.id);
    expect(manager.cart()).toBe(cart);
    expect(quantities(cart)).toEqual({ 1: 1, 2: 1 });
  });

  it('is called again with the reloaded cart after a 409, and its failure is its caller\'s', async () => {
    const store = fakeStore();
    const manager = createCartManager(storefrontOver(store.fetch), { cart: null });
    const first = await manager.add({ productId: 1, quantity: 1 });
    store.touch((cart) => cart.lineItems.physicalItems[0]!.quantity++); // another tab's change
    const bases: (number | undefined)[] = [];
    const watched = createCartManager(storefrontOver(store.fetch), {
      cart: first,
      send: (_change, cart, send) => {
        bases.push(cart?.version);
        return send(cart);
      },
    });
    await watched.update(first.lineItems.physicalItems[0]!.id, 5);
    expect(bases).toEqual([first.version, first.version! + 1]);
    const failing = createCartManager(storefrontOver(store.fetch), { send: () => Promise.reject(new Error('lock lost')) });
    expect(await rejectionOf(failing.add({ productId: 1, quantity: 1 }))).toEqual(new Error('lock lost'));
    expect(await failing.load()).toMatchObject({ id: first.id }); // the queue goes on
  });

});
