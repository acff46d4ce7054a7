// The cart manager against the simulator under concurrent clicks: round trips counted in the
// simulator's own log, the end state read back with GET /carts.
import { describe, expect, it } from 'vitest';
import { getCart } from '../../src/cart/cart-api';
import { createCartManager } from '../../src/cart/cart-manager';
import type { Cart } from '../../src/cart/types';
import { addBillingAddress } from '../../src/checkout/billing';
import { createConsignments, selectShippingOption } from '../../src/checkout/consignments';
import { ADDRESS, SIMPLE, useRestSimulator } from './rest-helpers';

const rest = useRestSimulator();
const [A, B, C, D] = SIMPLE;
const units = (cart: Cart | null) => Object.fromEntries((cart?.lineItems.physicalItems ?? []).map((l) => [l.productId, l.quantity]));
const lineOf = (cart: Cart, productId: number) => cart.lineItems.physicalItems.find((l) => l.productId === productId)!.id;

describe('cart manager against the simulator: concurrent clicks', () => {
  it('50 concurrent adds with no cart: exactly one cart holding all 50 units, in at most 3 requests', async () => {
    const { storefront } = rest.shopper();
    const manager = createCartManager(storefront);
    const carts = await Promise.all(Array.from({ length: 50 }, () => manager.add({ productId: A, quantity: 1 })));
    const requests = rest.rest();
    expect(requests.length).toBeLessThanOrEqual(3);
    expect(requests.filter((r) => r.method === 'POST' && r.path === '/api/storefront/carts')).toHaveLength(1);
    const server = await getCart(storefront);
    expect(units(server)).toEqual({ [A]: 50 });
    expect(new Set(carts.map((c) => c.id))).toEqual(new Set([server!.id]));
    expect(manager.cart()).toEqual(server);
  });

  it('20 clicks over several products while each request takes 20 ms: all land, in at most 3 requests', async () => {
    rest.suite.sim.setLatency(20);
    const { storefront } = rest.shopper();
    const manager = createCartManager(storefront);
    const clicks: Promise<Cart>[] = [];
    for (let i = 0; i < 20; i++) {
      clicks.push(manager.add({ productId: SIMPLE[i % 4]!, quantity: 1 }));
      if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 2)); // two bursts
    }
    await Promise.all(clicks);
    expect(rest.rest().length).toBeLessThanOrEqual(3);
    expect(units(await getCart(storefront))).toEqual({ [A]: 5, [B]: 5, [C]: 5, [D]: 5 });
  });

  it('interleaved add, update and remove from several callers end with the cart each asked for', async () => {
    rest.suite.sim.setLatency(3);
    const { storefront } = rest.shopper();
    const manager = createCartManager(storefront);
    const callers = [
      async () => {
        const cart = await manager.add({ productId: A, quantity: 2 });
        await manager.update(lineOf(cart, A), 5);
      },
      async () => {
        await manager.add({ productId: B, quantity: 1 });
        const cart = await manager.add({ productId: B, quantity: 1 });
        expect(units(cart)[B]).toBe(2);
        await manager.remove(lineOf(cart, B));
      },
      async () => {
        const cart = await manager.add([{ productId: C, quantity: 3 }, { productId: D, quantity: 1 }]);
        await Promise.all([manager.update(lineOf(cart, C), 2), manager.update(lineOf(cart, C), 1), manager.update(lineOf(cart, D), 4)]);
      },
    ];
    await Promise.all(callers.map((caller) => caller()));
    const server = await getCart(storefront);
    expect(units(server)).toEqual({ [A]: 5, [C]: 1, [D]: 4 });
    expect(manager.cart()).toEqual(server);
    // One cart creation, and every later request carried the version it was based on.
    expect(rest.rest('POST').filter((r) => r.path === '/api/storefront/carts')).toHaveLength(1);
    for (const request of rest.sent.filter((r) => r.method !== 'GET' && r.url.includes('/items'))) expect(request.body).toHaveProperty('version');
  });

  it("a quantity change keeps the line's variant and (with include) its modifier choices", async () => {
    const { storefront } = rest.shopper();
    const manager = createCartManager(storefront, { include: ['lineItems.physicalItems.options'] });
    const cart = await manager.add([
      { productId: 108, variantId: 1016, quantity: 1 },
      { productId: 115, quantity: 1, optionSelections: [{ optionId: 106, optionValue: 'For Sam' }] },
    ]);
    await manager.update(lineOf(cart, 108), 2);
    const after = await manager.update(lineOf(cart, 115), 3);
    expect(after!.lineItems.physicalItems.map((l) => [l.productId, l.variantId, l.quantity, l.options!.map((o) => o.value)])).toEqual([
      [108, 1016, 2, [expect.any(String)]],
      [115, cart.lineItems.physicalItems[1]!.variantId, 3, ['For Sam']],
    ]);
    expect(await getCart(storefront, { include: ['lineItems.physicalItems.options'] })).toEqual(after);
  });

  it('a change from a second client (another tab): a 409, one reload, one replay; both changes kept', async () => {
    const shopper = rest.shopper();
    const tab1 = createCartManager(shopper.storefront);
    const tab2 = createCartManager(shopper.storefront);
    const cart = await tab1.add({ productId: A, quantity: 1 });
    await tab2.load();
    await tab2.update(lineOf(cart, A), 3); // tab1's version is now stale
    const before = rest.rest().length;
    const after = await tab1.add({ productId: B, quantity: 2 });
    expect(rest.rest().slice(before).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 409', 'GET 200', 'POST 200']);
    expect(units(after)).toEqual({ [A]: 3, [B]: 2 });
    expect(units(await getCart(shopper.storefront))).toEqual({ [A]: 3, [B]: 2 });
  });

  it('a cart that became an order is forgotten: the add that hit the 404 starts a new cart', async () => {
    const { storefront } = rest.shopper();
    const manager = createCartManager(storefront);
    const old = await manager.add({ productId: A, quantity: 1 });
    // The shopper pays in another tab: the cart becomes an order.
    let checkout = await addBillingAddress(storefront, old.id, ADDRESS);
    checkout = await createConsignments(storefront, old.id, [{ address: ADDRESS, lineItems: [{ itemId: lineOf(old, A), quantity: 1 }] }]);
    const consignment = checkout.consignments[0]!;
    await selectShippingOption(storefront, old.id, consignment.id, consignment.availableShippingOptions![0]!.id);
    rest.suite.sim.placeOrder(old.id);
    const before = rest.rest().length;
    const fresh = await manager.add({ productId: B, quantity: 2 });
    expect(rest.rest().slice(before).map((r) => `${r.method} ${r.path.replace(old.id, ':old')} ${r.status}`)).toEqual([
      'POST /api/storefront/carts/:old/items 404',
      'GET /api/storefront/carts 200',
      'POST /api/storefront/carts 200',
    ]);
    expect(fresh.id).not.toBe(old.id);
    expect(units(fresh)).toEqual({ [B]: 2 });
    expect(await getCart(storefront)).toEqual(fresh);
  });
});
