import { describe, expect, it } from 'vitest';
import { addCartItems, createCart, deleteCart, deleteCartItem, getCart, updateCartCurrency, updateCartItem } from '../../src/cart/cart-api';
import { isStorefrontError } from '../../src/errors';
import { rejectionOf } from '../integration/helpers';
import { fakeStore, json, storefrontOver } from './cart-fake-store';

const setup = () => {
  const store = fakeStore();
  return { store, storefront: storefrontOver(store.fetch) };
};

describe('cart functions: what crosses the wire', () => {
  it('getCart reads GET /carts with Accept JSON and no token, and answers null for no cart', async () => {
    const { store, storefront } = setup();
    expect(await getCart(storefront)).toBeNull();
    const [call] = store.calls;
    expect(call).toMatchObject({ method: 'GET', path: '/api/storefront/carts', query: '', body: undefined });
    expect(call!.headers.get('accept')).toBe('application/json');
    expect(call!.headers.get('authorization')).toBeNull();
  });

  it('createCart posts the lines; addCartItems sends the version and include', async () => {
    const { store, storefront } = setup();
    const created = await createCart(storefront, { lineItems: [{ productId: 1, quantity: 2 }] });
    expect(created.lineItems.physicalItems).toMatchObject([{ productId: 1, quantity: 2 }]);
    const added = await addCartItems(storefront, created.id, { lineItems: [{ productId: 2, variantId: 21, quantity: 1 }] }, {
      version: created.version,
      include: ['lineItems.physicalItems.options', 'lineItems.digitalItems.options'],
    });
    expect(added.version).toBe(created.version! + 1);
    expect(store.calls[0]).toMatchObject({ method: 'POST', path: '/api/storefront/carts', body: { lineItems: [{ productId: 1, quantity: 2 }] } });
    expect(store.calls[0]!.headers.get('content-type')).toBe('application/json');
    expect(store.calls[1]).toMatchObject({
      method: 'POST',
      path: `/api/storefront/carts/${created.id}/items`,
      query: '?include=lineItems.physicalItems.options,lineItems.digitalItems.options',
      body: { lineItems: [{ productId: 2, variantId: 21, quantity: 1 }], version: created.version },
    });
    expect(await getCart(storefront)).toEqual(added);
  });

  it('updateCartItem puts { lineItem, version }; deleteCartItem deletes with { version }', async () => {
    const { store, storefront } = setup();
    let cart = await createCart(storefront, { lineItems: [{ productId: 1, quantity: 1 }, { productId: 2, quantity: 1 }] });
    const [first, second] = cart.lineItems.physicalItems;
    cart = await updateCartItem(storefront, cart.id, first!.id, { productId: 1, quantity: 5 }, { version: cart.version });
    expect(store.calls[1]).toMatchObject({ method: 'PUT', path: `/api/storefront/carts/${cart.id}/items/${first!.id}`, body: { lineItem: { productId: 1, quantity: 5 }, version: 1 } });
    expect(cart.lineItems.physicalItems[0]!.quantity).toBe(5);
    cart = (await deleteCartItem(storefront, cart.id, second!.id, { version: cart.version }))!;
    expect(store.calls[2]).toMatchObject({ method: 'DELETE', body: { version: 2 } });
    expect(cart.lineItems.physicalItems).toHaveLength(1);
    // The last line takes the cart with it: a 204, read as null.
    expect(await deleteCartItem(storefront, cart.id, first!.id)).toBeNull();
    expect(store.cart()).toBeNull();
  });

  it('deleteCart sends DELETE without a body; updateCartCurrency posts the code and reads an array answer too', async () => {
    const { store, storefront } = setup();
    const cart = await createCart(storefront, { lineItems: [{ productId: 1, quantity: 1 }] });
    expect((await updateCartCurrency(storefront, cart.id, 'EUR')).currency.code).toBe('EUR');
    expect(store.calls[1]).toMatchObject({ method: 'POST', path: `/api/storefront/carts/${cart.id}/currency`, body: { currencyCode: 'EUR' } });
    store.fault('POST', /currency$/, json([{ ...store.cart(), currency: { code: 'GBP' } }]));
    expect((await updateCartCurrency(storefront, cart.id, 'GBP')).currency.code).toBe('GBP');
    await deleteCart(storefront, cart.id);
    expect(store.calls.at(-1)).toMatchObject({ method: 'DELETE', path: `/api/storefront/carts/${cart.id}`, body: undefined });
    expect(store.cart()).toBeNull();
  });
});

describe('cart functions: errors', () => {
  it('maps 409 to ConflictError and 404 to NotFoundError, naming the operation', async () => {
    const { storefront } = setup();
    const cart = await createCart(storefront, { lineItems: [{ productId: 1, quantity: 1 }] });
    const conflict = await rejectionOf(addCartItems(storefront, cart.id, { lineItems: [{ productId: 1, quantity: 1 }] }, { version: 0 }));
    expect(conflict).toMatchObject({ code: 'ERR_CONFLICT', status: 409, operation: 'POST /carts/{cartId}/items' });
    const missing = await rejectionOf(updateCartItem(storefront, cart.id, 'no-such-line', { productId: 1, quantity: 1 }));
    expect(missing).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, operation: 'PUT /carts/{cartId}/items/{itemId}' });
  });

  it('maps 422 to ValidationError with title and type; detail is readable but not in the message or JSON', async () => {
    const { storefront } = setup();
    const error = await rejectionOf(createCart(storefront, { lineItems: [{ productId: 99, quantity: 1 }] }));
    expect(isStorefrontError(error, 'ERR_VALIDATION')).toBe(true);
    expect(error).toMatchObject({ name: 'ValidationError', status: 422, title: 'Product 99 not found', retryable: false });
    expect(error.type).toMatch(/^https:/);
    expect(error.detail).toBe('secret detail');
    expect(error.message).toBe('POST /carts: HTTP 422 (Product 99 not found)');
    expect(JSON.stringify(error)).not.toContain('secret detail');
  });

  it('reads the first of { errors: [...] } on a 400', async () => {
    const { store, storefront } = setup();
    store.fault('GET', '/api/storefront/carts', json({ errors: [{ status: 400, title: 'Bad include', type: 't', detail: 'd' }] }, 400));
    expect(await rejectionOf(getCart(storefront))).toMatchObject({ code: 'ERR_VALIDATION', status: 400, title: 'Bad include', detail: 'd' });
  });

  it('answers MalformedResponseError for a body that is not JSON or not a cart', async () => {
    const { store, storefront } = setup();
    store.fault('GET', '/api/storefront/carts', new Response('[{"id": "x", "lin', { status: 200 }));
    expect(await rejectionOf(getCart(storefront))).toMatchObject({ code: 'ERR_MALFORMED_RESPONSE', operation: 'GET /carts' });
    store.fault('POST', '/api/storefront/carts', json({ id: 42 }));
    expect(await rejectionOf(createCart(storefront, { lineItems: [{ productId: 1, quantity: 1 }] }))).toMatchObject({ code: 'ERR_MALFORMED_RESPONSE' });
  });

  it('retries reads; sends a mutation once after a failure that may have landed', async () => {
    const { store, storefront } = setup();
    store.fault('GET', '/api/storefront/carts', 'network');
    expect(await getCart(storefront)).toBeNull();
    expect(store.count('GET')).toBe(2);
    for (const reply of ['network', json({}, 500), json({}, 504)] as const) store.fault('POST', '/api/storefront/carts', reply);
    for (const code of ['ERR_NETWORK', 'ERR_HTTP', 'ERR_HTTP']) {
      expect(await rejectionOf(createCart(storefront, { lineItems: [{ productId: 1, quantity: 1 }] }))).toMatchObject({ code });
    }
    expect(store.count('POST')).toBe(3);
    expect(store.cart()).toBeNull();
  });

  it('sends a mutation again after 429 or 503 (refused before any work), as long as the store asks', async () => {
    const { store, storefront } = setup();
    store.fault('POST', '/api/storefront/carts', json({}, 429, { 'X-Rate-Limit-Time-Reset-Ms': '20' }));
    store.fault('POST', '/api/storefront/carts', json({}, 503));
    const cart = await createCart(storefront, { lineItems: [{ productId: 1, quantity: 1 }] });
    expect(store.count('POST')).toBe(3);
    expect(store.cart()).toEqual(cart);
    for (let i = 0; i < 3; i++) store.fault('PUT', /items/, json({}, 503));
    const line = cart.lineItems.physicalItems[0]!.id;
    expect(await rejectionOf(updateCartItem(storefront, cart.id, line, { productId: 1, quantity: 2 }))).toMatchObject({ code: 'ERR_HTTP', status: 503 });
    expect(store.count('PUT')).toBe(3); // 1 + retry.retries (2)
    store.fault('DELETE', /items/, json({}, 429, { 'Retry-After': '60' }));
    expect(await rejectionOf(deleteCartItem(storefront, cart.id, line))).toMatchObject({ code: 'ERR_RATE_LIMITED', retryAfterMs: 60_000 });
    expect(store.count('DELETE')).toBe(1); // longer than maxDelayMs: refused at once
  });
});

describe('cart functions: bad input is refused before any request', () => {
  const cartId = '00000001-0000-4000-8000-000000000000';
  const bad: [string, (s: ReturnType<typeof setup>['storefront']) => Promise<unknown>, string][] = [
    ['quantity 0', (s) => createCart(s, { lineItems: [{ productId: 1, quantity: 0 }] }), 'lineItems[0].quantity'],
    ['quantity -1', (s) => addCartItems(s, cartId, { lineItems: [{ productId: 1, quantity: -1 }] }), 'lineItems[0].quantity'],
    ['quantity 1.5', (s) => updateCartItem(s, cartId, 'line-1', { productId: 1, quantity: 1.5 }), 'lineItem.quantity'],
    ['quantity 1e9', (s) => createCart(s, { lineItems: [{ productId: 1, quantity: 1e9 }] }), 'lineItems[0].quantity'],
    ['product id 0', (s) => createCart(s, { lineItems: [{ productId: 0, quantity: 1 }] }), 'lineItems[0].productId'],
    ['product id "7"', (s) => createCart(s, { lineItems: [{ productId: '7' as any, quantity: 1 }] }), 'lineItems[0].productId'],
    ['variant id 2.5', (s) => createCart(s, { lineItems: [{ productId: 1, variantId: 2.5, quantity: 1 }] }), 'lineItems[0].variantId'],
    ['no lines', (s) => createCart(s, { lineItems: [] }), 'items'],
    ['gift amount 0', (s) => createCart(s, { giftCertificates: [{ name: 'G', theme: 'General', amount: 0, quantity: 1, sender: { email: 'a@b.co' }, recipient: { email: 'c@d.co' } }] }), 'giftCertificates[0].amount'],
    ['gift email', (s) => createCart(s, { giftCertificates: [{ name: 'G', theme: 'General', amount: 5, quantity: 1, sender: { email: 'a@b' }, recipient: { email: 'c@d.co' } }] }), 'giftCertificates[0].sender.email'],
    ['cart id with a slash', (s) => addCartItems(s, '../orders/1', { lineItems: [{ productId: 1, quantity: 1 }] }), 'cartId'],
    ['cart id not a UUID', (s) => deleteCart(s, 'my cart'), 'cartId'],
    ['item id with a query', (s) => deleteCartItem(s, cartId, 'x?y=1'), 'itemId'],
    ['item id empty', (s) => deleteCartItem(s, cartId, ''), 'itemId'],
    ['currency code', (s) => updateCartCurrency(s, cartId, 'euro'), 'currencyCode'],
  ];
  it.each(bad)('%s', async (_, call, argument) => {
    const { store, storefront } = setup();
    const error = await rejectionOf(call(storefront));
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument });
    expect(store.calls).toHaveLength(0);
  });
});
