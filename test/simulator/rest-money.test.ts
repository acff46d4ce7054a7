// The money maths of carts and checkouts, against totals worked out by hand. Rules (pricing.ts):
// unit prices from the catalog (sale price wins; variant overrides), converted per unit; percent
// coupons per line, fixed coupons spread by line value; 8% tax on merchandise after coupons (not
// on shipping); grandTotal = subtotal − coupons + shipping + tax; gift certificates, then store
// credit, pay it down to outstandingBalance.
import { describe, expect, it } from 'vitest';
import { signInCookie } from '../integration/customer-session';
import { restShopper, US_ADDRESS, useRestSimulator } from './rest-helpers';

const suite = useRestSimulator();

async function checkoutWith(lineItems: unknown[], cookie?: string) {
  const shopper = restShopper(suite.url, cookie);
  const { body } = await shopper.send('POST', '/carts', { lineItems });
  const id = body.id as string;
  const items = body.lineItems.physicalItems.map((l: { id: string; quantity: number }) => ({ itemId: l.id, quantity: l.quantity }));
  const shipped = await shopper.send('POST', `/checkouts/${id}/consignments`, [{ address: US_ADDRESS, lineItems: items }]);
  const consignment = shipped.body.consignments[0];
  const pick = async (description: string) => {
    const option = consignment.availableShippingOptions.find((o: { description: string }) => o.description === description);
    return (await shopper.send('PUT', `/checkouts/${id}/consignments/${consignment.id}`, { shippingOptionId: option.id })).body;
  };
  return { shopper, id, pick };
}

const totals = (checkout: Record<string, any>) => ({
  subtotal: checkout.subtotal,
  coupons: checkout.coupons.map((c: { code: string; discountedAmount: number }) => [c.code, c.discountedAmount]),
  cartAmount: checkout.cart.cartAmount,
  shipping: checkout.shippingCostTotal,
  tax: checkout.taxTotal,
  grandTotal: checkout.grandTotal,
  outstandingBalance: checkout.outstandingBalance,
});

describe('checkout totals', () => {
  it('two coupons, standard shipping, tax and a gift certificate', async () => {
    // 102 ×2 at 25.00 (sale price of 32.00) = 50.00; 105 ×1 at 18.00 → subtotal 68.00.
    const { shopper, id, pick } = await checkoutWith([{ productId: 102, quantity: 2 }, { productId: 105, quantity: 1 }]);
    await pick('Standard'); // 5.00: merchandise 68.00 is under the 100.00 free-shipping threshold
    await shopper.send('POST', `/checkouts/${id}/coupons`, { couponCode: 'SAVE10' });
    const both = (await shopper.send('POST', `/checkouts/${id}/coupons`, { couponCode: 'TAKE5' })).body;
    // SAVE10: 10% per line = 5.00 + 1.80 = 6.80. TAKE5: 5.00 spread over what is left (45.00 and
    // 16.20): floor(500×4500/6120) = 367 and floor(500×1620/6120) = 132 cents, the spare cent to the
    // first line → 3.68 + 1.32. Coupons 11.80 → cartAmount 56.20. Tax 8% × 56.20 = 4.496 → 4.50.
    // grandTotal 68.00 − 11.80 + 5.00 + 4.50 = 65.70.
    expect(totals(both)).toEqual({
      subtotal: 68, coupons: [['SAVE10', 6.8], ['TAKE5', 5]], cartAmount: 56.2, shipping: 5, tax: 4.5, grandTotal: 65.7, outstandingBalance: 65.7,
    });
    expect(both.cart.lineItems.physicalItems.map((l: { couponAmount: number }) => l.couponAmount)).toEqual([8.68, 3.12]);
    expect(both.taxes).toEqual([{ name: 'Tax', amount: 4.5 }]);
    const paid = (await shopper.send('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'GC-10-SIM' })).body;
    expect(paid.outstandingBalance).toBe(55.7);
  });

  it('free shipping from 100.00 of merchandise, express when chosen', async () => {
    // 109 at its sale price 149.00: merchandise ≥ 100 → Free Shipping is offered first.
    const { pick } = await checkoutWith([{ productId: 109, quantity: 1 }]);
    const free = await pick('Free Shipping');
    // Tax 8% × 149.00 = 11.92; grandTotal 149.00 + 0 + 11.92 = 160.92.
    expect(totals(free)).toMatchObject({ subtotal: 149, shipping: 0, tax: 11.92, grandTotal: 160.92 });
    const express = await pick('Express');
    expect(totals(express)).toMatchObject({ shipping: 15, grandTotal: 175.92 });
  });

  it('a coupon cannot take more than the merchandise, and tax stays at zero then', async () => {
    // 120 at 9.99: TAKE5 takes 5.00 → 4.99 left; SAVE10 first took 1.00 (10% of 9.99 = 0.999 → 1.00).
    const { shopper, id } = await checkoutWith([{ productId: 120, quantity: 1 }]);
    await shopper.send('POST', `/checkouts/${id}/coupons`, { couponCode: 'SAVE10' });
    const both = (await shopper.send('POST', `/checkouts/${id}/coupons`, { couponCode: 'TAKE5' })).body;
    // 9.99 − 1.00 − 5.00 = 3.99; tax 8% × 3.99 = 0.3192 → 0.32; grandTotal 3.99 + 0.32 = 4.31 (no shipping chosen).
    expect(totals(both)).toMatchObject({ subtotal: 9.99, coupons: [['SAVE10', 1], ['TAKE5', 5]], cartAmount: 3.99, tax: 0.32, grandTotal: 4.31 });
  });

  it('store credit after gift certificates, never below zero', async () => {
    // Signed in as Jane (store credit 25.00). 105 ×1 = 18.00, Standard 5.00, tax 1.44 → 24.44.
    const { shopper, id, pick } = await checkoutWith([{ productId: 105, quantity: 1 }], await signInCookie(suite.url, suite.sim, 1));
    await pick('Standard');
    const gift = (await shopper.send('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'GC-10-SIM' })).body;
    expect([gift.grandTotal, gift.outstandingBalance]).toEqual([24.44, 14.44]);
    const credit = (await shopper.send('POST', `/checkouts/${id}/store-credit`)).body;
    // 14.44 left to pay; Jane's 25.00 covers it: outstanding 0.
    expect(credit.outstandingBalance).toBe(0);
  });

  it('converts every amount in a EUR cart: prices per unit, shipping, fixed coupons, gift certificates', async () => {
    const { shopper, id, pick } = await checkoutWith([{ productId: 102, quantity: 2 }]);
    await shopper.send('POST', `/carts/${id}/currency`, { currencyCode: 'EUR' });
    await shopper.send('POST', `/checkouts/${id}/coupons`, { couponCode: 'TAKE5' });
    const eur = await pick('Standard');
    // Rate 0.92: 25.00 → 23.00 ×2 = 46.00; TAKE5 5.00 → 4.60; Standard 5.00 → 4.60;
    // tax 8% × 41.40 = 3.312 → 3.31; grandTotal 46.00 − 4.60 + 4.60 + 3.31 = 49.31.
    expect(totals(eur)).toEqual({ subtotal: 46, coupons: [['TAKE5', 4.6]], cartAmount: 41.4, shipping: 4.6, tax: 3.31, grandTotal: 49.31, outstandingBalance: 49.31 });
    const paid = (await shopper.send('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'GC-10-SIM' })).body;
    // GC-10-SIM's 10.00 (store currency) is 9.20 in EUR.
    expect(paid.giftCertificates[0]).toMatchObject({ balance: 9.2, used: 9.2, remaining: 0 });
    expect(paid.outstandingBalance).toBe(40.11);
  });
});

describe('cart amounts', () => {
  it('baseAmount, cartAmount and extended prices add up line by line', async () => {
    const shopper = restShopper(suite.url);
    // 107 ×3 at 36.00 = 108.00; 105 ×2 at 18.00 = 36.00 → 144.00; no coupons or automatic discounts.
    const cart = (await shopper.send('POST', '/carts', { lineItems: [{ productId: 107, quantity: 3 }, { productId: 105, quantity: 2 }] })).body;
    expect(cart.lineItems.physicalItems.map((l: { extendedListPrice: number; extendedSalePrice: number }) => [l.extendedListPrice, l.extendedSalePrice])).toEqual([[108, 108], [36, 36]]);
    expect([cart.baseAmount, cart.cartAmount, cart.discountAmount]).toEqual([144, 144, 0]);
  });
});
