// Bad input to the REST endpoints: each refusal in BigCommerce's error body shape, with the
// status the simulator documents (400 malformed body, 422 refused content, 404 unknown resource),
// and nothing changed on the server.
import { describe, expect, it } from 'vitest';
import { MAX_LINE_QUANTITY } from '../../src/simulator/rest/line-items';
import { restShopper, useRestSimulator, US_ADDRESS, variantOf } from './rest-helpers';

const suite = useRestSimulator();
const TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';
const bad = { invalidRequest: true };

async function refused(path: string, body: unknown, status: number, method = 'POST', raw?: string) {
  const shopper = restShopper(suite.url);
  const reply = await shopper.send(method, path, body, raw === undefined ? bad : { ...bad, raw });
  expect(reply.status).toBe(status);
  expect(reply.body).toMatchObject({ status, type: TYPE, title: expect.any(String) });
  expect((await shopper.get('/carts')).body).toEqual([]);
  return reply.body as { title: string; detail?: string };
}

describe('line items', () => {
  it.each([0, -1, 1.5, MAX_LINE_QUANTITY + 1])('refuses quantity %s with 422', async (quantity) => {
    const body = await refused('/carts', { lineItems: [{ productId: 105, quantity }] }, 422);
    expect(body.title).toBe('Invalid quantity');
  });

  it('refuses a quantity that is not a number, and a productId that is not one, with 400', async () => {
    await refused('/carts', { lineItems: [{ productId: 105, quantity: '2' }] }, 400);
    await refused('/carts', { lineItems: [{ productId: '105', quantity: 2 }] }, 400);
  });

  it('refuses unknown, hidden, unavailable and price-hidden products with 422', async () => {
    expect((await refused('/carts', { lineItems: [{ productId: 99999, quantity: 1 }] }, 422)).title).toBe('Product not found');
    expect((await refused('/carts', { lineItems: [{ productId: 136, quantity: 1 }] }, 422)).title).toBe('Product not found');
    expect((await refused('/carts', { lineItems: [{ productId: 128, quantity: 1 }] }, 422)).title).toBe('This product cannot be purchased.');
  });

  it('refuses an unpurchasable variant, a variant of another product and missing required options', async () => {
    const copper = variantOf(suite.sim, 129, ['Copper', '1 gal']);
    expect((await refused('/carts', { lineItems: [{ productId: 129, quantity: 1, variantId: copper.variantId }] }, 422)).title).toBe(
      'This product cannot be purchased.',
    );
    await refused('/carts', { lineItems: [{ productId: 102, quantity: 1, variantId: copper.variantId }] }, 422);
    expect((await refused('/carts', { lineItems: [{ productId: 101, quantity: 1 }] }, 422)).title).toBe('Missing required option');
    await refused('/carts', { lineItems: [{ productId: 101, quantity: 1, optionSelections: [{ optionId: 1, optionValue: 999999 }] }] }, 422);
  });

  it('refuses more than the stock of a tracked product or variant, and more than the purchase limit', async () => {
    expect((await refused('/carts', { lineItems: [{ productId: 103, quantity: 1 }] }, 422)).title).toMatch(/don't have enough Linen Beach Towel stock/);
    expect((await refused('/carts', { lineItems: [{ productId: 104, quantity: 4 }] }, 422)).detail).toBe('Only 3 available.');
    const soldOut = variantOf(suite.sim, 101, ['Charcoal', 'Bath Sheet']);
    await refused('/carts', { lineItems: [{ productId: 101, quantity: 1, variantId: soldOut.variantId }] }, 422);
    expect((await refused('/carts', { lineItems: [{ productId: 119, quantity: 5 }] }, 422)).title).toMatch(/maximum of 4/);
  });

  it('counts what is already in the cart against stock when adding, and leaves the cart as it was', async () => {
    const shopper = restShopper(suite.url);
    const { body: cart } = await shopper.send('POST', '/carts', { lineItems: [{ productId: 104, quantity: 2 }] });
    const more = await shopper.send('POST', `/carts/${cart.id}/items`, { lineItems: [{ productId: 104, quantity: 2 }] });
    expect(more.status).toBe(422);
    const item = cart.lineItems.physicalItems[0].id;
    expect((await shopper.send('PUT', `/carts/${cart.id}/items/${item}`, { lineItem: { productId: 104, quantity: 4 } })).status).toBe(422);
    expect((await shopper.send('PUT', `/carts/${cart.id}/items/${item}`, { lineItem: { productId: 104, quantity: 0 } }, bad)).status).toBe(422);
    expect((await shopper.get(`/carts/${cart.id}`)).body).toMatchObject({ version: 1, lineItems: { physicalItems: [{ quantity: 2 }] } });
  });

  it('refuses bad gift certificates', async () => {
    const gift = { name: 'Gift', amount: 25, quantity: 1, theme: 'General', sender: { name: 'A', email: 'a@example.net' }, recipient: { name: 'B', email: 'b@example.net' } };
    await refused('/carts', { giftCertificates: [{ ...gift, theme: 'Halloween' }] }, 422);
    await refused('/carts', { giftCertificates: [{ ...gift, amount: 1001 }] }, 422);
    await refused('/carts', { giftCertificates: [{ ...gift, recipient: { name: 'B', email: 'not-an-email' } }] }, 422);
    await refused('/carts', { giftCertificates: [{ ...gift, sender: undefined }] }, 400);
  });
});

describe('request bodies', () => {
  it('answers 400 to malformed JSON, a non-object body and an empty cart request', async () => {
    expect((await refused('/carts', undefined, 400, 'POST', '{"lineItems": [')).detail).toBe('The request body is not valid JSON.');
    await refused('/carts', [1, 2], 400);
    await refused('/carts', { lineItems: [] }, 400);
  });

  it('answers 404 to unknown paths and 405 with Allow to unsupported methods', async () => {
    const shopper = restShopper(suite.url);
    const response = await fetch(`${suite.url}/api/storefront/wishlists`);
    expect(response.status).toBe(404);
    const wrong = await fetch(`${suite.url}/api/storefront/carts`, { method: 'PATCH' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
    expect(await wrong.json()).toMatchObject({ status: 405, type: TYPE });
    expect((await shopper.get('/orders/not-a-number')).status).toBe(404);
  });
});

describe('checkout input', () => {
  async function checkout() {
    const shopper = restShopper(suite.url);
    const { body } = await shopper.send('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] });
    return { shopper, id: body.id as string, itemId: body.lineItems.physicalItems[0].id as string };
  }

  it('refuses billing addresses without a country code, with a bad email, or with wrong types', async () => {
    const { shopper, id } = await checkout();
    const noCountry = await shopper.send('POST', `/checkouts/${id}/billing-address`, { ...US_ADDRESS, countryCode: undefined }, bad);
    expect(noCountry).toMatchObject({ status: 422, body: { title: 'Invalid address' } });
    const email = await shopper.send('POST', `/checkouts/${id}/billing-address`, { ...US_ADDRESS, email: 'jane@' });
    expect(email).toMatchObject({ status: 422, body: { title: 'Invalid email address' } });
    expect((await shopper.send('POST', `/checkouts/${id}/billing-address`, { ...US_ADDRESS, city: 42 }, bad)).status).toBe(400);
    expect((await shopper.get(`/checkouts/${id}`)).body).not.toHaveProperty('billingAddress');
  });

  it('requires a guest email, and sends a guest using a registered email to sign in (403)', async () => {
    const { shopper, id } = await checkout();
    expect((await shopper.send('POST', `/checkouts/${id}/billing-address`, { ...US_ADDRESS, email: undefined })).status).toBe(422);
    const taken = await shopper.send('POST', `/checkouts/${id}/billing-address`, { ...US_ADDRESS, email: 'Jane@Example.com' });
    expect(taken.status).toBe(403);
    expect(taken.body.title).toMatch(/must sign in/);
  });

  it('refuses consignments for items not in the cart, bad quantities and pickup', async () => {
    const { shopper, id, itemId } = await checkout();
    const consign = (lineItems: unknown, extra = {}) => shopper.send('POST', `/checkouts/${id}/consignments`, [{ address: US_ADDRESS, lineItems, ...extra }]);
    expect((await consign([{ itemId: 'nope', quantity: 1 }])).status).toBe(422);
    expect((await consign([{ itemId, quantity: 2 }])).status).toBe(422);
    expect((await consign([])).status).toBe(400);
    expect((await consign([{ itemId, quantity: 1 }], { pickupOption: { pickupMethodId: 1 } })).status).toBe(422);
    expect((await shopper.get(`/checkouts/${id}`)).body.consignments).toEqual([]);
  });

  it('refuses unknown coupons (400), unknown gift certificates (404), empty ones (422) and guest store credit (403)', async () => {
    const { shopper, id } = await checkout();
    const coupon = await shopper.send('POST', `/checkouts/${id}/coupons`, { couponCode: 'NOPE' });
    expect(coupon).toMatchObject({ status: 400, body: { status: 400, title: 'The coupon code you entered is not valid.', type: TYPE } });
    expect((await shopper.send('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'NOPE' })).status).toBe(404);
    expect((await shopper.send('POST', `/checkouts/${id}/gift-certificates`, { giftCertificateCode: 'GC-EMPTY-SIM' })).status).toBe(422);
    expect((await shopper.send('POST', `/checkouts/${id}/store-credit`)).status).toBe(403);
    expect((await shopper.send('DELETE', `/checkouts/${id}/coupons/SAVE10`)).status).toBe(404);
    const after = (await shopper.get(`/checkouts/${id}`)).body;
    expect(after).toMatchObject({ coupons: [], giftCertificates: [], isStoreCreditApplied: false, version: 1 });
  });

  it('limits the customer message to 2000 characters and needs a spam-protection token', async () => {
    const { shopper, id } = await checkout();
    expect((await shopper.send('PUT', `/checkouts/${id}`, { customerMessage: 'x'.repeat(2001) })).status).toBe(422);
    expect((await shopper.send('POST', `/checkouts/${id}/spam-protection`, { token: '' })).status).toBe(422);
  });
});

describe('newsletter', () => {
  it('refuses a missing (400) or malformed (422) email', async () => {
    const shopper = restShopper(suite.url);
    expect((await shopper.send('POST', '/subscriptions', {})).status).toBe(400);
    expect((await shopper.send('POST', '/subscriptions', { email: 'nobody' })).body).toMatchObject({ status: 422, title: 'Invalid email address' });
  });
});
