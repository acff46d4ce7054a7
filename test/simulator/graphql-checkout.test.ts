// Checkout mutations over real HTTP: addresses, consignments and shipping, coupons, gift
// certificates, the customer message and completeCheckout, with totals held to the REST checkout's.
import { describe, expect, it } from 'vitest';
import { US_ADDRESS_INPUT, gqlShopper } from './commerce-helpers';
import { restShopper, useRestSimulator } from './rest-helpers';

const suite = useRestSimulator();

/** A REST shopper and a GraphQL client sharing its session, with a cart of 2 soap dishes and a saucepan. */
async function checkoutFixture() {
  const rest = restShopper(suite.url);
  const created = await rest.send('POST', '/carts', { lineItems: [{ productId: 105, quantity: 2 }, { productId: 109, quantity: 1 }] });
  const gql = gqlShopper(suite.url, suite.sim.token, { jar: rest });
  const id = created.body.id as string;
  const lineIds = (created.body.lineItems.physicalItems as Array<{ id: string }>).map((item) => item.id);
  return { rest, gql, id, lineIds };
}

async function readyCheckout() {
  const f = await checkoutFixture();
  await f.gql.data('TestAddCheckoutBillingAddress', { input: { checkoutEntityId: f.id, data: { address: US_ADDRESS_INPUT } } });
  const shipped = (await f.gql.data('TestAddCheckoutShippingConsignments', {
    input: {
      checkoutEntityId: f.id,
      data: { consignments: [{ address: US_ADDRESS_INPUT, lineItems: f.lineIds.map((lineItemEntityId) => ({ lineItemEntityId, quantity: 1 })) }] },
    },
  })).checkout.addCheckoutShippingConsignments.checkout;
  const consignment = shipped.shippingConsignments[0];
  return { ...f, consignment };
}

describe('checkout billing address', () => {
  it('adds and updates the billing address, one version each, custom fields kept', async () => {
    const { gql, id } = await checkoutFixture();
    const added = (await gql.data('TestAddCheckoutBillingAddress', {
      input: { checkoutEntityId: id, version: 1, data: { address: { ...US_ADDRESS_INPUT, customFields: { texts: [{ fieldEntityId: 25, text: 'Gate code 12' }] } } } },
    })).checkout.addCheckoutBillingAddress.checkout;
    expect(added.version).toBe(2);
    expect(added.billingAddress).toMatchObject({
      entityId: expect.stringMatching(/^[0-9a-f]{13}$/),
      firstName: 'Jane',
      stateOrProvince: 'Texas',
      stateOrProvinceCode: 'TX',
      countryCode: 'US',
      customFields: [{ entityId: 25, text: 'Gate code 12' }],
    });
    const updated = (await gql.data('TestUpdateCheckoutBillingAddress', {
      input: { checkoutEntityId: id, addressEntityId: added.billingAddress.entityId, version: 2, data: { address: { ...US_ADDRESS_INPUT, city: 'Dallas' } } },
    })).checkout.updateCheckoutBillingAddress.checkout;
    expect(updated).toMatchObject({ version: 3, billingAddress: { entityId: added.billingAddress.entityId, city: 'Dallas' } });
  });

  it('refuses a guest using a registered email, an unknown address id and a stale version', async () => {
    const { gql, id } = await checkoutFixture();
    const taken = await gql.run('TestAddCheckoutBillingAddress', { input: { checkoutEntityId: id, data: { address: { ...US_ADDRESS_INPUT, email: 'jane@example.com' } } } });
    expect(taken.errors?.[0]?.message).toMatch(/associated with an account/);
    const unknown = await gql.run('TestUpdateCheckoutBillingAddress', { input: { checkoutEntityId: id, addressEntityId: 'nope', data: { address: US_ADDRESS_INPUT } } });
    expect(unknown.errors?.[0]?.message).toMatch(/Billing address nope was not found/);
    const stale = await gql.run('TestAddCheckoutBillingAddress', { input: { checkoutEntityId: id, version: 7, data: { address: US_ADDRESS_INPUT } } });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CART_CONFLICT' });
  });
});

describe('checkout consignments and shipping', () => {
  it('lists the shipping options of a consignment and selects one', async () => {
    const { gql, id, consignment } = await readyCheckout();
    expect(consignment.availableShippingOptions.map((o: any) => o.description)).toEqual(['Free Shipping', 'Standard', 'Express']);
    expect(consignment.selectedShippingOption).toBeNull();
    const express = consignment.availableShippingOptions.find((o: any) => o.description === 'Express');
    const selected = (await gql.data('TestSelectCheckoutShippingOption', {
      input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: express.entityId } },
    })).checkout.selectCheckoutShippingOption.checkout;
    expect(selected.shippingConsignments[0].selectedShippingOption).toMatchObject({ entityId: express.entityId, cost: { value: 15 } });
    expect(selected.shippingCostTotal.value).toBe(15);
    const refused = await gql.run('TestSelectCheckoutShippingOption', {
      input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: 'nope' } },
    });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'INVALID_SHIPPING_OPTION' });
  });

  it('updates a consignment (its selection is cleared) and deletes it', async () => {
    const { gql, id, consignment, lineIds } = await readyCheckout();
    const option = consignment.availableShippingOptions[0].entityId;
    await gql.data('TestSelectCheckoutShippingOption', { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: option } } });
    const moved = (await gql.data('TestUpdateCheckoutShippingConsignment', {
      input: {
        checkoutEntityId: id,
        consignmentEntityId: consignment.entityId,
        data: { consignment: { address: { ...US_ADDRESS_INPUT, countryCode: 'GB', stateOrProvinceCode: '' }, lineItems: [{ lineItemEntityId: lineIds[0], quantity: 1 }] } },
      },
    })).checkout.updateCheckoutShippingConsignment.checkout;
    expect(moved.shippingConsignments[0]).toMatchObject({ lineItemIds: [lineIds[0]], selectedShippingOption: null, address: { countryCode: 'GB' } });
    expect(moved.shippingConsignments[0].availableShippingOptions.map((o: any) => o.description)).toEqual(['International']);
    const deleted = (await gql.data('TestDeleteCheckoutConsignment', { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId } }))
      .checkout.deleteCheckoutConsignment.checkout;
    expect(deleted.shippingConsignments).toEqual([]);
    const gone = await gql.run('TestDeleteCheckoutConsignment', { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId } });
    expect(gone.errors?.[0]?.extensions).toEqual({ code: 'CONSIGNMENT_NOT_FOUND' });
  });

  it('refuses a consignment naming an item the cart does not have', async () => {
    const { gql, id } = await checkoutFixture();
    const reply = await gql.run('TestAddCheckoutShippingConsignments', {
      input: { checkoutEntityId: id, data: { consignments: [{ address: US_ADDRESS_INPUT, lineItems: [{ lineItemEntityId: 'nope', quantity: 1 }] }] } },
    });
    expect(reply.data.checkout.addCheckoutShippingConsignments).toBeNull();
    expect(reply.errors?.[0]).toMatchObject({ message: expect.stringMatching(/not a physical item/), extensions: { code: 'ITEM_NOT_FOUND' } });
  });
});

describe('coupons, gift certificates and totals', () => {
  it('applies SAVE10 and TAKE5, a gift certificate and shipping, with the REST checkout\'s totals', async () => {
    const { gql, rest, id, consignment } = await readyCheckout();
    const standard = consignment.availableShippingOptions.find((o: any) => o.description === 'Standard');
    await gql.data('TestApplyCheckoutCoupon', { input: { checkoutEntityId: id, data: { couponCode: 'save10' } } });
    await gql.data('TestApplyCheckoutCoupon', { input: { checkoutEntityId: id, data: { couponCode: 'TAKE5' } } });
    // Over 100.00 of merchandise ships free; Standard is still an option to choose.
    await gql.data('TestSelectCheckoutShippingOption', { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: standard.entityId } } });
    const checkout = (await gql.data('TestApplyCheckoutGiftCertificate', { input: { checkoutEntityId: id, data: { giftCertificateCode: 'GC-50-SIM' } } }))
      .checkout.applyCheckoutGiftCertificate.checkout;
    // In cents: SAVE10 takes 10 % of the merchandise, TAKE5 5.00, tax is 8 % of what is left,
    // shipping is added, and the gift certificate pays 50.00 of the grand total.
    const cents = (money: { value: number }): number => Math.round(money.value * 100);
    const subtotal = cents(checkout.subtotal);
    const save10 = Math.round(subtotal / 10);
    const tax = Math.round(((subtotal - save10 - 500) * 8) / 100);
    expect(checkout.coupons).toEqual([
      expect.objectContaining({ code: 'SAVE10', couponType: 'PERCENTAGE_DISCOUNT', discountedAmount: { currencyCode: 'USD', value: save10 / 100 } }),
      expect.objectContaining({ code: 'TAKE5', couponType: 'PER_TOTAL_DISCOUNT', discountedAmount: { currencyCode: 'USD', value: 5 } }),
    ]);
    expect(cents(checkout.shippingCostTotal)).toBe(500);
    expect(cents(checkout.taxTotal)).toBe(tax);
    expect(checkout.taxes).toEqual([{ name: 'Tax', amount: checkout.taxTotal }]);
    expect(cents(checkout.grandTotal)).toBe(subtotal - save10 - 500 + 500 + tax);
    expect(cents(checkout.outstandingBalance)).toBe(cents(checkout.grandTotal) - 5000);
    expect(checkout.giftCertificates).toEqual([
      { entityId: 1, code: 'GC-50-SIM', balance: { currencyCode: 'USD', value: 50 }, used: { currencyCode: 'USD', value: 50 }, remaining: { currencyCode: 'USD', value: 0 }, purchaseDate: { utc: '2025-01-15T00:00:00Z' } },
    ]);
    const viaRest = (await rest.get(`/checkouts/${id}`)).body;
    expect([viaRest.subtotal, viaRest.shippingCostTotal, viaRest.taxTotal, viaRest.grandTotal, viaRest.outstandingBalance]).toEqual([
      checkout.subtotal.value, checkout.shippingCostTotal.value, checkout.taxTotal.value, checkout.grandTotal.value, checkout.outstandingBalance.value,
    ]);
    expect(viaRest.version).toBe(checkout.version);
    expect(checkout.cart.version).toBe(checkout.version);
  });

  it('unapplies coupons and gift certificates; unknown codes are refused', async () => {
    const { gql, id } = await checkoutFixture();
    await gql.data('TestApplyCheckoutCoupon', { input: { checkoutEntityId: id, data: { couponCode: 'SAVE10' } } });
    await gql.data('TestApplyCheckoutGiftCertificate', { input: { checkoutEntityId: id, data: { giftCertificateCode: 'GC-10-SIM' } } });
    const without = (await gql.data('TestUnapplyCheckoutCoupon', { input: { checkoutEntityId: id, data: { couponCode: 'SAVE10' } } })).checkout.unapplyCheckoutCoupon.checkout;
    expect(without.coupons).toEqual([]);
    const plain = (await gql.data('TestUnapplyCheckoutGiftCertificate', { input: { checkoutEntityId: id, version: without.version, data: { giftCertificateCode: 'GC-10-SIM' } } }))
      .checkout.unapplyCheckoutGiftCertificate.checkout;
    expect(plain.giftCertificates).toEqual([]);
    expect(plain.version).toBe(without.version + 1);
    const badCoupon = await gql.run('TestApplyCheckoutCoupon', { input: { checkoutEntityId: id, data: { couponCode: 'FREEBIES' } } });
    expect(badCoupon.errors?.[0]).toMatchObject({ message: expect.stringMatching(/coupon code you entered is not valid/), extensions: { code: 'COUPON_INVALID' } });
    const badCertificate = await gql.run('TestApplyCheckoutGiftCertificate', { input: { checkoutEntityId: id, data: { giftCertificateCode: 'GC-NOPE' } } });
    expect(badCertificate.errors?.[0]?.message).toMatch(/Gift certificate code not found/);
    const empty = await gql.run('TestApplyCheckoutGiftCertificate', { input: { checkoutEntityId: id, data: { giftCertificateCode: 'GC-EMPTY-SIM' } } });
    expect(empty.errors?.[0]?.message).toMatch(/no remaining balance/);
    const notApplied = await gql.run('TestUnapplyCheckoutGiftCertificate', { input: { checkoutEntityId: id, data: { giftCertificateCode: 'GC-50-SIM' } } });
    expect(notApplied.errors?.[0]?.message).toMatch(/was not found/);
  });

  it('sets the customer message', async () => {
    const { gql, id } = await checkoutFixture();
    const checkout = (await gql.data('TestUpdateCheckoutCustomerMessage', { input: { checkoutEntityId: id, data: { message: 'Leave by the door' } } }))
      .checkout.updateCheckoutCustomerMessage.checkout;
    expect(checkout).toMatchObject({ customerMessage: 'Leave by the door', version: 2 });
  });
});

describe('checkout.completeCheckout', () => {
  it('lists what is missing instead of ordering, in errors of the result', async () => {
    const { gql, id } = await checkoutFixture();
    const result = (await gql.data('TestCompleteCheckout', { input: { checkoutEntityId: id } })).checkout.completeCheckout;
    expect(result).toEqual({
      orderEntityId: null,
      paymentAccessToken: null,
      errors: [
        { __typename: 'CheckoutBillingAddressError', code: 'INCOMPLETE_BILLING_ADDRESS', message: expect.any(String) },
        { __typename: 'CheckoutShippingConsignmentError', code: 'ITEM_MISSING_SHIPPING_ADDRESS', message: expect.any(String) },
      ],
    });
  });

  it('places the order: stock is taken, the cart is gone, the order is the session\'s', async () => {
    const { gql, rest, id, consignment } = await readyCheckout();
    await gql.data('TestSelectCheckoutShippingOption', {
      input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } },
    });
    const result = (await gql.data('TestCompleteCheckout', { input: { checkoutEntityId: id } })).checkout.completeCheckout;
    expect(result).toEqual({ orderEntityId: expect.any(Number), paymentAccessToken: expect.stringMatching(/^[0-9a-f]{48}$/), errors: [] });
    expect((await rest.get(`/orders/${result.orderEntityId}`)).status).toBe(200);
    expect((await rest.get('/carts')).body).toEqual([]);
    expect((await gql.data('TestGetCheckout', { entityId: id })).site.checkout).toBeNull();
    const again = await gql.run('TestCompleteCheckout', { input: { checkoutEntityId: id } });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'CART_NOT_FOUND' });
  });

  it('reports stock that ran out since the items were added as a CartError', async () => {
    const { gql, id, consignment } = await readyCheckout();
    await gql.data('TestSelectCheckoutShippingOption', {
      input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } },
    });
    const saucepan = suite.sim.catalog.products.find((p) => p.id === 109);
    if (!saucepan) throw new Error('no product 109');
    const before = { tracking: saucepan.inventoryTracking, level: saucepan.inventoryLevel };
    Object.assign(saucepan, { inventoryTracking: 'product', inventoryLevel: 0 });
    try {
      const result = (await gql.data('TestCompleteCheckout', { input: { checkoutEntityId: id } })).checkout.completeCheckout;
      expect(result.errors).toEqual([{ __typename: 'CartError', cartCode: 'INSUFFICIENT_STOCK', message: expect.any(String) }]);
    } finally {
      Object.assign(saucepan, { inventoryTracking: before.tracking, inventoryLevel: before.level });
    }
  });
});
