// Contract: the simulator's REST Storefront API against BigCommerce's OpenAPI files. A full
// shopper journey touches every operation of carts, checkouts, orders and subscriptions; every
// request body is validated against its operation's request schema and every answer (errors
// included) against the response schema of its status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type RunningSimulator, type Simulator } from '../../src/simulator';
import { signInCookie } from '../integration/customer-session';
import { allOperations, findOperation, hasOpenApi, noteOpenApiSkipped, validateRequest, validateResponse } from './openapi';

if (!hasOpenApi) noteOpenApiSkipped('REST simulator against the OpenAPI files');

interface Exchange {
  operation: string;
  status: number;
  problems: string[];
}

describe.skipIf(!hasOpenApi)('REST simulator against the OpenAPI files', () => {
  let sim: Simulator;
  let running: RunningSimulator;
  const exchanges: Exchange[] = [];

  beforeAll(async () => {
    sim = createSimulator();
    running = await sim.listen();
  });
  afterAll(async () => {
    await running.close();
  });

  function shopper(cookie?: string) {
    let jar = cookie;
    return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
      const url = `/api/storefront${path}`;
      const { operationId = '?', template } = findOperation(method, url);
      const requestProblems = validateRequest(method, url, body).map((p) => `${p} (request)`);
      const headers: Record<string, string> = { Accept: 'application/vnd.bc.v1+json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (jar !== undefined) headers['Cookie'] = jar;
      const response = await fetch(`${running.url}${url}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      jar = response.headers.getSetCookie().map((c) => c.split(';', 1)[0] as string).find((c) => c.startsWith('SHOP_SESSION_TOKEN=')) ?? jar;
      const text = await response.text();
      const parsed: unknown = text === '' ? undefined : JSON.parse(text);
      const problems = [...requestProblems, ...validateResponse(method, url, response.status, parsed)];
      exchanges.push({ operation: `${operationId} ${method} ${template}`, status: response.status, problems });
      return { status: response.status, body: parsed };
    };
  }

  it('carries a shopper from an empty cart to a placed order through every operation', async () => {
    const call = shopper(await signInCookie(running.url, sim, 1));
    const address = { firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', address1: '1 Main St', city: 'Austin', stateOrProvinceCode: 'TX', countryCode: 'US', postalCode: '78751', phone: '+15125550100' };
    const gift = { name: 'Gift', amount: 20, quantity: 1, theme: 'General', sender: { name: 'Jane', email: 'jane@example.com' }, recipient: { name: 'Sam', email: 'sam@example.net' } };

    expect((await call('GET', '/carts')).body).toEqual([]);
    const created = await call('POST', '/carts?include=lineItems.physicalItems.options', { lineItems: [{ productId: 102, quantity: 2 }], giftCertificates: [gift], locale: 'en' });
    const id = created.body.id as string;
    await call('GET', `/carts/${id}?include=lineItems.digitalItems.options`);
    const added = await call('POST', `/carts/${id}/items`, { lineItems: [{ productId: 105, quantity: 1 }], version: 1 });
    const [towels, dish] = added.body.lineItems.physicalItems.map((l: { id: string }) => l.id) as string[];
    const giftId = added.body.lineItems.giftCertificates[0].id as string;
    await call('PUT', `/carts/${id}/items/${towels}`, { lineItem: { productId: 102, quantity: 3 }, version: 2 });
    await call('PUT', `/carts/${id}/items/${giftId}`, { giftCertificate: { ...gift, amount: 30 }, version: 3 });
    await call('POST', `/carts/${id}/currency`, { currencyCode: 'EUR' });
    await call('POST', `/carts/${id}/currency`, { currencyCode: 'USD' });
    await call('DELETE', `/carts/${id}/items/${giftId}`, {});

    const include = 'include=cart.lineItems.physicalItems.options,cart.lineItems.physicalItems.categoryNames,customer,customer.customerGroup,payments,promotions.banners,consignments.availableShippingOptions';
    await call('GET', `/checkouts/${id}?${include}`);
    await call('GET', `/checkout/${id}`);
    await call('PUT', `/checkouts/${id}`, { customerMessage: 'Leave at the door' });
    const billed = await call('POST', `/checkouts/${id}/billing-address`, address);
    await call('PUT', `/checkouts/${id}/billing-address/${billed.body.billingAddress.id}`, { ...address, city: 'Dallas' });
    const consigned = await call('POST', `/checkouts/${id}/consignments?include=consignments.availableShippingOptions`, [
      { address, lineItems: [{ itemId: towels, quantity: 3 }] },
      { shippingAddress: { ...address, countryCode: 'GB', stateOrProvinceCode: '' }, lineItems: [{ itemId: dish, quantity: 1 }] },
    ]);
    const [home, abroad] = consigned.body.consignments;
    await call('PUT', `/checkouts/${id}/consignments/${abroad.id}`, { shippingOptionId: abroad.availableShippingOptions[0].id });
    await call('DELETE', `/checkouts/${id}/consignments/${abroad.id}`, {});
    await call('PUT', `/checkouts/${id}/consignments/${home.id}`, { lineItems: [{ itemId: towels, quantity: 3 }, { itemId: dish, quantity: 1 }] });
    const options = await call('GET', `/checkouts/${id}`);
    await call('PUT', `/checkouts/${id}/consignments/${home.id}`, { shippingOptionId: options.body.consignments[0].availableShippingOptions[0].id });
    await call('POST', `/checkouts/${id}/coupons`, { couponCode: 'TAKE5' });
    await call('DELETE', `/checkouts/${id}/coupons/TAKE5`, {});
    await call('POST', `/checkouts/${id}/coupons`, { couponCode: 'SAVE10' });
    await call('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'GC-10-SIM' });
    await call('DELETE', `/checkouts/${id}/gift-certificates/GC-10-SIM`);
    await call('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'GC-10-SIM' });
    await call('POST', `/checkouts/${id}/store-credit`);
    await call('DELETE', `/checkouts/${id}/store-credit`);
    await call('POST', `/checkouts/${id}/store-credit`);
    await call('POST', `/checkouts/${id}/spam-protection`, { token: 'token-from-recaptcha' });
    await call('PUT', `/checkouts/${id}/carts/${id}/items/${dish}`, { lineItem: { productId: 105, quantity: 2 } });
    await call('POST', `/carts/${id}/items`, { lineItems: [{ productId: 107, quantity: 1 }] });
    const last = await call('GET', `/checkouts/${id}`);
    const extra = (last.body.cart.lineItems.physicalItems as { id: string; productId: number }[]).find((l) => l.productId === 107)?.id;
    await call('DELETE', `/checkouts/${id}/carts/${id}/items/${extra}`);
    const ready = await call('GET', `/checkouts/${id}`);
    expect(ready.body.outstandingBalance).toBeGreaterThan(0);

    const orderId = sim.placeOrder(id);
    await call('GET', `/orders/${orderId}?include=lineItems,billingAddress,coupons,currency,taxes,payments,consignments`);
    await call('GET', `/orders/${orderId}`);
    await call('POST', '/subscriptions', { email: 'jane@example.com', acceptsMarketingNewsletter: true, acceptsAbandonedCartEmails: false });

    // Carts that end: deleted whole, and emptied item by item (204 both ways).
    const other = shopper();
    const second = await other('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] });
    await other('DELETE', `/carts/${second.body.id}`);
    const third = await other('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] });
    expect((await other('DELETE', `/carts/${third.body.id}/items/${third.body.lineItems.physicalItems[0].id}`)).status).toBe(204);
    const fourth = await other('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] });
    expect((await other('DELETE', `/checkouts/${fourth.body.id}/carts/${fourth.body.id}/items/${fourth.body.lineItems.physicalItems[0].id}`)).status).toBe(204);
  });

  it('answers refusals in the documented error shapes', async () => {
    const call = shopper();
    const cart = await call('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] });
    const id = cart.body.id as string;
    const statuses = [
      (await call('POST', `/carts/${id}/items`, { lineItems: [{ productId: 105, quantity: 1 }], version: 42 })).status,
      (await call('PUT', `/checkouts/${id}`, { customerMessage: 'x', version: 42 })).status,
      (await call('POST', `/carts/${id}/items`, { lineItems: [{ productId: 103, quantity: 1 }] })).status,
      (await call('POST', `/checkouts/${id}/coupons`, { couponCode: 'NOPE' })).status,
      (await call('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'NOPE' })).status,
      (await call('POST', `/checkouts/${id}/store-credit`)).status,
      (await call('POST', `/checkouts/${id}/billing-address`, { countryCode: 'US', email: 'jane@example.com' })).status,
      (await call('POST', `/carts/${id}/currency`, { currencyCode: 'JPY' })).status,
      (await call('GET', '/checkouts/00000000-0000-0000-0000-000000000000')).status,
      (await call('GET', '/orders/123456')).status,
    ];
    expect(statuses).toEqual([409, 409, 422, 400, 404, 403, 403, 404, 404, 404]);
  });

  it('validated every exchange, and the journey covered every operation of the specs', () => {
    expect(exchanges.filter((e) => e.problems.length > 0)).toEqual([]);
    const covered = new Set(exchanges.map((e) => e.operation));
    const missing = allOperations().map((op) => `${op.operationId ?? '?'} ${op.method} ${op.template}`).filter((op) => !covered.has(op));
    expect(missing).toEqual([]);
    expect(exchanges.length).toBeGreaterThan(50);
  });
});
