// The GraphQL cart transport against the simulator, from another origin: the REST and GraphQL
// views of one cart agree on what a UI shows, the store's refusals become the REST transport's
// error kinds, and no cookie crosses the wire.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoCart, createCartManager, createStorefront, graphqlCart, restCart, type Cart } from '../../src/index';
import { addCartItems, createCart, getCart } from '../../src/cart/cart-api';
import { recordingFetch, rejectionOf, useSimulator } from './helpers';
import { SIMPLE, shopperFetch, type SentRequest } from './rest-helpers';

const suite = useSimulator();
const [A, B] = SIMPLE;
const include = ['lineItems.physicalItems.options'] as const;
afterEach(() => void vi.unstubAllGlobals());

/** A headless page's storefront: plain fetch, no cookies, the store on another origin. */
const headless = () => {
  const wire = recordingFetch();
  return { storefront: suite.storefront({ fetch: wire.fetch, credentials: 'omit' }), wire };
};

/** What a cart UI reads of a cart: lines, options, prices, totals, currency, version. */
const shown = (cart: Cart | null) =>
  cart && {
    id: cart.id,
    version: cart.version,
    currency: cart.currency.code,
    amounts: [cart.baseAmount, cart.discountAmount, cart.cartAmount],
    isTaxIncluded: cart.isTaxIncluded,
    locale: cart.locale,
    times: [cart.createdTime, cart.updatedTime],
    lines: cart.lineItems.physicalItems.map((l) => ({
      id: l.id, productId: l.productId, variantId: l.variantId, sku: l.sku, name: l.name, brand: l.brand, url: l.url,
      quantity: l.quantity, type: l.type, isTaxable: l.isTaxable, options: l.options,
      prices: [l.listPrice, l.salePrice, l.originalPrice, l.extendedListPrice, l.extendedSalePrice, l.couponAmount, l.discountAmount],
    })),
    gifts: cart.lineItems.giftCertificates.map(({ id, name, amount, theme, sender, recipient, message, type }) => ({ id, name, amount, theme, sender, recipient, message, type })),
  };

const GIFT = { name: 'A gift', theme: 'Birthday' as const, amount: 25, quantity: 1, sender: { name: 'Sam', email: 'sam@example.net' }, recipient: { name: 'Jo', email: 'jo@example.net' }, message: 'Enjoy' };

describe('graphqlCart: the same cart as REST shows it', () => {
  it('a cart made over REST reads the same over GraphQL, options included (or left out) as asked', async () => {
    const sent: SentRequest[] = [];
    const storefront = suite.storefront({ fetch: shopperFetch(sent).fetch });
    const made = await createCart(storefront, {
      lineItems: [{ productId: 108, variantId: 1016, quantity: 2 }, { productId: 115, quantity: 1, optionSelections: [{ optionId: 106, optionValue: 'For Sam' }] }, { productId: A, quantity: 3 }],
      giftCertificates: [GIFT],
    });
    const viaRest = await getCart(storefront, { include });
    const { storefront: other } = headless();
    const viaGraphql = await graphqlCart.load(other, include, made.id);
    expect(shown(viaGraphql)).toEqual(shown(viaRest));
    expect(viaGraphql!.lineItems.physicalItems.some((l) => l.options?.length)).toBe(true);
    const plain = await graphqlCart.load(other, undefined, made.id);
    expect(shown(plain)).toEqual(shown(await getCart(storefront)));
    expect(plain!.lineItems.physicalItems.every((l) => l.options === undefined)).toBe(true);
  });

  it('a cart changed over GraphQL reads back the same, after every kind of change', async () => {
    const { storefront } = headless();
    const manager = createCartManager(storefront, { transport: graphqlCart, include });
    const lineOf = (cart: Cart, productId: number) => cart.lineItems.physicalItems.find((l) => l.productId === productId)!.id;
    let cart = await manager.add([{ productId: 115, quantity: 1, optionSelections: [{ optionId: 106, optionValue: 'For Jo' }] }, { productId: A, quantity: 1 }]);
    cart = await manager.add({ lineItems: [{ productId: B, quantity: 2 }], giftCertificates: [GIFT] });
    cart = (await manager.update(lineOf(cart, 115), 3))!;
    cart = (await manager.remove(lineOf(cart, A)))!;
    // A quantity change kept the text field's value.
    expect(cart.lineItems.physicalItems.find((l) => l.productId === 115)!.options).toEqual([expect.objectContaining({ nameId: 106, value: 'For Jo' })]);
    expect(await graphqlCart.load(storefront, include, cart.id)).toEqual(cart);
    expect(suite.graphql().map((e) => e.operationName)).toEqual(['CreateCart', 'AddCartLineItems', 'UpdateCartLineItem', 'DeleteCartLineItem', 'CartById']);
  });

  it('sends no cookie, names each operation, and carries the token and version', async () => {
    const { storefront, wire } = headless();
    const manager = createCartManager(storefront, { transport: graphqlCart });
    const cart = await manager.add({ productId: A, quantity: 1 });
    await manager.add({ productId: A, quantity: 1 });
    expect(wire.requests.map((r) => [r.url, r.body.operationName])).toEqual([
      [storefront.graphqlUrl, 'CreateCart'],
      [storefront.graphqlUrl, 'AddCartLineItems'],
    ]);
    for (const r of wire.requests) {
      expect(r.headers.get('cookie')).toBeNull();
      expect(r.headers.get('authorization')).toBe(`Bearer ${suite.sim.token}`);
    }
    expect(wire.requests[1]!.body.variables).toMatchObject({ input: { cartEntityId: cart.id, version: cart.version } });
    expect(suite.sim.requests().filter((e) => e.route === 'rest-storefront')).toEqual([]);
  });
});

describe('graphqlCart: refusals as the REST kinds', () => {
  it('a stale version: ConflictError; the manager replays it once on the reloaded cart', async () => {
    const { storefront } = headless();
    const cart = (await graphqlCart.send(storefront, undefined, { kind: 'add', parts: [{ lineItems: [{ productId: A, quantity: 1 }] }], waiters: [] }, null))!;
    await graphqlCart.send(storefront, undefined, { kind: 'add', parts: [{ lineItems: [{ productId: A, quantity: 1 }] }], waiters: [] }, cart);
    const error = await rejectionOf(graphqlCart.send(storefront, undefined, { kind: 'add', parts: [{ lineItems: [{ productId: B, quantity: 1 }] }], waiters: [] }, cart));
    expect(error).toMatchObject({ name: 'ConflictError', code: 'ERR_CONFLICT', operation: 'AddCartLineItems' });
    expect(error.cause).toMatchObject({ code: 'ERR_GRAPHQL', errors: [expect.objectContaining({ code: 'CART_CONFLICT' })] });
    const manager = createCartManager(storefront, { transport: graphqlCart, cart });
    const after = await manager.add({ productId: B, quantity: 1 });
    expect(after.lineItems.physicalItems.map((l) => [l.productId, l.quantity])).toEqual([[A, 2], [B, 1]]);
    expect(suite.graphql().slice(-3).map((e) => e.operationName)).toEqual(['AddCartLineItems', 'CartById', 'AddCartLineItems']);
  });

  it('a cart that is gone: load finds none, a change is NotFoundError, an add starts a new cart', async () => {
    const { storefront } = headless();
    expect(await graphqlCart.load(storefront, undefined, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await graphqlCart.load(storefront, undefined, null)).toBeNull();
    expect(suite.graphql()).toHaveLength(1);
    const manager = createCartManager(storefront, { transport: graphqlCart });
    const cart = await manager.add({ productId: A, quantity: 1 });
    await graphqlCart.send(storefront, undefined, { kind: 'clear', waiters: [] }, cart);
    const error = await rejectionOf(graphqlCart.send(storefront, undefined, { kind: 'add', parts: [{ lineItems: [{ productId: A, quantity: 1 }] }], waiters: [] }, cart));
    expect(error).toMatchObject({ name: 'NotFoundError', code: 'ERR_NOT_FOUND' });
    const fresh = await manager.add({ productId: B, quantity: 1 });
    expect(fresh.id).not.toBe(cart.id);
    expect(fresh.lineItems.physicalItems.map((l) => [l.productId, l.quantity])).toEqual([[B, 1]]);
  });

  it('out of stock or an unknown product: ValidationError with the store message and code', async () => {
    const { storefront } = headless();
    const stock = await rejectionOf(createCartManager(storefront, { transport: graphqlCart, cart: null }).add({ productId: 104, quantity: 4 }));
    expect(stock).toMatchObject({ name: 'ValidationError', code: 'ERR_VALIDATION', type: 'INSUFFICIENT_STOCK', operation: 'CreateCart' });
    expect(stock.title).toMatch(/stock/);
    expect(stock.message).toMatch(/^CreateCart: refused \(/);
    const unknown = await rejectionOf(createCartManager(storefront, { transport: graphqlCart, cart: null }).add({ productId: 99_999, quantity: 1 }));
    expect(unknown).toMatchObject({ code: 'ERR_VALIDATION', type: 'INVALID_PRODUCT' });
  });

  it('a bad token: UnauthorizedError, as from every GraphQL call', async () => {
    const storefront = createStorefront({ storeUrl: suite.url, token: 'not-the-token', retry: false });
    expect(await rejectionOf(graphqlCart.load(storefront, undefined, '00000000-0000-4000-8000-000000000000'))).toMatchObject({ code: 'ERR_UNAUTHORIZED' });
  });
});

describe('autoCart', () => {
  it('goes over REST on the store origin and over GraphQL elsewhere, decided when used', async () => {
    const sent: SentRequest[] = [];
    const storefront = suite.storefront({ fetch: shopperFetch(sent).fetch });
    vi.stubGlobal('location', { origin: storefront.storeOrigin });
    await createCartManager(storefront, { transport: autoCart }).add({ productId: A, quantity: 1 });
    expect(sent.map((r) => r.method)).toEqual(['GET', 'POST']);
    vi.stubGlobal('location', { origin: 'http://localhost:3000' });
    await createCartManager(headless().storefront, { transport: autoCart }).add({ productId: A, quantity: 1 });
    vi.unstubAllGlobals();
    vi.stubGlobal('location', undefined); // a server: no page
    await createCartManager(headless().storefront, { transport: autoCart }).add({ productId: A, quantity: 1 });
    expect(suite.graphql().map((e) => e.operationName)).toEqual(['CreateCart', 'CreateCart']);
    expect(restCart.load).toBeTypeOf('function');
  });
});
