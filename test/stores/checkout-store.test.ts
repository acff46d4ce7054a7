// The checkout and order stores against the simulator: a checkout page that fills in billing and
// shipping through run(), one action after another, and the confirmation page's order.
import { afterEach, describe, expect, it } from 'vitest';
import { createCartManager } from '../../src/cart/cart-manager';
import { addBillingAddress } from '../../src/checkout/billing';
import { CHECKOUT_PAGE_INCLUDES, getCheckout } from '../../src/checkout/checkout-api';
import { createConsignments, selectShippingOption } from '../../src/checkout/consignments';
import { applyCoupon } from '../../src/checkout/payments';
import { createOrderStore } from '../../src/stores/checkout-order-store';
import { createCheckoutStore } from '../../src/stores/checkout-store';
import { rejectionOf } from '../integration/helpers';
import { ADDRESS, SIMPLE, useRestSimulator } from '../integration/rest-helpers';
import { settled, tick } from './helpers';

const rest = useRestSimulator();
const offs: (() => void)[] = [];
afterEach(() => {
  offs.splice(0).forEach((off) => off());
});

/** A shopper with a cart of two simple products. */
async function withCart() {
  const shopper = rest.shopper();
  const cart = await createCartManager(shopper.storefront).add([{ productId: SIMPLE[0], quantity: 1 }, { productId: SIMPLE[1], quantity: 2 }]);
  rest.suite.sim.clearLog();
  return { ...shopper, cart };
}
const trips = () => rest.rest().map((e) => `${e.method} ${e.path.replace(/[\da-f]{8}-[\da-f-]{27}|(?<=consignments\/)\w+/g, ':id')}`);

describe('createCheckoutStore', () => {
  it('reads the checkout with the page includes on its first subscriber, once', async () => {
    const { storefront, cart } = await withCart();
    const $checkout = createCheckoutStore(storefront, cart.id);
    await tick(20);
    expect(trips()).toEqual([]);
    expect($checkout.get()).toEqual({ loading: true });
    offs.push($checkout.listen(() => {}), $checkout.listen(() => {}));
    const { data } = await settled($checkout);
    expect(data!.id).toBe(cart.id);
    expect(data!.cart.lineItems.physicalItems).toHaveLength(2);
    expect(trips()).toEqual(['GET /api/storefront/checkouts/:id']);
    expect(rest.rest()[0]!.query.include!.split(',')).toEqual([...CHECKOUT_PAGE_INCLUDES]);
  });

  it('runs checkout actions one after another, each given the checkout the one before left, and reads it again after each', async () => {
    const { storefront, cart } = await withCart();
    const $checkout = createCheckoutStore(storefront, cart.id);
    const values: unknown[] = [];
    offs.push($checkout.listen((value) => values.push(value)));
    await settled($checkout);
    const lines = cart.lineItems.physicalItems.map((l) => ({ itemId: l.id, quantity: l.quantity }));
    const seen: (number | undefined)[] = [];
    const [billed, shipped, chosen] = await Promise.all([
      $checkout.run((sf, id, checkout) => addBillingAddress(sf, id, ADDRESS, { version: checkout?.version })),
      $checkout.run((sf, id, checkout) => {
        seen.push(checkout?.version);
        return createConsignments(sf, id, [{ address: ADDRESS, lineItems: lines }], { version: checkout?.version });
      }),
      $checkout.run((sf, id, checkout) => {
        const consignment = checkout!.consignments[0]!;
        return selectShippingOption(sf, id, consignment.id, consignment.availableShippingOptions![0]!.id, { version: checkout!.version });
      }),
    ]);
    expect(billed.billingAddress).toMatchObject({ email: ADDRESS.email });
    expect(seen).toEqual([billed.version]);
    expect(shipped.consignments).toHaveLength(1);
    expect(chosen.consignments[0]!.selectedShippingOption).toBeTruthy();
    expect($checkout.get()).toEqual({ data: chosen, loading: false });
    expect(chosen).toEqual(await getCheckout(storefront, cart.id));
    expect(trips().slice(0, 6)).toEqual([
      'GET /api/storefront/checkouts/:id',
      'POST /api/storefront/checkouts/:id/billing-address',
      'GET /api/storefront/checkouts/:id',
      'POST /api/storefront/checkouts/:id/consignments',
      'GET /api/storefront/checkouts/:id',
      'PUT /api/storefront/checkouts/:id/consignments/:id',
    ]);
    expect(values.some((value) => (value as { loading: boolean }).loading)).toBe(true);
  });

  it('shows a refused action as its typed error and keeps the checkout; the next action still runs', async () => {
    const { storefront, cart } = await withCart();
    const $checkout = createCheckoutStore(storefront, cart.id);
    offs.push($checkout.listen(() => {}));
    const { data } = await settled($checkout);
    const refused = await rejectionOf($checkout.run((sf, id) => applyCoupon(sf, id, 'NO-SUCH-COUPON')));
    expect(refused).toMatchObject({ name: 'ValidationError', code: 'ERR_VALIDATION' });
    expect($checkout.get()).toEqual({ data, loading: false, error: refused });
    const next = await $checkout.run((sf, id, checkout) => addBillingAddress(sf, id, ADDRESS, { version: checkout?.version }));
    expect($checkout.get()).toEqual({ data: next, loading: false });
  });

  it('starts from a server-rendered checkout with no request; refresh() reads again', async () => {
    const { storefront, cart } = await withCart();
    const checkout = await getCheckout(storefront, cart.id);
    rest.suite.sim.clearLog();
    const $checkout = createCheckoutStore(storefront, cart.id, { checkout, include: ['cart.lineItems.physicalItems.options'] });
    offs.push($checkout.listen(() => {}));
    await tick(20);
    expect(trips()).toEqual([]);
    expect($checkout.get()).toEqual({ data: checkout, loading: false });
    await $checkout.refresh();
    expect(rest.rest()[0]!.query).toEqual({ include: 'cart.lineItems.physicalItems.options' });
  });
});

describe('createOrderStore', () => {
  it('reads the placed order once; another session sees NotFoundError', async () => {
    const { storefront, cart } = await withCart();
    const lines = cart.lineItems.physicalItems.map((l) => ({ itemId: l.id, quantity: l.quantity }));
    let checkout = await addBillingAddress(storefront, cart.id, ADDRESS);
    checkout = await createConsignments(storefront, cart.id, [{ address: ADDRESS, lineItems: lines }], { version: checkout.version });
    const consignment = checkout.consignments[0]!;
    await selectShippingOption(storefront, cart.id, consignment.id, consignment.availableShippingOptions![0]!.id);
    const orderId = rest.suite.sim.placeOrder(cart.id);
    rest.suite.sim.clearLog();

    const $order = createOrderStore(storefront, orderId, { include: ['lineItems'] });
    offs.push($order.listen(() => {}));
    const { data } = await settled($order);
    expect(data).toMatchObject({ orderId, cartId: cart.id, lineItems: { physicalItems: expect.any(Array) } });
    expect(trips()).toEqual([`GET /api/storefront/orders/${orderId}`]);
    expect(rest.rest()[0]!.query).toEqual({ include: 'lineItems' });
    $order.get();
    await tick(10);
    expect(trips()).toHaveLength(1);

    const $stranger = createOrderStore(rest.shopper().storefront, orderId);
    offs.push($stranger.listen(() => {}));
    expect(await settled($stranger)).toMatchObject({ loading: false, error: { name: 'NotFoundError', code: 'ERR_NOT_FOUND' } });
    const hydrated = createOrderStore(storefront, orderId, { order: data! });
    expect(hydrated.get()).toEqual({ data, loading: false });
  });
});
