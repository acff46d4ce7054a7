// Analytics events of the cart store against the simulator: one per confirmed change, with the
// product, variant, quantity difference, cart, currency and value; none for a change rolled back,
// none for another tab's change.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCartManager } from '../../src/cart/cart-manager';
import type { Cart } from '../../src/cart/types';
import { cartEvents, onCartEvent, type CartEvent } from '../../src/stores/cart-events';
import { memoryPersistence } from '../../src/stores/cart-persistence';
import { createCartStore } from '../../src/stores/cart-store';
import { rejectionOf } from '../integration/helpers';
import { SIMPLE, useRestSimulator } from '../integration/rest-helpers';
import { fakeBrowser } from './cart-fakes';
import { tick, until } from './helpers';

const rest = useRestSimulator();
const offs: (() => void)[] = [];
afterEach(() => {
  offs.splice(0).forEach((off) => off());
});

function shop() {
  const { storefront, fetch } = rest.shopper();
  const tabs = fakeBrowser();
  const $cart = createCartStore(storefront, { persistence: memoryPersistence(), tabs: tabs.tab() });
  const events: CartEvent[] = [];
  offs.push(onCartEvent($cart, (event) => events.push(event)));
  return { storefront, fetch, tabs, $cart, events };
}
/** The item events in short: type, product, quantity difference, value. */
const brief = (events: CartEvent[]) => events.map((e) => [e.type, 'productId' in e ? e.productId : null, e.quantity, e.value]);
const lineOf = (cart: Cart, productId: number) => cart.lineItems.physicalItems.find((l) => l.productId === productId)!;

describe('onCartEvent', () => {
  it('item-added once each add is confirmed, one per call, with the line\'s price, variant and name', async () => {
    const { $cart, events } = shop();
    rest.suite.sim.setLatency(20);
    const clicks = [1, 2, 3].map(() => $cart.add({ productId: SIMPLE[0], quantity: 1 }));
    await Promise.resolve(); // the store shows them a microtask after the calls
    expect($cart.count.get()).toBe(3);
    expect(events).toEqual([]); // shown, not confirmed
    const cart = (await Promise.all(clicks)).at(-1)!;
    const line = lineOf(cart, SIMPLE[0]);
    expect(events).toHaveLength(3);
    expect(events[0]).toEqual({
      type: 'item-added',
      cartId: cart.id,
      currency: 'USD',
      productId: SIMPLE[0],
      variantId: line.variantId,
      lineItemId: line.id,
      quantity: 1,
      value: line.salePrice,
      lineItem: line,
    });
    expect(line.name).toEqual(expect.any(String));
  });

  it('quantity-changed with the difference; collapsed changes make one event; a 409 replayed still one', async () => {
    const { $cart, events } = shop();
    const cart = await $cart.add({ productId: SIMPLE[1], quantity: 1 });
    const { id, salePrice } = lineOf(cart, SIMPLE[1]);
    events.length = 0;
    await Promise.all([$cart.update(id, 2), $cart.update(id, 3), $cart.update(id, 4)]); // 2 alone, then 3 and 4 as one PUT
    expect(brief(events)).toEqual([
      ['quantity-changed', SIMPLE[1], 1, salePrice],
      ['quantity-changed', SIMPLE[1], 2, salePrice! * 2],
    ]);
    events.length = 0;
    rest.suite.sim.fault({ kind: 'status', status: 409, match: { method: 'PUT' } });
    await $cart.update(id, 1);
    expect(brief(events)).toEqual([['quantity-changed', SIMPLE[1], -3, -salePrice! * 3]]);
  });

  it('nothing for a change rolled back, or for bad arguments', async () => {
    const { $cart, events } = shop();
    const cart = await $cart.add({ productId: SIMPLE[2], quantity: 1 });
    events.length = 0;
    rest.suite.sim.fault({ kind: 'status', status: 422, match: { method: 'PUT' } });
    expect(await rejectionOf($cart.update(cart.lineItems.physicalItems[0]!.id, 9))).toMatchObject({ code: 'ERR_VALIDATION' });
    rest.suite.sim.fault({ kind: 'status', status: 422, match: { method: 'POST' } });
    expect(await rejectionOf($cart.add({ productId: SIMPLE[3], quantity: 1 }))).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(await rejectionOf($cart.add({ productId: SIMPLE[3], quantity: 0 }))).toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    expect(events).toEqual([]);
  });

  it('item-removed for a removal, an update to 0 and each line of clear(); none for a currency change', async () => {
    const { $cart, events } = shop();
    const cart = await $cart.add([{ productId: SIMPLE[0], quantity: 2 }, { productId: SIMPLE[1], quantity: 1 }, { productId: SIMPLE[2], quantity: 3 }]);
    events.length = 0;
    const [a, b, c] = [SIMPLE[0], SIMPLE[1], SIMPLE[2]].map((p) => lineOf(cart, p));
    await $cart.remove(a!.id);
    await $cart.update(b!.id, 0);
    await $cart.setCurrency('EUR');
    const eur = lineOf((await $cart.settled())!, SIMPLE[2]);
    await $cart.clear();
    expect(brief(events)).toEqual([
      ['item-removed', SIMPLE[0], -2, -a!.salePrice! * 2],
      ['item-removed', SIMPLE[1], -1, -b!.salePrice!],
      ['item-removed', SIMPLE[2], -3, -Math.round(eur.salePrice! * 300) / 100],
    ]);
    expect(events.at(-1)).toMatchObject({ currency: 'EUR', lineItemId: c!.id });
  });

  it('checkout-started after the queued changes settle, with the cart\'s amount and units', async () => {
    const { $cart, events } = shop();
    expect(await $cart.startCheckout()).toBeNull(); // no cart: nothing to check out, no event
    void $cart.add({ productId: SIMPLE[0], quantity: 2 });
    const cart = (await $cart.startCheckout())!;
    expect(lineOf(cart, SIMPLE[0]).quantity).toBe(2);
    expect(events.at(-1)).toEqual({ type: 'checkout-started', cartId: cart.id, currency: 'USD', quantity: 2, value: cart.cartAmount, cart });
  });

  it('fires in the tab that made the change only', async () => {
    const { fetch } = rest.shopper();
    const tabs = fakeBrowser();
    const make = () => createCartStore(rest.suite.storefront({ fetch }), { persistence: memoryPersistence(), tabs: tabs.tab() });
    const [a, b] = [make(), make()];
    const seen = { a: [] as CartEvent[], b: [] as CartEvent[] };
    offs.push(onCartEvent(a, (e) => seen.a.push(e)), onCartEvent(b, (e) => seen.b.push(e)), a.listen(() => {}), b.listen(() => {}));
    const cart = await a.add({ productId: SIMPLE[0], quantity: 1 });
    await until(b, (value) => value.data?.id === cart.id);
    expect([seen.a.length, seen.b.length]).toEqual([1, 0]);
  });

  it('a throwing listener fails neither the change nor the other listeners', async () => {
    const { $cart, events } = shop();
    const onError = vi.fn();
    process.on('uncaughtException', onError);
    try {
      offs.push(onCartEvent($cart, () => {
        throw new Error('pixel down');
      }));
      await $cart.add({ productId: SIMPLE[0], quantity: 1 });
      expect(events).toHaveLength(1);
      await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('pixel down'), expect.anything()));
    } finally {
      process.off('uncaughtException', onError);
    }
  });

  it('listeners stop when told; a change made elsewhere and read by refresh() fires nothing', async () => {
    const { $cart, events, storefront } = shop();
    await $cart.add({ productId: SIMPLE[0], quantity: 1 });
    await createCartManager(storefront).add({ productId: SIMPLE[1], quantity: 1 });
    await $cart.refresh();
    expect(events).toHaveLength(1);
    offs.splice(0).forEach((off) => off());
    await $cart.add({ productId: SIMPLE[0], quantity: 1 });
    expect(events).toHaveLength(1);
  });
});

describe('cartEvents', () => {
  it('an add of a gift certificate or to no cart says nothing; a line change of a line gone says nothing', () => {
    const cart = { id: 'c', currency: { code: 'USD' }, cartAmount: 0, lineItems: { physicalItems: [], digitalItems: [], giftCertificates: [] } } as Cart;
    expect(cartEvents({ kind: 'add', parts: [{ giftCertificates: [] }], before: null, after: cart })).toEqual([]);
    expect(cartEvents({ kind: 'add', parts: [{ lineItems: [{ productId: 1, quantity: 1 }] }], before: null, after: null })).toEqual([]);
    expect(cartEvents({ kind: 'put', id: 'x', value: 2, before: cart, after: cart })).toEqual([]);
    expect(cartEvents({ kind: 'del', id: 'x', before: cart, after: cart })).toEqual([]);
    expect(cartEvents({ kind: 'currency', value: 'EUR', before: cart, after: cart })).toEqual([]);
  });
});
