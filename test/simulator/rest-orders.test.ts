// Orders (placed with `simulator.placeOrder`, as a payment step would) and newsletter subscriptions.
import { describe, expect, it } from 'vitest';
import { signInCookie } from '../integration/customer-session';
import { restShopper, US_ADDRESS, useRestSimulator } from './rest-helpers';

const suite = useRestSimulator();

async function readyCheckout(lineItems: unknown[], cookie?: string) {
  const shopper = restShopper(suite.url, cookie);
  const { body } = await shopper.send('POST', '/carts', { lineItems });
  const id = body.id as string;
  const items = body.lineItems.physicalItems.map((l: { id: string; quantity: number }) => ({ itemId: l.id, quantity: l.quantity }));
  await shopper.send('POST', `/checkouts/${id}/billing-address`, US_ADDRESS);
  const shipped = await shopper.send('POST', `/checkouts/${id}/consignments`, [{ address: US_ADDRESS, lineItems: items }]);
  const consignment = shipped.body.consignments[0];
  const standard = consignment.availableShippingOptions.find((o: { description: string }) => o.description === 'Standard');
  const checkout = (await shopper.send('PUT', `/checkouts/${id}/consignments/${consignment.id}`, { shippingOptionId: standard.id })).body;
  return { shopper, id, checkout };
}

describe('placeOrder and GET /orders/{id}', () => {
  it('turns the checkout into an order the session can read, and deletes the cart', async () => {
    const { shopper, id, checkout } = await readyCheckout([{ productId: 102, quantity: 2 }]);
    await shopper.send('PUT', `/checkouts/${id}`, { customerMessage: 'Ring twice' });
    const orderId = suite.sim.placeOrder(id);
    expect(orderId).toBeGreaterThanOrEqual(100);
    const order = await shopper.get(`/orders/${orderId}`);
    expect(order.status).toBe(200);
    // 50.00 + Standard 5.00 + tax 4.00 = 59.00.
    expect(order.body).toMatchObject({
      orderId, cartId: id, status: 'ORDER_STATUS_AWAITING_FULFILLMENT', customerId: 0, currency: { code: 'USD' },
      baseAmount: 50, orderAmount: 59, orderAmountAsInteger: 5900, shippingCostTotal: 5, taxTotal: 4,
      customerMessage: 'Ring twice', isComplete: true, billingAddress: { email: 'shopper@example.net', countryCode: 'US' },
      lineItems: { physicalItems: [{ productId: 102, quantity: 2, extendedSalePrice: 50 }], digitalItems: [], giftCertificates: [] },
    });
    expect(order.body.orderAmount).toBe(checkout.grandTotal);
    expect(order.body).not.toHaveProperty('consignments');
    expect((await shopper.get('/carts')).body).toEqual([]);
    expect((await shopper.get(`/checkouts/${id}`)).status).toBe(404);
  });

  it('adds consignments, payments and options when included', async () => {
    const { shopper, id } = await readyCheckout([{ productId: 105, quantity: 1 }]);
    await shopper.send('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'GC-10-SIM' });
    const orderId = suite.sim.placeOrder(id);
    const order = (await shopper.get(`/orders/${orderId}?include=consignments,payments,lineItems.physicalItems.options`)).body;
    expect(order.consignments.shipping).toEqual([
      expect.objectContaining({ lineItems: [{ id: 1 }], shippingMethod: 'Standard', baseCost: 5, countryCode: 'US', shippingZoneName: 'United States', itemsTotal: 1 }),
    ]);
    // 18.00 + 5.00 + 1.44 = 24.44: 10.00 by gift certificate, 14.44 by the (simulated) card.
    expect(order.payments).toEqual([
      { providerId: 'giftcertificate', description: 'Gift Certificate', amount: 10, detail: { code: 'GC-10-SIM', remaining: 0 } },
      { providerId: 'simulator', description: 'Simulated payment', amount: 14.44, detail: { step: 'FINALIZE', instructions: '' } },
    ]);
    expect(order.lineItems.physicalItems[0].options).toEqual([]);
  });

  it('spends stock, gift certificate balances and store credit', async () => {
    const cookie = await signInCookie(suite.url, suite.sim, 1);
    const { shopper, id } = await readyCheckout([{ productId: 104, quantity: 2 }], cookie);
    await shopper.send('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'GC-50-SIM' });
    await shopper.send('POST', `/checkouts/${id}/store-credit`);
    // 90.00 + 5.00 + 7.20 = 102.20: GC-50-SIM pays 50.00, Jane's credit 25.00, 27.20 remains.
    expect((await shopper.get(`/checkouts/${id}`)).body.outstandingBalance).toBe(27.2);
    suite.sim.placeOrder(id);
    expect(suite.sim.catalog.products.find((p) => p.id === 104)?.inventoryLevel).toBe(1);
    expect(suite.sim.catalog.customers.find((c) => c.id === 1)?.storeCredit).toBe(0);
    const next = await readyCheckout([{ productId: 104, quantity: 1 }]);
    const again = await next.shopper.send('POST', `/checkouts/${next.id}/gift-certificates`, { giftCertificateCode: 'GC-50-SIM' });
    expect(again.body).toMatchObject({ status: 422, title: 'This gift certificate has no remaining balance.' }); // spent to zero
    expect((await next.shopper.send('POST', `/carts/${next.id}/items`, { lineItems: [{ productId: 104, quantity: 1 }] })).status).toBe(422);
  });

  it('shows an order only to the session that placed it', async () => {
    const { id } = await readyCheckout([{ productId: 105, quantity: 1 }]);
    const orderId = suite.sim.placeOrder(id);
    const stranger = restShopper(suite.url);
    expect((await stranger.get(`/orders/${orderId}`)).status).toBe(404);
    expect((await stranger.get('/orders/999999')).status).toBe(404);
  });

  it('throws, naming what is missing, for a checkout that is not ready', async () => {
    const shopper = restShopper(suite.url);
    const { body } = await shopper.send('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] });
    expect(() => suite.sim.placeOrder(body.id)).toThrow(/no billing address; physical items without a consignment/);
    expect(() => suite.sim.placeOrder('nope')).toThrow(/no checkout nope/);
    expect((await shopper.get('/carts')).body).toHaveLength(1);
  });
});

describe('POST /subscriptions', () => {
  it('subscribes an email, and updates the same subscriber when it comes again', async () => {
    const shopper = restShopper(suite.url);
    const first = await shopper.send('POST', '/subscriptions', { email: 'news@example.net', firstName: 'Ann', source: 'footer', acceptsMarketingNewsletter: true });
    expect(first).toMatchObject({ status: 200, body: { email: 'news@example.net', firstName: 'Ann', lastName: '', source: 'footer', orderId: null, consents: [] } });
    const again = await shopper.send('POST', '/subscriptions', { email: 'NEWS@example.net', lastName: 'Lee' });
    expect(again.body).toMatchObject({ id: first.body.id, firstName: 'Ann', lastName: 'Lee' });
  });
});
