// Each REST cart function end to end against the simulator; every request is contract-checked.
import { describe, expect, it } from 'vitest';
import { addCartItems, createCart, deleteCart, deleteCartItem, getCart, updateCartCurrency, updateCartItem } from '../../src/cart/cart-api';
import { rejectionOf } from './helpers';
import { SIMPLE, useRestSimulator } from './rest-helpers';

const rest = useRestSimulator();
const [A, B] = SIMPLE;

describe('REST cart functions against the simulator', () => {
  it('the contract check is live: a body the spec refuses is caught', async () => {
    const { fetch } = rest.shopper();
    await fetch(`${rest.suite.url}/api/storefront/carts`, { method: 'POST', body: JSON.stringify({ lineItems: 'two mugs' }) });
    expect(rest.sent.at(-1)!.problems).not.toEqual([]);
    rest.sent.length = 0;
  });

  it('a new shopper has no cart; createCart makes one that getCart then returns', async () => {
    const { storefront } = rest.shopper();
    expect(await getCart(storefront)).toBeNull();
    const cart = await createCart(storefront, { lineItems: [{ productId: A, quantity: 2 }] });
    expect(cart.id).toMatch(/^[\da-f-]{36}$/);
    expect(cart.lineItems.physicalItems).toMatchObject([{ productId: A, quantity: 2 }]);
    expect(cart.version).toEqual(expect.any(Number));
    expect(await getCart(storefront)).toEqual(cart);
    expect(rest.rest().map((e) => `${e.method} ${e.status}`)).toEqual(['GET 200', 'POST 200', 'GET 200']);
  });

  it('the cart belongs to the session: another shopper sees none and gets 404 on it', async () => {
    const one = rest.shopper();
    const two = rest.shopper();
    const cart = await createCart(one.storefront, { lineItems: [{ productId: A, quantity: 1 }] });
    expect(await getCart(two.storefront)).toBeNull();
    expect(await rejectionOf(addCartItems(two.storefront, cart.id, { lineItems: [{ productId: A, quantity: 1 }] }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('addCartItems merges a known product into its line and adds a new one, bumping the version', async () => {
    const { storefront } = rest.shopper();
    const cart = await createCart(storefront, { lineItems: [{ productId: A, quantity: 1 }] });
    const next = await addCartItems(storefront, cart.id, { lineItems: [{ productId: A, quantity: 2 }, { productId: B, quantity: 1 }] }, { version: cart.version });
    expect(next.lineItems.physicalItems.map((l) => [l.productId, l.quantity])).toEqual([[A, 3], [B, 1]]);
    expect(next.version).toBeGreaterThan(cart.version!);
  });

  it('include asks for line item options', async () => {
    const { storefront } = rest.shopper();
    const cart = await createCart(storefront, { lineItems: [{ productId: 108, variantId: 1016, quantity: 1 }] }, { include: ['lineItems.physicalItems.options'] });
    expect(cart.lineItems.physicalItems[0]!.options).toEqual([expect.objectContaining({ name: expect.any(String), value: expect.any(String) })]);
    expect(rest.rest()[0]!.query).toEqual({ include: 'lineItems.physicalItems.options' });
    const plain = await getCart(storefront);
    expect(plain!.lineItems.physicalItems[0]!.options).toBeUndefined();
  });

  it('updateCartItem changes the quantity or the variant', async () => {
    const { storefront } = rest.shopper();
    let cart = await createCart(storefront, { lineItems: [{ productId: 108, variantId: 1015, quantity: 1 }] });
    const line = cart.lineItems.physicalItems[0]!;
    cart = await updateCartItem(storefront, cart.id, line.id, { productId: 108, variantId: 1015, quantity: 4 }, { version: cart.version });
    expect(cart.lineItems.physicalItems[0]).toMatchObject({ id: line.id, quantity: 4, variantId: 1015 });
    cart = await updateCartItem(storefront, cart.id, line.id, { productId: 108, variantId: 1017, quantity: 4 }, { version: cart.version });
    expect(cart.lineItems.physicalItems[0]).toMatchObject({ quantity: 4, variantId: 1017 });
  });

  it('deleteCartItem removes a line; removing the last one deletes the cart', async () => {
    const { storefront } = rest.shopper();
    let cart = (await createCart(storefront, { lineItems: [{ productId: A, quantity: 1 }, { productId: B, quantity: 1 }] }))!;
    const [first, second] = cart.lineItems.physicalItems;
    cart = (await deleteCartItem(storefront, cart.id, first!.id, { version: cart.version }))!;
    expect(cart.lineItems.physicalItems.map((l) => l.productId)).toEqual([B]);
    expect(await deleteCartItem(storefront, cart.id, second!.id, { version: cart.version })).toBeNull();
    expect(await getCart(storefront)).toBeNull();
  });

  it('deleteCart deletes it; later calls on it get NotFoundError', async () => {
    const { storefront } = rest.shopper();
    const cart = await createCart(storefront, { lineItems: [{ productId: A, quantity: 1 }] });
    await deleteCart(storefront, cart.id);
    expect(await getCart(storefront)).toBeNull();
    expect(await rejectionOf(deleteCart(storefront, cart.id))).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404 });
  });

  it('updateCartCurrency switches to a transactional currency and refuses others', async () => {
    const { storefront } = rest.shopper();
    const cart = await createCart(storefront, { lineItems: [{ productId: A, quantity: 1 }] });
    expect((await updateCartCurrency(storefront, cart.id, 'EUR')).currency.code).toBe('EUR');
    expect((await getCart(storefront))!.currency.code).toBe('EUR');
    expect(await rejectionOf(updateCartCurrency(storefront, cart.id, 'GBP'))).toMatchObject({ code: 'ERR_VALIDATION', status: 422 });
    expect(await rejectionOf(updateCartCurrency(storefront, cart.id, 'JPY'))).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('gift certificates can be bought alone', async () => {
    const { storefront } = rest.shopper();
    const cart = await createCart(storefront, {
      giftCertificates: [{ name: 'Birthday', theme: 'Birthday', amount: 25, quantity: 1, sender: { name: 'A', email: 'a@example.com' }, recipient: { name: 'B', email: 'b@example.com' } }],
    });
    expect(cart.lineItems.giftCertificates).toMatchObject([{ amount: 25, theme: 'Birthday' }]);
  });
});

describe('REST cart functions: the store refuses', () => {
  it('a stale version: ConflictError, nothing applied', async () => {
    const { storefront } = rest.shopper();
    const cart = await createCart(storefront, { lineItems: [{ productId: A, quantity: 1 }] });
    await addCartItems(storefront, cart.id, { lineItems: [{ productId: A, quantity: 1 }] }, { version: cart.version });
    const error = await rejectionOf(addCartItems(storefront, cart.id, { lineItems: [{ productId: B, quantity: 1 }] }, { version: cart.version }));
    expect(error).toMatchObject({ code: 'ERR_CONFLICT', status: 409, operation: 'POST /carts/{cartId}/items' });
    expect((await getCart(storefront))!.lineItems.physicalItems.map((l) => [l.productId, l.quantity])).toEqual([[A, 2]]);
  });

  it('an unknown or unpurchasable product: ValidationError with the store title', async () => {
    const { storefront } = rest.shopper();
    const unknown = await rejectionOf(createCart(storefront, { lineItems: [{ productId: 99_999, quantity: 1 }] }));
    expect(unknown).toMatchObject({ code: 'ERR_VALIDATION', status: 422, title: 'Product not found' });
    expect(unknown.detail).toContain('99999');
    expect(unknown.message).not.toContain('99999');
    expect(await rejectionOf(createCart(storefront, { lineItems: [{ productId: 128, quantity: 1 }] }))).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(await rejectionOf(createCart(storefront, { lineItems: [{ productId: 108, quantity: 1 }] }))).toMatchObject({ code: 'ERR_VALIDATION', title: 'Missing required option' });
  });

  it('more than the stock: ValidationError', async () => {
    const { storefront } = rest.shopper();
    expect(await rejectionOf(createCart(storefront, { lineItems: [{ productId: 104, quantity: 4 }] }))).toMatchObject({ code: 'ERR_VALIDATION', status: 422 });
    expect(await getCart(storefront)).toBeNull();
  });

  it('bad input never reaches the simulator', async () => {
    const { storefront } = rest.shopper();
    const calls = [
      createCart(storefront, { lineItems: [{ productId: A, quantity: 0 }] }),
      createCart(storefront, { lineItems: [{ productId: A, quantity: 2.5 }] }),
      createCart(storefront, { lineItems: [{ productId: A, quantity: 1e9 }] }),
      addCartItems(storefront, 'not a cart', { lineItems: [{ productId: A, quantity: 1 }] }),
      deleteCartItem(storefront, '8a6b1c2d-0000-4000-8000-000000000000', '../../orders/1'),
    ];
    for (const call of calls) expect(await rejectionOf(call)).toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    expect(rest.rest()).toEqual([]);
  });
});
