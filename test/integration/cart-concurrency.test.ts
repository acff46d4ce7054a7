// The cart manager against the simulator under concurrent clicks, over each cart transport
// (REST with the session cookie; GraphQL from another origin, no cookie): round trips counted in
// the simulator's own log, the end state read back from the server.
import { describe, expect, it } from 'vitest';
import { createCartManager } from '../../src/cart/cart-manager';
import type { Cart } from '../../src/cart/types';
import { addBillingAddress } from '../../src/checkout/billing';
import { createConsignments, selectShippingOption } from '../../src/checkout/consignments';
import { useCartTransports } from './cart-transports';
import { ADDRESS, SIMPLE } from './rest-helpers';

const { rest, cases } = useCartTransports();
const [A, B, C, D] = SIMPLE;
const units = (cart: Cart | null) => Object.fromEntries((cart?.lineItems.physicalItems ?? []).map((l) => [l.productId, l.quantity]));
const lineOf = (cart: Cart, productId: number) => cart.lineItems.physicalItems.find((l) => l.productId === productId)!.id;

describe.each(cases)('cart manager against the simulator over $name: concurrent clicks', (t) => {
  it('50 concurrent adds with no cart: exactly one cart holding all 50 units, in at most 3 requests', async () => {
    const shopper = t.shopper();
    const manager = createCartManager(shopper.storefront, shopper.options());
    const carts = await Promise.all(Array.from({ length: 50 }, () => manager.add({ productId: A, quantity: 1 })));
    const requests = t.calls();
    expect(requests.length).toBeLessThanOrEqual(3);
    expect(t.calls('create')).toHaveLength(1);
    const server = await shopper.server();
    expect(units(server)).toEqual({ [A]: 50 });
    expect(new Set(carts.map((c) => c.id))).toEqual(new Set([server!.id]));
    expect(manager.cart()).toEqual(server);
    if (t.name === 'graphql') {
      // Over GraphQL with no kept id there is nothing to read first: one request made the cart.
      expect(requests.map((r) => r.entry.operationName)).toEqual(['CreateCart']);
      expect(t.sent.every((r) => !r.headers.has('cookie') && r.url === shopper.storefront.graphqlUrl)).toBe(true);
      expect(rest.rest()).toEqual([]);
    }
  });

  it('20 clicks over several products while each request takes 20 ms: all land, in at most 3 requests', async () => {
    rest.suite.sim.setLatency(20);
    const shopper = t.shopper();
    const manager = createCartManager(shopper.storefront, shopper.options());
    const clicks: Promise<Cart>[] = [];
    for (let i = 0; i < 20; i++) {
      clicks.push(manager.add({ productId: SIMPLE[i % 4]!, quantity: 1 }));
      if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 2)); // two bursts
    }
    await Promise.all(clicks);
    expect(t.calls().length).toBeLessThanOrEqual(3);
    expect(units(await shopper.server())).toEqual({ [A]: 5, [B]: 5, [C]: 5, [D]: 5 });
  });

  it('interleaved add, update and remove from several callers end with the cart each asked for', async () => {
    rest.suite.sim.setLatency(3);
    const shopper = t.shopper();
    const manager = createCartManager(shopper.storefront, shopper.options());
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
    const server = await shopper.server();
    expect(units(server)).toEqual({ [A]: 5, [C]: 1, [D]: 4 });
    expect(manager.cart()).toEqual(server);
    // One cart creation, and every later request carried the version it was based on.
    expect(t.calls('create')).toHaveLength(1);
    const changes = t.calls().filter((c) => c.kind === 'add' || c.kind === 'update' || c.kind === 'remove');
    expect(changes.length).toBeGreaterThan(2);
    if (t.name === 'rest') for (const request of rest.sent.filter((r) => r.method !== 'GET' && r.url.includes('/items'))) expect(request.body).toHaveProperty('version');
    else for (const change of changes) expect(change.entry.variables).toMatchObject({ input: { version: expect.any(Number) } });
  });

  it("a quantity change keeps the line's variant and (with include) its modifier choices", async () => {
    const shopper = t.shopper();
    const include = ['lineItems.physicalItems.options'] as const;
    const manager = createCartManager(shopper.storefront, shopper.options({ include }));
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
    expect(await shopper.server(include)).toEqual(after);
  });

  it('a change from a second client (another tab): a conflict, one reload, one replay; both changes kept', async () => {
    const shopper = t.shopper();
    const tab1 = createCartManager(shopper.storefront, shopper.options());
    const tab2 = createCartManager(shopper.storefront, shopper.options());
    const cart = await tab1.add({ productId: A, quantity: 1 });
    await tab2.load();
    await tab2.update(lineOf(cart, A), 3); // tab1's version is now stale
    const before = t.calls().length;
    const after = await tab1.add({ productId: B, quantity: 2 });
    const calls = t.calls().slice(before);
    expect(calls.map((r) => r.kind)).toEqual(['add', 'load', 'add']);
    if (t.name === 'rest') expect(calls.map((r) => r.status)).toEqual([409, 200, 200]);
    expect(units(after)).toEqual({ [A]: 3, [B]: 2 });
    expect(units(await shopper.server())).toEqual({ [A]: 3, [B]: 2 });
  });

  it('a cart that is gone (it became an order; over GraphQL another tab deleted it) is forgotten: the add that hit it starts a new cart', async () => {
    const shopper = t.shopper();
    const manager = createCartManager(shopper.storefront, shopper.options());
    const old = await manager.add({ productId: A, quantity: 1 });
    if (t.name === 'rest') {
      // The shopper pays in another tab: the cart becomes an order.
      const { storefront } = shopper;
      let checkout = await addBillingAddress(storefront, old.id, ADDRESS);
      checkout = await createConsignments(storefront, old.id, [{ address: ADDRESS, lineItems: [{ itemId: lineOf(old, A), quantity: 1 }] }]);
      const consignment = checkout.consignments[0]!;
      await selectShippingOption(storefront, old.id, consignment.id, consignment.availableShippingOptions![0]!.id);
      rest.suite.sim.placeOrder(old.id);
    } else {
      // The REST checkout needs the session cookie a page on another origin lacks.
      await createCartManager(shopper.storefront, { transport: t.transport, cart: old }).clear();
    }
    const before = t.calls().length;
    const fresh = await manager.add({ productId: B, quantity: 2 });
    const calls = t.calls().slice(before);
    expect(calls.map((r) => r.kind)).toEqual(['add', 'load', 'create']);
    if (t.name === 'rest') {
      expect(calls.map((r) => `${r.entry.method} ${r.entry.path.replace(old.id, ':old')} ${r.status}`)).toEqual([
        'POST /api/storefront/carts/:old/items 404',
        'GET /api/storefront/carts 200',
        'POST /api/storefront/carts 200',
      ]);
    }
    expect(fresh.id).not.toBe(old.id);
    expect(units(fresh)).toEqual({ [B]: 2 });
    expect(await shopper.server()).toEqual(fresh);
  });
});
