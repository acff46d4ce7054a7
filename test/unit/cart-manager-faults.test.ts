import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCartManager } from '../../src/cart/cart-manager';
import type { Cart } from '../../src/cart/types';
import { rejectionOf } from '../integration/helpers';
import { fakeStore, json, storefrontOver } from './cart-fake-store';

const conflict = () => json({ status: 409, title: 'conflict' }, 409);
const quantities = (cart: Cart | null) => Object.fromEntries((cart?.lineItems.physicalItems ?? []).map((l) => [l.productId, l.quantity]));
const kinds = (store: ReturnType<typeof fakeStore>, from = 0) => store.calls.slice(from).map((c) => `${c.method} ${c.path.split('/').slice(3).map((p, i) => (i % 2 ? ':id' : p)).join('/')}`);

/** A manager whose cart holds product 1 × 1; the log starts empty. */
const withCart = async () => {
  const store = fakeStore();
  const manager = createCartManager(storefrontOver(store.fetch));
  const cart = await manager.add({ productId: 1, quantity: 1 });
  store.calls.length = 0;
  return { store, manager, line: cart.lineItems.physicalItems[0]!.id };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('cart manager: version conflicts', () => {
  it('a 409 reloads the cart and replays the change once, with the new version', async () => {
    const { store, manager } = await withCart();
    store.touch((cart) => (cart.lineItems.physicalItems[0]!.quantity = 4)); // another tab
    const cart = await manager.add({ productId: 2, quantity: 1 });
    expect(kinds(store)).toEqual(['POST carts/:id/items', 'GET carts', 'POST carts/:id/items']);
    expect(store.calls[0]!.body.version).toBe(1);
    expect(store.calls[2]!.body.version).toBe(2);
    expect(quantities(cart)).toEqual({ 1: 4, 2: 1 });
  });

  it('a second 409 rejects with ConflictError, the view reloaded and nothing applied', async () => {
    const { store, manager, line } = await withCart();
    store.fault('PUT', /items/, conflict());
    store.fault('PUT', /items/, conflict());
    const error = await rejectionOf(manager.update(line, 3));
    expect(error).toMatchObject({ code: 'ERR_CONFLICT', status: 409 });
    expect(kinds(store)).toEqual(['PUT carts/:id/items/:id', 'GET carts', 'PUT carts/:id/items/:id', 'GET carts']);
    expect(quantities(store.cart())).toEqual({ 1: 1 });
    expect(manager.cart()).toEqual(store.cart());
  });
});

describe('cart manager: a vanished cart', () => {
  it('an add that hits a 404 forgets the cart and is replayed once on a new cart', async () => {
    const { store, manager } = await withCart();
    const old = manager.cart()!.id;
    store.drop(); // it became an order
    const cart = await manager.add({ productId: 2, quantity: 2 });
    expect(kinds(store)).toEqual(['POST carts/:id/items', 'GET carts', 'POST carts']);
    expect(cart.id).not.toBe(old);
    expect(quantities(cart)).toEqual({ 2: 2 });
  });

  it('an update that hits a 404 rejects and leaves no cart; the next add starts a new one', async () => {
    const { store, manager, line } = await withCart();
    store.drop();
    expect(await rejectionOf(manager.update(line, 2))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect(manager.cart()).toBeNull();
    await manager.add({ productId: 3, quantity: 1 });
    expect(kinds(store).slice(-1)).toEqual(['POST carts']);
  });

  it('clear resolves when the cart is already gone', async () => {
    const { store, manager } = await withCart();
    store.drop();
    expect(await manager.clear()).toBeNull();
  });
});

describe('cart manager: uncertain outcomes', () => {
  it('network error, version unchanged: the change did not land and is replayed once', async () => {
    const { store, manager } = await withCart();
    store.fault('POST', /items$/, 'network');
    const cart = await manager.add({ productId: 2, quantity: 1 });
    expect(kinds(store)).toEqual(['POST carts/:id/items', 'GET carts', 'POST carts/:id/items']);
    expect(quantities(cart)).toEqual({ 1: 1, 2: 1 });
  });

  it('network error after the change landed: never replayed; the caller gets the error, cart() the fresh cart', async () => {
    const { store, manager } = await withCart();
    const seen: (Cart | null)[] = [];
    manager.subscribe((c) => seen.push(c));
    store.fault('POST', /items$/, 'lost');
    const error = await rejectionOf(manager.add({ productId: 2, quantity: 1 }));
    expect(error).toMatchObject({ code: 'ERR_NETWORK' });
    expect(kinds(store)).toEqual(['POST carts/:id/items', 'GET carts']);
    expect(quantities(store.cart())).toEqual({ 1: 1, 2: 1 }); // applied exactly once
    expect(manager.cart()).toEqual(store.cart());
    expect(seen.at(-1)).toEqual(store.cart());
  });

  it('a lost cart creation is not repeated; a failed one is', async () => {
    const store = fakeStore();
    const manager = createCartManager(storefrontOver(store.fetch), { cart: null });
    store.fault('POST', '/api/storefront/carts', 'lost');
    expect(await rejectionOf(manager.add({ productId: 1, quantity: 1 }))).toMatchObject({ code: 'ERR_NETWORK' });
    expect(quantities(manager.cart())).toEqual({ 1: 1 });
    const other = fakeStore();
    other.fault('POST', '/api/storefront/carts', 'network');
    const cart = await createCartManager(storefrontOver(other.fetch), { cart: null }).add({ productId: 1, quantity: 1 });
    expect(kinds(other)).toEqual(['POST carts', 'GET carts', 'POST carts']);
    expect(quantities(cart)).toEqual({ 1: 1 });
  });

  it('a malformed 2xx answer is checked the same way', async () => {
    const { store, manager, line } = await withCart();
    store.fault('PUT', /items/, new Response('{"id":', { status: 200 }));
    expect(quantities(await manager.update(line, 6))).toEqual({ 1: 6 });
    expect(kinds(store)).toEqual(['PUT carts/:id/items/:id', 'GET carts', 'PUT carts/:id/items/:id']);
  });

  it('when the reload fails too, the original error is kept and the next change reloads first', async () => {
    const { store, manager } = await withCart();
    store.fault('POST', /items$/, 'network');
    for (let i = 0; i < 3; i++) store.fault('GET', '/api/storefront/carts', 'network'); // every attempt of the reload
    expect(await rejectionOf(manager.add({ productId: 2, quantity: 1 }))).toMatchObject({ code: 'ERR_NETWORK', operation: 'POST /carts/{cartId}/items' });
    await manager.add({ productId: 3, quantity: 1 });
    expect(kinds(store).slice(-2)).toEqual(['GET carts', 'POST carts/:id/items']);
    expect(quantities(manager.cart())).toEqual({ 1: 1, 3: 1 });
  });
});

describe('cart manager: refusals', () => {
  it('429 waits X-Rate-Limit-Time-Reset-Ms, then sends again', async () => {
    const { store, manager, line } = await withCart();
    vi.useFakeTimers();
    store.fault('PUT', /items/, json({ status: 429 }, 429, { 'X-Rate-Limit-Time-Reset-Ms': '1500' }));
    const done = manager.update(line, 2);
    await vi.advanceTimersByTimeAsync(1499);
    expect(store.count('PUT')).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(quantities(await done)).toEqual({ 1: 2 });
    expect(kinds(store)).toEqual(['PUT carts/:id/items/:id', 'PUT carts/:id/items/:id']);
  });

  it('503 is retried with backoff up to retry.retries, then rejected; nothing applied', async () => {
    const { store, manager, line } = await withCart();
    for (let i = 0; i < 3; i++) store.fault('PUT', /items/, json({ status: 503 }, 503));
    expect(await rejectionOf(manager.update(line, 2))).toMatchObject({ code: 'ERR_HTTP', status: 503 });
    expect(kinds(store)).toEqual(Array(3).fill('PUT carts/:id/items/:id'));
    expect(quantities(store.cart())).toEqual({ 1: 1 });
  });

  it('429 asking longer than maxDelayMs rejects at once with RateLimitError', async () => {
    const { store, manager } = await withCart();
    store.fault('POST', /items$/, json({}, 429, { 'X-Rate-Limit-Time-Reset-Ms': '60000' }));
    expect(await rejectionOf(manager.add({ productId: 2, quantity: 1 }))).toMatchObject({ code: 'ERR_RATE_LIMITED', retryAfterMs: 60000 });
    expect(store.count('POST')).toBe(1);
  });

  it('a refused batch is split: only the caller with the bad line fails', async () => {
    const { store, manager } = await withCart();
    const results = await Promise.allSettled([manager.add({ productId: 2, quantity: 1 }), manager.add({ productId: 99, quantity: 1 }), manager.add({ productId: 3, quantity: 2 })]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'ERR_VALIDATION', title: 'Product 99 not found' });
    expect(quantities(store.cart())).toEqual({ 1: 1, 2: 1, 3: 2 });
    expect(kinds(store)).toEqual(Array(4).fill('POST carts/:id/items'));
  });

  it('a throwing subscriber does not fail the change', async () => {
    const { manager } = await withCart();
    const uncaught = vi.fn();
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = (task) => original(() => { try { task() } catch (e) { uncaught(e) } });
    try {
      manager.subscribe(() => {
        throw new Error('render failed');
      });
      expect(quantities(await manager.add({ productId: 2, quantity: 1 }))).toEqual({ 1: 1, 2: 1 });
      await Promise.resolve();
      expect(uncaught).toHaveBeenCalledWith(new Error('render failed'));
    } finally {
      globalThis.queueMicrotask = original;
    }
  });
});
