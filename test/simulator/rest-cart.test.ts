// REST Storefront carts end to end: a cookie-keyed session, line items, version and 409s, the
// last-item deletion, currency changes and includes. Every exchange is also held to the OpenAPI
// files by the shopper helper.
import { describe, expect, it } from 'vitest';
import { CONFLICT_TITLE } from '../../src/simulator/rest/errors';
import { restShopper, useRestSimulator, variantOf } from './rest-helpers';

const suite = useRestSimulator();
const STATUS_TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

async function newCart(lineItems: unknown[] = [{ productId: 102, quantity: 2 }]) {
  const shopper = restShopper(suite.url);
  const created = await shopper.send('POST', '/carts', { lineItems });
  expect(created.status).toBe(200);
  return { shopper, cart: created.body, id: created.body.id as string };
}

describe('GET /carts', () => {
  it('answers an empty array for a new shopper and sets an HttpOnly session cookie', async () => {
    const response = await fetch(`${suite.url}/api/storefront/carts`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect(response.headers.get('set-cookie')).toMatch(/^SHOP_SESSION_TOKEN=[0-9a-f]{32}; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("answers the session's cart, and only to that session", async () => {
    const { shopper, id } = await newCart();
    const mine = await shopper.get('/carts');
    expect(mine.body.map((c: { id: string }) => c.id)).toEqual([id]);
    const stranger = restShopper(suite.url);
    expect((await stranger.get('/carts')).body).toEqual([]);
    const peek = await stranger.get(`/carts/${id}`);
    expect(peek.status).toBe(404);
    expect(peek.body).toMatchObject({ status: 404, type: STATUS_TYPE });
  });
});

describe('POST /carts', () => {
  it('creates a cart with version 1 from product ids, reading prices from the catalog', async () => {
    const { cart } = await newCart([{ productId: 102, quantity: 2 }, { productId: 105, quantity: 1 }]);
    expect(cart).toMatchObject({ customerId: 0, currency: { code: 'USD', decimalPlaces: 2 }, baseAmount: 68, cartAmount: 68, version: 1, locale: 'en' });
    expect(cart.id).toMatch(/^[0-9a-f-]{36}$/);
    const [towels, dish] = cart.lineItems.physicalItems;
    expect(towels).toMatchObject({ productId: 102, quantity: 2, originalPrice: 32, listPrice: 25, salePrice: 25, extendedListPrice: 50, extendedSalePrice: 50, type: 'physical' });
    expect(dish).toMatchObject({ productId: 105, quantity: 1, listPrice: 18, extendedSalePrice: 18 });
    expect(towels).not.toHaveProperty('options');
  });

  it('picks a variant by variantId or by optionSelections, with the variant price override', async () => {
    const hand = variantOf(suite.sim, 101, ['Sage', 'Hand']);
    const sheet = variantOf(suite.sim, 101, ['Ivory', 'Bath Sheet']);
    const shopper = restShopper(suite.url);
    const created = await shopper.send('POST', '/carts?include=lineItems.physicalItems.options', {
      lineItems: [
        { productId: 101, quantity: 1, variantId: hand.variantId },
        { productId: 101, quantity: 1, optionSelections: sheet.optionSelections },
      ],
    });
    const [a, b] = created.body.lineItems.physicalItems;
    expect(a).toMatchObject({ variantId: hand.variantId, listPrice: 14, originalPrice: 14 });
    expect(b).toMatchObject({ variantId: sheet.variantId, listPrice: 39 });
    expect(a.options).toEqual([
      { name: 'Color', nameId: hand.optionSelections[0]?.optionId, value: 'Sage', valueId: hand.optionSelections[0]?.optionValue },
      { name: 'Size', nameId: hand.optionSelections[1]?.optionId, value: 'Hand', valueId: hand.optionSelections[1]?.optionValue },
    ]);
  });

  it('keeps modifiers as options and merges identical configurations into one line', async () => {
    const product = suite.sim.catalog.products.find((p) => p.id === 115);
    const engraving = product?.options[0]?.id as number;
    const { cart } = await newCart([
      { productId: 115, quantity: 1, optionSelections: [{ optionId: engraving, optionValue: 'For Sam' }] },
      { productId: 115, quantity: 2, optionSelections: [{ optionId: engraving, optionValue: 'For Sam' }] },
      { productId: 115, quantity: 1, optionSelections: [{ optionId: engraving, optionValue: 'For Alex' }] },
    ]);
    expect(cart.lineItems.physicalItems.map((l: { quantity: number }) => l.quantity)).toEqual([3, 1]);
  });

  it('takes gift certificates as line items (not taxable, no shipping)', async () => {
    const shopper = restShopper(suite.url);
    const created = await shopper.send('POST', '/carts', {
      giftCertificates: [{ name: '$25 gift', amount: 25, quantity: 2, theme: 'Birthday', message: 'Enjoy', sender: { name: 'Ann', email: 'ann@example.net' }, recipient: { name: 'Bo', email: 'bo@example.net' } }],
    });
    expect(created.status).toBe(200);
    expect(created.body.lineItems.giftCertificates).toEqual([
      expect.objectContaining({ name: '$25 gift', amount: 25, quantity: 2, taxable: false, theme: 'Birthday', type: 'giftCertificate' }),
    ]);
    expect(created.body.cartAmount).toBe(50);
  });

  it('accepts and ignores include values it does not know, as the real store does', async () => {
    const shopper = restShopper(suite.url);
    const created = await shopper.send('POST', '/carts?include=lineItems.physicalItems.socialMedia,whatever', { lineItems: [{ productId: 105, quantity: 1 }] });
    expect(created.status).toBe(200);
    expect((await shopper.get('/carts?include=nothing.known')).status).toBe(200);
    const digital = await shopper.get('/carts?include=lineItems.digitalItems.options');
    expect(digital.body[0].lineItems.physicalItems[0]).not.toHaveProperty('options');
  });
});

describe('cart items', () => {
  it('adds items (merging into an existing line) and increments the version on every change', async () => {
    const { shopper, id } = await newCart();
    const added = await shopper.send('POST', `/carts/${id}/items`, { lineItems: [{ productId: 102, quantity: 1 }, { productId: 105, quantity: 4 }], version: 1 });
    expect(added.status).toBe(200);
    expect(added.body.version).toBe(2);
    expect(added.body.lineItems.physicalItems.map((l: { productId: number; quantity: number }) => [l.productId, l.quantity])).toEqual([[102, 3], [105, 4]]);
    expect(added.body.cartAmount).toBe(3 * 25 + 4 * 18);
  });

  it('updates a quantity, and a variant in place', async () => {
    const bath = variantOf(suite.sim, 101, ['Ivory', 'Bath']);
    const hand = variantOf(suite.sim, 101, ['Ivory', 'Hand']);
    const { shopper, id, cart } = await newCart([{ productId: 101, quantity: 1, variantId: bath.variantId }]);
    const itemId = cart.lineItems.physicalItems[0].id as string;
    const more = await shopper.send('PUT', `/carts/${id}/items/${itemId}`, { lineItem: { productId: 101, quantity: 5 }, version: 1 });
    expect(more.body.lineItems.physicalItems[0]).toMatchObject({ id: itemId, quantity: 5, variantId: bath.variantId, extendedSalePrice: 120 });
    const swapped = await shopper.send('PUT', `/carts/${id}/items/${itemId}`, { lineItem: { productId: 101, variantId: hand.variantId, quantity: 2 } });
    expect(swapped.body.lineItems.physicalItems[0]).toMatchObject({ id: itemId, quantity: 2, variantId: hand.variantId, extendedSalePrice: 28 });
    expect(swapped.body.version).toBe(3);
  });

  it('removes an item; removing the last one deletes the cart (204, later reads 404 or [])', async () => {
    const { shopper, id, cart } = await newCart([{ productId: 102, quantity: 1 }, { productId: 105, quantity: 1 }]);
    const [first, second] = cart.lineItems.physicalItems.map((l: { id: string }) => l.id);
    const left = await shopper.send('DELETE', `/carts/${id}/items/${first}`, { version: 1 });
    expect(left.status).toBe(200);
    expect(left.body.lineItems.physicalItems.map((l: { id: string }) => l.id)).toEqual([second]);
    const gone = await shopper.send('DELETE', `/carts/${id}/items/${second}`);
    expect(gone.status).toBe(204);
    expect(gone.body).toBeUndefined();
    expect((await shopper.get(`/carts/${id}`)).status).toBe(404);
    expect((await shopper.get(`/checkouts/${id}`)).status).toBe(404);
    expect((await shopper.get('/carts')).body).toEqual([]);
  });

  it('answers 404 for an unknown item and an unknown cart', async () => {
    const { shopper, id } = await newCart();
    expect((await shopper.send('DELETE', `/carts/${id}/items/nope`)).status).toBe(404);
    expect((await shopper.send('POST', '/carts/00000000-0000-0000-0000-000000000000/items', { lineItems: [{ productId: 105, quantity: 1 }] })).status).toBe(404);
  });

  it('deletes a cart with DELETE /carts/{id}', async () => {
    const { shopper, id } = await newCart();
    const deleted = await shopper.send('DELETE', `/carts/${id}`);
    expect(deleted.status).toBe(204);
    expect((await shopper.get('/carts')).body).toEqual([]);
  });
});

describe('version conflicts', () => {
  it('answers 409 with BigCommerce\'s body to a stale version on every kind of write, changing nothing', async () => {
    const { shopper, id, cart } = await newCart();
    const itemId = cart.lineItems.physicalItems[0].id as string;
    const stale = [
      await shopper.send('POST', `/carts/${id}/items`, { lineItems: [{ productId: 105, quantity: 1 }], version: 7 }),
      await shopper.send('PUT', `/carts/${id}/items/${itemId}`, { lineItem: { productId: 102, quantity: 9 }, version: 0 }),
      await shopper.send('DELETE', `/carts/${id}/items/${itemId}`, { version: 2 }),
      await shopper.send('POST', `/checkouts/${id}/coupons`, { couponCode: 'SAVE10', version: 5 }),
    ];
    for (const reply of stale) {
      expect(reply.status).toBe(409);
      expect(reply.body).toEqual({ status: 409, title: CONFLICT_TITLE, type: STATUS_TYPE });
    }
    const after = await shopper.get(`/carts/${id}`);
    expect(after.body).toMatchObject({ version: 1, cartAmount: 50, coupons: [] });
  });

  it('accepts the current version and refuses it once another write moved it on', async () => {
    const { shopper, id } = await newCart();
    const first = await shopper.send('POST', `/carts/${id}/items`, { lineItems: [{ productId: 105, quantity: 1 }], version: 1 });
    const second = await shopper.send('POST', `/carts/${id}/items`, { lineItems: [{ productId: 105, quantity: 1 }], version: 1 });
    expect([first.status, second.status]).toEqual([200, 409]);
  });
});

describe('POST /carts/{id}/currency', () => {
  it('converts every price at the catalog rate and answers the cart in an array (carts.sf.yml getCarts)', async () => {
    const { shopper, id } = await newCart([{ productId: 102, quantity: 2 }, { productId: 105, quantity: 1 }]);
    const changed = await shopper.send('POST', `/carts/${id}/currency`, { currencyCode: 'EUR' });
    expect(changed.status).toBe(200);
    const [cart] = changed.body;
    // EUR rate 0.92: 25 → 23.00, 32 → 29.44, 18 → 16.56.
    expect(cart.currency).toEqual({ name: 'Euro', code: 'EUR', symbol: '€', decimalPlaces: 2 });
    expect(cart.lineItems.physicalItems.map((l: { listPrice: number; originalPrice: number }) => [l.listPrice, l.originalPrice])).toEqual([[23, 29.44], [16.56, 16.56]]);
    expect(cart.cartAmount).toBe(62.56);
    expect(cart.version).toBe(2);
    expect((await shopper.get('/carts')).body[0].currency.code).toBe('EUR');
  });

  it('refuses display-only (422) and unknown (404) currencies', async () => {
    const { shopper, id } = await newCart();
    expect((await shopper.send('POST', `/carts/${id}/currency`, { currencyCode: 'GBP' })).status).toBe(422);
    expect((await shopper.send('POST', `/carts/${id}/currency`, { currencyCode: 'JPY' })).status).toBe(404);
    expect((await shopper.get(`/carts/${id}`)).body).toMatchObject({ currency: { code: 'USD' }, version: 1 });
  });
});
