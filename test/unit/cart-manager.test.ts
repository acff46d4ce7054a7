import { describe, expect, it, vi } from 'vitest';
import { createCartManager } from '../../src/cart/cart-manager';
import type { Cart } from '../../src/cart/types';
import { rejectionOf } from '../integration/helpers';
import { fakeStore, storefrontOver } from './cart-fake-store';

const setup = (latencyMs = 5) => {
  const store = fakeStore({ latencyMs });
  const manager = createCartManager(storefrontOver(store.fetch));
  return { store, manager };
};
const quantities = (cart: Cart | null | undefined) => Object.fromEntries((cart?.lineItems.physicalItems ?? []).map((l) => [l.productId, l.quantity]));
const lines = (store: ReturnType<typeof fakeStore>) => store.calls.map((c) => `${c.method} ${c.path.replace(/[\da-f]{8}-[\da-f-]{27}/g, ':id')}`);

describe('cart manager: batching', () => {
  it('does nothing at creation', () => {
    const { store, manager } = setup();
    expect(manager.cart()).toBeNull();
    expect(store.calls).toHaveLength(0);
  });

  it('50 concurrent adds with no cart: one GET, one cart creation with every unit, all callers get that cart', async () => {
    const { store, manager } = setup();
    const carts = await Promise.all(Array.from({ length: 50 }, (_, i) => manager.add({ productId: (i % 3) + 1, quantity: 1 })));
    expect(lines(store)).toEqual(['GET /api/storefront/carts', 'POST /api/storefront/carts']);
    // Identical lines were merged before sending.
    expect(store.calls[1]!.body.lineItems).toEqual([
      { productId: 1, quantity: 17 },
      { productId: 2, quantity: 17 },
      { productId: 3, quantity: 16 },
    ]);
    expect(new Set(carts.map((c) => c.id)).size).toBe(1);
    expect(quantities(store.cart())).toEqual({ 1: 17, 2: 17, 3: 16 });
    expect(manager.cart()).toEqual(store.cart());
  });

  it('adds arriving while a request is in flight go out together as one POST .../items', async () => {
    const { store, manager } = setup();
    const first = manager.add({ productId: 1, quantity: 1 });
    await vi.waitFor(() => expect(store.calls.some((c) => c.method === 'POST')).toBe(true));
    const later = [manager.add({ productId: 2, quantity: 1 }), manager.add([{ productId: 2, quantity: 2 }, { productId: 3, quantity: 1 }])];
    const [a, b, c] = await Promise.all([first, ...later]);
    expect(lines(store)).toEqual(['GET /api/storefront/carts', 'POST /api/storefront/carts', 'POST /api/storefront/carts/:id/items']);
    expect(store.calls[2]!.body).toEqual({ lineItems: [{ productId: 2, quantity: 3 }, { productId: 3, quantity: 1 }], version: a.version });
    expect(quantities(a)).toEqual({ 1: 1 });
    expect(b).toBe(c);
    expect(quantities(c)).toEqual({ 1: 1, 2: 3, 3: 1 });
  });

  it('skips the first GET when told no cart exists, and reuses a given cart', async () => {
    const store = fakeStore();
    const empty = createCartManager(storefrontOver(store.fetch), { cart: null });
    const cart = await empty.add({ productId: 1, quantity: 1 });
    expect(lines(store)).toEqual(['POST /api/storefront/carts']);
    const known = createCartManager(storefrontOver(store.fetch), { cart, include: ['lineItems.physicalItems.options'] });
    await known.add({ productId: 1, quantity: 1 });
    expect(lines(store).slice(1)).toEqual(['POST /api/storefront/carts/:id/items']);
    expect(store.calls[1]!.query).toBe('?include=lineItems.physicalItems.options');
  });
});

describe('cart manager: line changes', () => {
  const withCart = async () => {
    const s = setup();
    const cart = await s.manager.add([{ productId: 1, quantity: 1 }, { productId: 2, quantity: 1 }]);
    const [one, two] = cart.lineItems.physicalItems.map((l) => l.id) as [string, string];
    s.store.calls.length = 0;
    return { ...s, one, two };
  };

  it('collapses queued quantity changes of one line to the last; every caller gets the final cart', async () => {
    const { store, manager, one } = await withCart();
    const results = await Promise.all([manager.update(one, 2), manager.update(one, 3), manager.update(one, 4), manager.update(one, 7)]);
    // The first went out at once; the three queued behind it became one PUT.
    expect(lines(store)).toEqual(['PUT /api/storefront/carts/:id/items/:id', 'PUT /api/storefront/carts/:id/items/:id']);
    expect(store.calls.map((c) => c.body.lineItem?.quantity)).toEqual([2, 7]);
    expect(quantities(results[0]!)).toEqual({ 1: 2, 2: 1 });
    for (const cart of results.slice(1)) expect(quantities(cart)).toEqual({ 1: 7, 2: 1 });
  });

  it('a queued removal drops queued updates of its line, and update to 0 removes', async () => {
    const { store, manager, one, two } = await withCart();
    const inFlight = manager.update(two, 5);
    const queued = [manager.update(one, 3), manager.update(one, 4), manager.remove(one), manager.update(two, 0)];
    const [, u3, u4, removed, zero] = await Promise.all([inFlight, ...queued]);
    expect(lines(store)).toEqual(['PUT /api/storefront/carts/:id/items/:id', 'DELETE /api/storefront/carts/:id/items/:id', 'DELETE /api/storefront/carts/:id/items/:id']);
    expect(u3).toBe(removed);
    expect(u4).toBe(removed);
    expect(quantities(removed)).toEqual({ 2: 5 });
    expect(zero).toBeNull(); // the last line took the cart with it
    expect(manager.cart()).toBeNull();
  });

  it('keeps call order across kinds: a later absolute quantity wins over an earlier add', async () => {
    const { manager, store, one } = await withCart();
    await Promise.all([manager.update(one, 2), manager.update(one, 5), manager.add({ productId: 1, quantity: 1 }), manager.update(one, 9)]);
    expect(quantities(store.cart())).toEqual({ 1: 9, 2: 1 });
  });

  it('rejects a change of a line the cart does not have, and a change with no cart', async () => {
    const { manager } = await withCart();
    expect(await rejectionOf(manager.update('00000000-dead', 2))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    await manager.clear();
    expect(await rejectionOf(manager.remove('00000000-dead'))).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('clear deletes the cart, setCurrency posts the code, load reads again, subscribers see each new cart', async () => {
    const { store, manager } = await withCart();
    const seen: (Cart | null)[] = [];
    const stop = manager.subscribe((cart) => seen.push(cart));
    expect((await manager.setCurrency('EUR')).currency.code).toBe('EUR');
    store.touch((cart) => (cart.currency = { code: 'GBP' }));
    expect((await manager.load())!.currency.code).toBe('GBP');
    expect(await manager.clear()).toBeNull();
    stop();
    await manager.add({ productId: 1, quantity: 1 });
    expect(seen.map((c) => c?.currency.code ?? null)).toEqual(['EUR', 'GBP', null]);
    expect(await manager.settled()).toBe(manager.cart());
  });

  it('settled waits for every change queued before it', async () => {
    const { manager, one } = await withCart();
    void manager.update(one, 3);
    expect(quantities(await manager.settled())).toEqual({ 1: 3, 2: 1 });
  });
});

describe('cart manager: bad input is refused before any request', () => {
  it.each([
    ['add quantity 0', (m: ReturnType<typeof createCartManager>) => m.add({ productId: 1, quantity: 0 }), 'lineItems[0].quantity'],
    ['add quantity -1', (m: ReturnType<typeof createCartManager>) => m.add({ productId: 1, quantity: -1 }), 'lineItems[0].quantity'],
    ['add quantity 1.5', (m: ReturnType<typeof createCartManager>) => m.add({ productId: 1, quantity: 1.5 }), 'lineItems[0].quantity'],
    ['add quantity 1e9', (m: ReturnType<typeof createCartManager>) => m.add({ productId: 1, quantity: 1e9 }), 'lineItems[0].quantity'],
    ['add product -3', (m: ReturnType<typeof createCartManager>) => m.add([{ productId: -3, quantity: 1 }]), 'lineItems[0].productId'],
    ['add nothing', (m: ReturnType<typeof createCartManager>) => m.add([]), 'items'],
    ['update quantity -1', (m: ReturnType<typeof createCartManager>) => m.update('line-1', -1), 'quantity'],
    ['update quantity 2.5', (m: ReturnType<typeof createCartManager>) => m.update('line-1', 2.5), 'quantity'],
    ['update bad id', (m: ReturnType<typeof createCartManager>) => m.update('a/b', 1), 'itemId'],
    ['remove bad id', (m: ReturnType<typeof createCartManager>) => m.remove(42.5 as any), 'itemId'],
    ['currency', (m: ReturnType<typeof createCartManager>) => m.setCurrency('usd'), 'currencyCode'],
  ])('%s', async (_, call, argument) => {
    const { store, manager } = setup();
    expect(await rejectionOf(call(manager))).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument });
    expect(store.calls).toHaveLength(0);
  });
});
