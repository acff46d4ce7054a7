// Checkout, order and newsletter functions end to end against the simulator, contract-checked.
import { describe, expect, it } from 'vitest';
import { createCart } from '../../src/cart/cart-api';
import { addBillingAddress, updateBillingAddress } from '../../src/checkout/billing';
import { CHECKOUT_PAGE_INCLUDES, getCheckout, submitSpamToken, updateCustomerMessage } from '../../src/checkout/checkout-api';
import { createConsignments, deleteConsignment, selectShippingOption, updateConsignment } from '../../src/checkout/consignments';
import { subscribeToNewsletter } from '../../src/checkout/newsletter';
import { getOrder } from '../../src/checkout/orders';
import { applyCoupon, applyGiftCertificate, applyStoreCredit, removeCoupon, removeGiftCertificate, removeStoreCredit } from '../../src/checkout/payments';
import type { Storefront } from '../../src/config';
import { rejectionOf } from './helpers';
import { ADDRESS, SIMPLE, useRestSimulator } from './rest-helpers';

const rest = useRestSimulator();

/** A shopper with a cart of two simple products (1 + 2 units) and its checkout. */
const withCheckout = async (shopper = rest.shopper()) => {
  const cart = await createCart(shopper.storefront, { lineItems: [{ productId: SIMPLE[0], quantity: 1 }, { productId: SIMPLE[1], quantity: 2 }] });
  const lines = cart.lineItems.physicalItems.map((l) => ({ itemId: l.id, quantity: l.quantity }));
  return { ...shopper, checkout: await getCheckout(shopper.storefront, cart.id), lines };
};

/** Billing address, one consignment and its first shipping option: ready to be ordered. */
const readyToOrder = async (storefront: Storefront, id: string, lines: { itemId: string; quantity: number }[]) => {
  let checkout = await addBillingAddress(storefront, id, ADDRESS);
  checkout = await createConsignments(storefront, id, [{ address: ADDRESS, lineItems: lines }], { version: checkout.version });
  const consignment = checkout.consignments[0]!;
  return selectShippingOption(storefront, id, consignment.id, consignment.availableShippingOptions![0]!.id, { version: checkout.version });
};

describe('checkout against the simulator', () => {
  it('getCheckout reads the plural path with the checkout page includes', async () => {
    const { checkout } = await withCheckout();
    const get = rest.rest('GET').at(-1)!;
    expect(get.path).toBe(`/api/storefront/checkouts/${checkout.id}`);
    expect(get.query.include!.split(',')).toEqual([...CHECKOUT_PAGE_INCLUDES]);
    expect(checkout.cart.lineItems.physicalItems).toHaveLength(2);
    expect(checkout.grandTotal).toEqual(expect.any(Number));
    expect(checkout.customer).toMatchObject({ isGuest: true });
  });

  it('billing address: add, then update by its id; a guest must give an email', async () => {
    const { storefront, checkout } = await withCheckout();
    let next = await addBillingAddress(storefront, checkout.id, ADDRESS, { version: checkout.version });
    expect(next.billingAddress).toMatchObject({ firstName: 'Jane', city: 'Austin', countryCode: 'US', email: ADDRESS.email });
    next = await updateBillingAddress(storefront, checkout.id, next.billingAddress!.id!, { ...ADDRESS, city: 'Dallas' }, { version: next.version });
    expect(next.billingAddress).toMatchObject({ city: 'Dallas' });
    const taken = await rejectionOf(addBillingAddress(storefront, checkout.id, { ...ADDRESS, email: 'jane@example.com' }));
    expect(taken).toMatchObject({ code: 'ERR_UNAUTHORIZED', status: 403 });
  });

  it('consignments: create (with shipping options), select an option, change the address, delete', async () => {
    const { storefront, checkout, lines } = await withCheckout();
    let next = await createConsignments(storefront, checkout.id, [{ address: ADDRESS, lineItems: lines }], { version: checkout.version });
    const consignment = next.consignments[0]!;
    expect(consignment.lineItemIds).toEqual(lines.map((l) => l.itemId));
    expect(consignment.availableShippingOptions!.length).toBeGreaterThan(0);
    const option = consignment.availableShippingOptions!.at(-1)!;
    next = await selectShippingOption(storefront, checkout.id, consignment.id, option.id, { version: next.version });
    expect(next.consignments[0]!.selectedShippingOption).toMatchObject({ id: option.id });
    expect(next.shippingCostTotal).toBe(option.cost);
    next = await updateConsignment(storefront, checkout.id, consignment.id, { address: { ...ADDRESS, countryCode: 'CA', stateOrProvinceCode: 'ON', city: 'Toronto', postalCode: 'M5V 2T6' } }, { version: next.version });
    expect(next.consignments[0]!.address).toMatchObject({ countryCode: 'CA', city: 'Toronto' });
    next = await deleteConsignment(storefront, checkout.id, consignment.id, { version: next.version });
    expect(next.consignments).toEqual([]);
    expect(rest.rest('POST').at(-1)!.query).toMatchObject({ include: expect.stringContaining('consignments.availableShippingOptions') });
  });

  it('an option the consignment is not offered: ValidationError', async () => {
    const { storefront, checkout, lines } = await withCheckout();
    const next = await createConsignments(storefront, checkout.id, [{ address: ADDRESS, lineItems: lines }]);
    expect(await rejectionOf(selectShippingOption(storefront, checkout.id, next.consignments[0]!.id, 'no-such-option'))).toMatchObject({ code: 'ERR_VALIDATION', status: 422 });
  });

  it('coupons: apply (totals drop), remove; an invalid code is a ValidationError', async () => {
    const { storefront, checkout } = await withCheckout();
    const discounted = await applyCoupon(storefront, checkout.id, 'SAVE10', { version: checkout.version });
    expect(discounted.coupons).toMatchObject([{ code: 'SAVE10' }]);
    expect(discounted.grandTotal).toBeLessThan(checkout.grandTotal);
    const back = await removeCoupon(storefront, checkout.id, 'SAVE10', { version: discounted.version });
    expect(back.coupons).toEqual([]);
    expect(back.grandTotal).toBe(checkout.grandTotal);
    expect(await rejectionOf(applyCoupon(storefront, checkout.id, 'NOPE'))).toMatchObject({ code: 'ERR_VALIDATION', title: 'The coupon code you entered is not valid.' });
  });

  it('gift certificates: apply, remove; an unknown code is a NotFoundError', async () => {
    const { storefront, checkout } = await withCheckout();
    const paid = await applyGiftCertificate(storefront, checkout.id, 'GC-10-SIM');
    expect(paid.giftCertificates).toMatchObject([{ code: 'GC-10-SIM' }]);
    expect(paid.outstandingBalance).toBeCloseTo(checkout.grandTotal - 10, 2);
    expect((await removeGiftCertificate(storefront, checkout.id, 'GC-10-SIM')).giftCertificates).toEqual([]);
    expect(await rejectionOf(applyGiftCertificate(storefront, checkout.id, 'GC-NONE'))).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('store credit: refused for a guest, applied and removed for a signed-in customer', async () => {
    const guest = await withCheckout();
    expect(await rejectionOf(applyStoreCredit(guest.storefront, guest.checkout.id))).toMatchObject({ code: 'ERR_UNAUTHORIZED', status: 403 });
    const shopper = rest.shopper();
    await rest.signIn(shopper.fetch, 1); // jane@example.com, 25 of store credit
    const { storefront, checkout } = await withCheckout(shopper);
    const credited = await applyStoreCredit(storefront, checkout.id);
    expect(credited.isStoreCreditApplied).toBe(true);
    expect(credited.outstandingBalance).toBeCloseTo(checkout.grandTotal - 25, 2);
    expect((await removeStoreCredit(storefront, checkout.id)).isStoreCreditApplied).toBe(false);
  });

  it('customer message and spam token', async () => {
    const { storefront, checkout } = await withCheckout();
    expect((await updateCustomerMessage(storefront, checkout.id, 'Leave it at the door', { version: checkout.version })).customerMessage).toBe('Leave it at the door');
    expect((await submitSpamToken(storefront, checkout.id, 'recaptcha-token')).id).toBe(checkout.id);
    expect(rest.rest('POST').at(-1)!.path).toBe(`/api/storefront/checkouts/${checkout.id}/spam-protection`);
  });

  it('a stale version is refused with ConflictError', async () => {
    const { storefront, checkout } = await withCheckout();
    await updateCustomerMessage(storefront, checkout.id, 'first', { version: checkout.version });
    expect(await rejectionOf(applyCoupon(storefront, checkout.id, 'SAVE10', { version: checkout.version }))).toMatchObject({ code: 'ERR_CONFLICT', status: 409 });
  });
});

describe('orders and newsletter against the simulator', () => {
  it('an order placed from the checkout is read for the confirmation page; the cart is gone', async () => {
    const { storefront, checkout, lines } = await withCheckout();
    const ready = await readyToOrder(storefront, checkout.id, lines);
    const orderId = rest.suite.sim.placeOrder(checkout.id);
    const order = await getOrder(storefront, orderId, { include: ['consignments'] });
    expect(order).toMatchObject({ orderId, cartId: checkout.id, orderAmount: ready.grandTotal });
    expect(order.lineItems!.physicalItems.map((l) => l.quantity)).toEqual([1, 2]);
    expect(order.consignments).toBeDefined();
    expect(await rejectionOf(getCheckout(storefront, checkout.id))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect(await rejectionOf(getOrder(rest.shopper().storefront, orderId))).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('subscribeToNewsletter posts the email and consent', async () => {
    const { storefront } = rest.shopper();
    const subscription = await subscribeToNewsletter(storefront, 'news@example.org', { firstName: 'Ann', acceptsAbandonedCartEmails: false });
    expect(subscription).toMatchObject({ email: 'news@example.org', firstName: 'Ann', source: 'storefront' });
    expect(rest.sent.at(-1)!.body).toEqual({ email: 'news@example.org', acceptsMarketingNewsletter: true, firstName: 'Ann', acceptsAbandonedCartEmails: false });
  });

  it('bad addresses, emails and ids never reach the simulator', async () => {
    const { storefront } = rest.shopper();
    const id = '8a6b1c2d-0000-4000-8000-000000000000';
    const calls = [
      addBillingAddress(storefront, id, { ...ADDRESS, email: 'not-an-email' }),
      addBillingAddress(storefront, id, { ...ADDRESS, email: undefined as never }),
      addBillingAddress(storefront, id, { ...ADDRESS, countryCode: 'USA' }),
      addBillingAddress(storefront, id, { ...ADDRESS, city: '  ' }),
      createConsignments(storefront, id, [{ address: { ...ADDRESS, postalCode: '' }, lineItems: [{ itemId: 'x', quantity: 1 }] }]),
      createConsignments(storefront, id, [{ address: ADDRESS, lineItems: [] }]),
      updateConsignment(storefront, id, 'c1', { address: ADDRESS, shippingOptionId: 'o1' } as never),
      applyCoupon(storefront, id, ' '),
      updateCustomerMessage(storefront, id, 'x'.repeat(2001)),
      getOrder(storefront, 0),
      getOrder(storefront, 1.5),
      getCheckout(storefront, 'checkout/../../carts'),
      subscribeToNewsletter(storefront, 'a@b'),
    ];
    for (const call of calls) expect(await rejectionOf(call)).toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    expect(rest.rest()).toEqual([]);
  });
});
