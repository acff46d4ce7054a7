// REST Storefront checkouts end to end: the checkout is the cart (same id), billing address,
// consignments and shipping options per country, coupons, gift certificates, store credit,
// customer message, spam protection, includes and the singular `/checkout/{id}` alias.
import { describe, expect, it } from 'vitest';
import { signInCookie } from '../integration/customer-session';
import { GB_ADDRESS, restShopper, US_ADDRESS, useRestSimulator } from './rest-helpers';

const suite = useRestSimulator();

async function checkout(lineItems: unknown[] = [{ productId: 102, quantity: 2 }], cookie?: string) {
  const shopper = restShopper(suite.url, cookie);
  const { body } = await shopper.send('POST', '/carts', { lineItems });
  const items = body.lineItems.physicalItems.map((l: { id: string; quantity: number }) => ({ itemId: l.id, quantity: l.quantity }));
  return { shopper, id: body.id as string, items: items as { itemId: string; quantity: number }[] };
}

const descriptions = (consignment: { availableShippingOptions: { description: string; cost: number }[] }) =>
  consignment.availableShippingOptions.map((o) => [o.description, o.cost]);

describe('GET /checkouts/{id}', () => {
  it('is the cart as a checkout, also under /checkout/{id} with Accept: application/vnd.bc.v1+json', async () => {
    const { shopper, id } = await checkout();
    const plural = await shopper.get(`/checkouts/${id}`);
    expect(plural.body).toMatchObject({ id, cart: { id, cartAmount: 50 }, consignments: [], orderId: null, subtotal: 50, version: 1, channelId: 1 });
    const singular = await shopper.get(`/checkout/${id}?include=cart.lineItems.physicalItems.options,customer,payments,promotions.banners`, {
      headers: { Accept: 'application/vnd.bc.v1+json' },
    });
    expect(singular.status).toBe(200);
    expect(singular.body.cart.lineItems.physicalItems[0].options).toEqual([]);
    expect(singular.body.customer).toMatchObject({ id: 0, isGuest: true });
    expect(singular.body.promotions).toEqual([{ banners: [{ type: 'upsell', text: 'Spend $50.00 more to get free shipping within the United States.' }] }]);
  });
});

describe('billing address', () => {
  it('is created, then updated by id, and names the state and country', async () => {
    const { shopper, id } = await checkout();
    const created = await shopper.send('POST', `/checkouts/${id}/billing-address`, { ...US_ADDRESS, version: 1 });
    expect(created.body.billingAddress).toMatchObject({ firstName: 'Jane', stateOrProvince: 'Texas', country: 'United States', countryCode: 'US', email: 'shopper@example.net' });
    expect(created.body.cart.email).toBe('shopper@example.net');
    const addressId = created.body.billingAddress.id as string;
    expect(addressId).toMatch(/^[0-9a-f]{13}$/);
    const updated = await shopper.send('PUT', `/checkouts/${id}/billing-address/${addressId}`, { countryCode: 'US', city: 'Dallas', version: 2 });
    expect(updated.body.billingAddress).toMatchObject({ id: addressId, city: 'Dallas', firstName: 'Jane', email: 'shopper@example.net' });
    expect(updated.body.version).toBe(3);
    expect((await shopper.send('PUT', `/checkouts/${id}/billing-address/abc`, { countryCode: 'US' })).status).toBe(404);
  });

  it('keeps a country the store does not know with empty country fields, as the guide shows for "USA"', async () => {
    const { shopper, id } = await checkout();
    const created = await shopper.send('POST', `/checkouts/${id}/billing-address`, { ...US_ADDRESS, countryCode: 'USA' });
    expect(created.body.billingAddress).toMatchObject({ country: '', countryCode: '' });
  });
});

describe('consignments', () => {
  it('offers Standard 5 and Express 15 in the US, shipping free from 100, International 20 for GB, nothing elsewhere', async () => {
    const small = await checkout();
    const us = await small.shopper.send('POST', `/checkouts/${small.id}/consignments?include=consignments.availableShippingOptions`, [{ address: US_ADDRESS, lineItems: small.items }]);
    expect(descriptions(us.body.consignments[0])).toEqual([['Standard', 5], ['Express', 15]]);
    expect(us.body.consignments[0]).toMatchObject({ lineItemIds: [small.items[0]?.itemId], address: { countryCode: 'US' } });
    expect(us.body.consignments[0]).not.toHaveProperty('selectedShippingOption');

    const big = await checkout([{ productId: 102, quantity: 4 }]);
    const free = await big.shopper.send('POST', `/checkouts/${big.id}/consignments`, [{ address: US_ADDRESS, lineItems: big.items }]);
    expect(descriptions(free.body.consignments[0])).toEqual([['Free Shipping', 0], ['Standard', 5], ['Express', 15]]);

    const abroad = await checkout();
    const gb = await abroad.shopper.send('POST', `/checkouts/${abroad.id}/consignments`, [{ shippingAddress: GB_ADDRESS, lineItems: abroad.items }]);
    expect(descriptions(gb.body.consignments[0])).toEqual([['International', 20]]);
    const de = await abroad.shopper.send('PUT', `/checkouts/${abroad.id}/consignments/${gb.body.consignments[0].id}`, { address: { ...GB_ADDRESS, countryCode: 'DE' } });
    expect(descriptions(de.body.consignments[0])).toEqual([]);
  });

  it('selects an option (shippingCostTotal follows), clears it when the address changes, and refuses unknown options', async () => {
    const { shopper, id, items } = await checkout();
    const created = await shopper.send('POST', `/checkouts/${id}/consignments`, [{ address: US_ADDRESS, lineItems: items }]);
    const consignment = created.body.consignments[0];
    const express = consignment.availableShippingOptions.find((o: { description: string }) => o.description === 'Express');
    const selected = await shopper.send('PUT', `/checkouts/${id}/consignments/${consignment.id}?include=consignments.availableShippingOptions`, { shippingOptionId: express.id, version: 2 });
    expect(selected.body.consignments[0].selectedShippingOption).toMatchObject({ id: express.id, description: 'Express', cost: 15 });
    expect(selected.body).toMatchObject({ shippingCostTotal: 15, version: 3 });
    expect((await shopper.send('PUT', `/checkouts/${id}/consignments/${consignment.id}`, { shippingOptionId: 'nope' })).status).toBe(422);
    const both = await shopper.send('PUT', `/checkouts/${id}/consignments/${consignment.id}`, { address: GB_ADDRESS, shippingOptionId: express.id });
    expect(both.status).toBe(422);
    const moved = await shopper.send('PUT', `/checkouts/${id}/consignments/${consignment.id}`, { address: GB_ADDRESS });
    expect(moved.body.consignments[0]).not.toHaveProperty('selectedShippingOption');
    expect(moved.body.shippingCostTotal).toBe(0);
  });

  it('moves an item between consignments, and deletes a consignment', async () => {
    const { shopper, id, items } = await checkout([{ productId: 102, quantity: 1 }, { productId: 105, quantity: 1 }]);
    const [a, b] = items;
    const two = await shopper.send('POST', `/checkouts/${id}/consignments`, [{ address: US_ADDRESS, lineItems: [a] }, { address: GB_ADDRESS, lineItems: [b] }]);
    expect(two.body.consignments.map((c: { lineItemIds: string[] }) => c.lineItemIds)).toEqual([[a?.itemId], [b?.itemId]]);
    const merged = await shopper.send('PUT', `/checkouts/${id}/consignments/${two.body.consignments[0].id}`, { lineItems: [a, b] });
    expect(merged.body.consignments.map((c: { lineItemIds: string[] }) => c.lineItemIds)).toEqual([[a?.itemId, b?.itemId]]);
    const deleted = await shopper.send('DELETE', `/checkouts/${id}/consignments/${two.body.consignments[0].id}`);
    expect(deleted.body.consignments).toEqual([]);
    expect((await shopper.send('DELETE', `/checkouts/${id}/consignments/nope`)).status).toBe(404);
  });

  it('leaves available options out when an include list does not ask for them (with no include they are the default)', async () => {
    const { shopper, id, items } = await checkout();
    const created = await shopper.send('POST', `/checkouts/${id}/consignments?include=cart.lineItems.physicalItems.options`, [{ address: US_ADDRESS, lineItems: items }]);
    expect(created.body.consignments[0]).not.toHaveProperty('availableShippingOptions');
    expect((await shopper.get(`/checkouts/${id}`)).body.consignments[0].availableShippingOptions).toHaveLength(2);
  });

  it('drops removed items from consignments', async () => {
    const { shopper, id, items } = await checkout([{ productId: 102, quantity: 1 }, { productId: 105, quantity: 1 }]);
    await shopper.send('POST', `/checkouts/${id}/consignments`, [{ address: US_ADDRESS, lineItems: items }]);
    const after = await shopper.send('DELETE', `/checkouts/${id}/carts/${id}/items/${items[0]?.itemId}`);
    expect(after.status).toBe(200);
    expect(after.body.consignments[0].lineItemIds).toEqual([items[1]?.itemId]);
  });
});

describe('coupons, gift certificates and store credit', () => {
  it('applies a coupon case-insensitively (once) and removes it', async () => {
    const { shopper, id } = await checkout();
    const applied = await shopper.send('POST', `/checkouts/${id}/coupons`, { couponCode: 'save10' });
    expect(applied.body.coupons).toEqual([{ id: 1, code: 'SAVE10', displayName: '10% off the order total', couponType: 1, discountedAmount: 5 }]);
    expect(applied.body.cart.coupons).toEqual([{ id: 1, code: 'SAVE10', displayName: '10% off the order total', couponType: 'percentage_discount', discountedAmount: 5 }]);
    expect((await shopper.get(`/carts/${id}`)).body.coupons).toEqual([{ id: '1', code: 'SAVE10', displayName: '10% off the order total', couponType: 1, discountedAmount: 5 }]);
    const again = await shopper.send('POST', `/checkouts/${id}/coupons`, { couponCode: 'SAVE10' });
    expect(again.body).toMatchObject({ version: applied.body.version, coupons: [{ code: 'SAVE10' }] });
    const removed = await shopper.send('DELETE', `/checkouts/${id}/coupons/save10`, { version: applied.body.version });
    expect(removed.body).toMatchObject({ coupons: [], cart: { cartAmount: 50 } });
  });

  it('applies and removes a gift certificate as payment', async () => {
    const { shopper, id } = await checkout();
    const applied = await shopper.send('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'gc-10-sim' });
    expect(applied.body.giftCertificates).toEqual([{ code: 'GC-10-SIM', balance: 10, used: 10, remaining: 0, purchaseDate: '2025-03-01' }]);
    expect(applied.body.outstandingBalance).toBe(applied.body.grandTotal - 10);
    const removed = await shopper.send('DELETE', `/checkouts/${id}/gift-certificates/GC-10-SIM`);
    expect(removed.body).toMatchObject({ giftCertificates: [], outstandingBalance: removed.body.grandTotal });
  });

  it("applies a signed-in customer's store credit and removes it", async () => {
    const { shopper, id } = await checkout(undefined, await signInCookie(suite.url, suite.sim, 1));
    const applied = await shopper.send('POST', `/checkouts/${id}/store-credit`);
    expect(applied.body).toMatchObject({ isStoreCreditApplied: true, customer: { id: 1, isGuest: false, storeCredit: 25 } });
    // grandTotal 54 (50 + 8% tax); Jane's 25.00 credit pays part of it.
    expect([applied.body.grandTotal, applied.body.outstandingBalance]).toEqual([54, 29]);
    const removed = await shopper.send('DELETE', `/checkouts/${id}/store-credit`);
    expect(removed.body).toMatchObject({ isStoreCreditApplied: false, outstandingBalance: 54 });
  });
});

describe('customer message, spam protection and line items through the checkout', () => {
  it('sets the customer message with a version guard', async () => {
    const { shopper, id } = await checkout();
    const set = await shopper.send('PUT', `/checkouts/${id}`, { customerMessage: 'Leave by the door', version: 1 });
    expect(set.body).toMatchObject({ customerMessage: 'Leave by the door', version: 2 });
    expect((await shopper.send('PUT', `/checkouts/${id}`, { customerMessage: 'x', version: 1 })).status).toBe(409);
  });

  it('accepts a spam-protection token without changing the version', async () => {
    const { shopper, id } = await checkout();
    const checked = await shopper.send('POST', `/checkouts/${id}/spam-protection`, { token: 'recaptcha-token' });
    expect(checked.body).toMatchObject({ shouldExecuteSpamCheck: false, version: 1 });
  });

  it('updates a line item through /checkouts/{id}/carts/{cartId}/items/{itemId}', async () => {
    const { shopper, id, items } = await checkout();
    const updated = await shopper.send('PUT', `/checkouts/${id}/carts/${id}/items/${items[0]?.itemId}`, { lineItem: { productId: 102, quantity: 3 } });
    expect(updated.body).toMatchObject({ subtotal: 75, cart: { lineItems: { physicalItems: [{ quantity: 3 }] } } });
    const gone = await shopper.send('DELETE', `/checkouts/${id}/carts/${id}/items/${items[0]?.itemId}`);
    expect(gone.status).toBe(204);
  });
});
