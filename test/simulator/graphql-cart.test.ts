// Cart mutations over real HTTP, as a headless site's server sends them (no session cookie):
// what each answers, how versions move, and how refusals come back.
import { describe, expect, it } from 'vitest';
import { GIFT_CERTIFICATE_INPUT, gqlShopper, lineItemFor } from './commerce-helpers';
import { useRestSimulator } from './rest-helpers';

const suite = useRestSimulator();
const client = () => gqlShopper(suite.url, suite.sim.token);

async function newCart(lineItems: unknown[] = [{ productEntityId: 105, quantity: 2 }], extra: Record<string, unknown> = {}) {
  const { cart } = (await client().data('TestCreateCart', { input: { lineItems, ...extra } })).cart.createCart;
  return cart;
}

describe('cart.createCart', () => {
  it('creates a priced cart at version 1 with the schema\'s ids and money', async () => {
    const cart = await newCart();
    expect(cart.entityId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Buffer.from(cart.id, 'base64').toString()).toBe(`Cart:${cart.entityId}`);
    expect(cart).toMatchObject({
      currencyCode: 'USD',
      isTaxIncluded: false,
      version: 1,
      locale: 'en',
      baseAmount: { currencyCode: 'USD', value: 36 },
      amount: { currencyCode: 'USD', value: 36 },
      discountedAmount: { currencyCode: 'USD', value: 0 },
    });
    expect(cart.createdAt.utc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(cart.lineItems.totalQuantity).toBe(2);
    expect(cart.lineItems.physicalItems).toEqual([
      expect.objectContaining({ productEntityId: 105, sku: 'CER-105', name: 'Ceramic Soap Dish', quantity: 2, path: expect.any(String) }),
    ]);
    expect(cart.lineItems.physicalItems[0].salePrice).toEqual({ currencyCode: 'USD', value: 18 });
    expect(cart.lineItems.physicalItems[0].extendedSalePrice).toEqual({ currencyCode: 'USD', value: 36 });
    expect(cart.lineItems.digitalItems).toEqual([]);
    expect(cart.lineItems.customItems).toEqual([]);
  });

  it('keeps every kind of chosen option, typed by the option\'s kind', async () => {
    const catalog = suite.sim.catalog;
    const cart = await newCart([117, 115, 134, 131, 135].map((id) => lineItemFor(catalog, id)));
    const types = cart.lineItems.physicalItems.flatMap((item: any) => item.selectedOptions.map((o: any) => o.__typename));
    expect(new Set(types)).toEqual(
      new Set([
        'CartSelectedMultipleChoiceOption',
        'CartSelectedCheckboxOption',
        'CartSelectedTextFieldOption',
        'CartSelectedNumberFieldOption',
        'CartSelectedDateFieldOption',
        'CartSelectedMultiLineTextFieldOption',
      ]),
    );
    const options = cart.lineItems.physicalItems.flatMap((item: any) => item.selectedOptions);
    expect(options).toContainEqual(expect.objectContaining({ __typename: 'CartSelectedNumberFieldOption', number: 2 }));
    expect(options).toContainEqual(expect.objectContaining({ __typename: 'CartSelectedDateFieldOption', date: { utc: '2026-06-01T00:00:00Z' } }));
    expect(options).toContainEqual(expect.objectContaining({ __typename: 'CartSelectedCheckboxOption', value: 'Yes' }));
  });

  it('takes a sku, a currency, a locale and gift certificates', async () => {
    const cart = await newCart([{ sku: 'CER-105', quantity: 1 }], { currencyCode: 'EUR', locale: 'fr', giftCertificates: [GIFT_CERTIFICATE_INPUT] });
    expect(cart.currencyCode).toBe('EUR');
    expect(cart.locale).toBe('fr');
    expect(cart.lineItems.physicalItems[0].productEntityId).toBe(105);
    expect(cart.lineItems.giftCertificates).toEqual([
      {
        entityId: expect.any(String),
        name: 'For Sam',
        theme: 'BIRTHDAY',
        amount: { currencyCode: 'EUR', value: expect.any(Number) },
        sender: GIFT_CERTIFICATE_INPUT.sender,
        recipient: GIFT_CERTIFICATE_INPUT.recipient,
        message: 'Happy birthday',
      },
    ]);
    expect(cart.lineItems.totalQuantity).toBe(2);
  });

  it.each([
    ['an unknown product', [{ productEntityId: 999, quantity: 1 }], 'INVALID_PRODUCT', /Product not found/],
    ['more than the stock', [{ productEntityId: 104, quantity: 4 }], 'INSUFFICIENT_STOCK', /don't have enough Bamboo Bath Mat stock/],
    ['a product that cannot be bought', [{ productEntityId: 128, quantity: 1 }], 'PRODUCT_NOT_PURCHASABLE', /cannot be purchased/],
    ['a zero quantity', [{ productEntityId: 105, quantity: 0 }], 'INVALID_ITEM_QUANTITY', /Invalid quantity/],
    ['a missing required option', [{ productEntityId: 135, quantity: 1 }], 'MODIFIER_OPTIONS_REQUIRED', /required/],
    ['an unknown sku', [{ sku: 'NOPE', quantity: 1 }], 'SKU_NOT_FOUND', /SKU NOPE/],
    ['no items at all', [], 'EMPTY_CART_CREATION', /at least one item/],
  ])('refuses %s with an error in errors[] and a null field', async (_what, lineItems, code, message) => {
    const reply = await client().run('TestCreateCart', { input: { lineItems } });
    expect(reply.status).toBe(200);
    expect(reply.data).toEqual({ cart: { createCart: null } });
    expect(reply.errors).toEqual([expect.objectContaining({ path: ['cart', 'createCart'], extensions: { code } })]);
    expect(reply.errors?.[0]?.message).toMatch(message);
  });

  it('refuses a display-only or unknown currency', async () => {
    const reply = await client().run('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 1 }], currencyCode: 'XYZ' } });
    expect(reply.data.cart.createCart).toBeNull();
    expect(reply.errors?.[0]?.message).toMatch(/cannot be used for a cart/);
  });
});

describe('cart line items and versions', () => {
  it('adds (merging the same configuration), updates and deletes items, one version each', async () => {
    const created = await newCart();
    const id = created.entityId;
    const added = (await client().data('TestAddCartLineItems', {
      input: { cartEntityId: id, version: 1, data: { lineItems: [{ productEntityId: 105, quantity: 1 }, { productEntityId: 109, quantity: 1 }] } },
    })).cart.addCartLineItems.cart;
    expect(added.version).toBe(2);
    expect(added.lineItems.physicalItems.map((i: any) => [i.productEntityId, i.quantity])).toEqual([[105, 3], [109, 1]]);

    const saucepan = added.lineItems.physicalItems[1].entityId;
    const updated = (await client().data('TestUpdateCartLineItem', {
      input: { cartEntityId: id, lineItemEntityId: saucepan, version: 2, data: { lineItem: { quantity: 2 } } },
    })).cart.updateCartLineItem.cart;
    expect(updated.version).toBe(3);
    expect(updated.lineItems.physicalItems[1]).toMatchObject({ entityId: saucepan, productEntityId: 109, quantity: 2 });

    const deleted = (await client().data('TestDeleteCartLineItem', { input: { cartEntityId: id, lineItemEntityId: saucepan, version: 3 } }))
      .cart.deleteCartLineItem;
    expect(deleted).toMatchObject({ deletedLineItemEntityId: saucepan, deletedCartEntityId: null });
    expect(deleted.cart.version).toBe(4);
    expect(deleted.cart.lineItems.physicalItems).toHaveLength(1);
  });

  it('keeps a line\'s options when an update names none, and checks stock on the new quantity', async () => {
    const catalog = suite.sim.catalog;
    const cart = await newCart([lineItemFor(catalog, 117), { productEntityId: 104, quantity: 1 }]);
    const [cushion, mat] = cart.lineItems.physicalItems;
    const updated = (await client().data('TestUpdateCartLineItem', {
      input: { cartEntityId: cart.entityId, lineItemEntityId: cushion.entityId, data: { lineItem: { quantity: 3 } } },
    })).cart.updateCartLineItem.cart;
    expect(updated.lineItems.physicalItems[0].selectedOptions).toEqual(cushion.selectedOptions);
    const refused = await client().run('TestUpdateCartLineItem', {
      input: { cartEntityId: cart.entityId, lineItemEntityId: mat.entityId, data: { lineItem: { quantity: 9 } } },
    });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'INSUFFICIENT_STOCK' });
    expect((await client().data('TestGetCart', { entityId: cart.entityId })).site.cart.version).toBe(2);
  });

  it('refuses a stale version with CART_CONFLICT and changes nothing', async () => {
    const cart = await newCart();
    await client().data('TestAddCartLineItems', { input: { cartEntityId: cart.entityId, data: { lineItems: [{ productEntityId: 109, quantity: 1 }] } } });
    const stale = await client().run('TestAddCartLineItems', {
      input: { cartEntityId: cart.entityId, version: 1, data: { lineItems: [{ productEntityId: 111, quantity: 1 }] } },
    });
    expect(stale.data.cart.addCartLineItems).toBeNull();
    expect(stale.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/possible conflict/), extensions: { code: 'CART_CONFLICT' } }),
    ]);
    for (const name of ['TestUpdateCartLineItem', 'TestDeleteCartLineItem'] as const) {
      const line = cart.lineItems.physicalItems[0].entityId;
      const input = { cartEntityId: cart.entityId, lineItemEntityId: line, version: 1, ...(name === 'TestUpdateCartLineItem' ? { data: { lineItem: { quantity: 1 } } } : {}) };
      expect((await client().run(name, { input })).errors?.[0]?.extensions).toEqual({ code: 'CART_CONFLICT' });
    }
    const now = (await client().data('TestGetCart', { entityId: cart.entityId })).site.cart;
    expect(now.version).toBe(2);
    expect(now.lineItems.physicalItems).toHaveLength(2);
  });

  it('updates a gift certificate line', async () => {
    const cart = await newCart([], { giftCertificates: [GIFT_CERTIFICATE_INPUT] });
    const gift = cart.lineItems.giftCertificates[0];
    const updated = (await client().data('TestUpdateCartLineItem', {
      input: { cartEntityId: cart.entityId, lineItemEntityId: gift.entityId, data: { giftCertificate: { ...GIFT_CERTIFICATE_INPUT, amount: 40, theme: 'GENERAL' } } },
    })).cart.updateCartLineItem.cart;
    expect(updated.lineItems.giftCertificates[0]).toMatchObject({ entityId: gift.entityId, theme: 'GENERAL', amount: { value: 40 } });
  });

  it('deletes the cart with its last item, as the REST API does', async () => {
    const cart = await newCart();
    const reply = (await client().data('TestDeleteCartLineItem', {
      input: { cartEntityId: cart.entityId, lineItemEntityId: cart.lineItems.physicalItems[0].entityId },
    })).cart.deleteCartLineItem;
    expect(reply).toEqual({ deletedLineItemEntityId: cart.lineItems.physicalItems[0].entityId, deletedCartEntityId: cart.entityId, cart: null });
    expect((await client().data('TestGetCart', { entityId: cart.entityId })).site.cart).toBeNull();
  });

  it('refuses unknown items and carts with ITEM_NOT_FOUND and CART_NOT_FOUND', async () => {
    const cart = await newCart();
    const item = await client().run('TestDeleteCartLineItem', { input: { cartEntityId: cart.entityId, lineItemEntityId: 'nope' } });
    expect(item.errors?.[0]?.extensions).toEqual({ code: 'ITEM_NOT_FOUND' });
    const missing = await client().run('TestAddCartLineItems', {
      input: { cartEntityId: '00000000-0000-4000-8000-000000000000', data: { lineItems: [{ productEntityId: 105, quantity: 1 }] } },
    });
    expect(missing.errors?.[0]).toMatchObject({ message: 'Cart 00000000-0000-4000-8000-000000000000 was not found.', extensions: { code: 'CART_NOT_FOUND' } });
  });
});

describe('cart.deleteCart and cart.updateCartCurrency', () => {
  it('deletes a cart; reading it afterwards answers null', async () => {
    const cart = await newCart();
    expect((await client().data('TestDeleteCart', { input: { cartEntityId: cart.entityId } })).cart.deleteCart).toEqual({ deletedCartEntityId: cart.entityId });
    expect((await client().data('TestGetCart', { entityId: cart.entityId })).site.cart).toBeNull();
    const again = await client().run('TestDeleteCart', { input: { cartEntityId: cart.entityId } });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'CART_NOT_FOUND' });
  });

  it('reprices the cart in another currency with a new version; a display currency is refused', async () => {
    const cart = await newCart();
    const euro = (await client().data('TestUpdateCartCurrency', { input: { cartEntityId: cart.entityId, data: { currencyCode: 'EUR' } } })).cart
      .updateCartCurrency.cart;
    expect(euro).toMatchObject({ currencyCode: 'EUR', version: 2, amount: { currencyCode: 'EUR' } });
    const currencies = suite.sim.catalog.currencies;
    const display = currencies.find((c) => !c.isTransactional);
    if (display) {
      const refused = await client().run('TestUpdateCartCurrency', { input: { cartEntityId: cart.entityId, data: { currencyCode: display.code } } });
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'CURRENCY_NOT_TRANSACTIONAL' });
    }
    const unknown = await client().run('TestUpdateCartCurrency', { input: { cartEntityId: cart.entityId, data: { currencyCode: 'XYZ' } } });
    expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'INVALID_CURRENCY' });
  });
});

describe('site.cart', () => {
  it('answers null for an unknown id and, without an id or session, for a guest', async () => {
    expect((await client().data('TestGetCart', { entityId: 'nope' })).site.cart).toBeNull();
    expect((await client().data('TestGetCart')).site.cart).toBeNull();
  });
});
