import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../../src/simulator/catalog';
import { createGraphQLExecutor } from '../../src/simulator/graphql';
import { operations } from './graphql-operations';
import { nodes, simulatorRunner } from './graphql-helpers';

/**
 * Realistic variables for each operation in graphql/, and one value each must answer. Customer
 * operations run signed in as Jane (customer 1); the wishlist mutations run in this order on one
 * catalog, so each sees the previous one's change.
 */
/** What the cart exercises pass on to the next (they run in this order, on one catalog). */
const made: { cart: string; lines: string[]; version: number } = { cart: '', lines: [], version: 0 };
const kept = (cart: any) => {
  made.cart = cart.entityId;
  made.lines = cart.lineItems.physicalItems.map((l: any) => l.entityId);
  made.version = cart.version;
  return cart;
};

const exercises: Record<
  string,
  { variables: Record<string, unknown>; customerId?: number; expects: (data: any) => unknown; toBe: unknown }
> = {
  Products: { variables: { first: 3, currencyCode: 'GBP' }, expects: (d) => nodes(d.site.products).map((p: any) => p.prices.price.value), toBe: [18.96, 19.75, 45.82] },
  Product: { variables: { sku: 'MUG-HT-SAGE' }, expects: (d) => [d.site.product.entityId, d.site.product.sku], toBe: [113, 'MUG-HT-SAGE'] },
  Brands: { variables: { first: 2 }, expects: (d) => nodes(d.site.brands).map((b: any) => b.name), toBe: ['Linen Lane', 'Kiln Works'] },
  BrandPage: { variables: { entityId: 3 }, expects: (d) => nodes(d.site.brand.products).map((p: any) => p.name), toBe: ['Cast Iron Skillet', 'Enamel Dutch Oven'] },
  CategoryTree: { variables: {}, expects: (d) => d.site.categoryTree.map((c: any) => c.name), toBe: ['Home', 'Garden', 'Sale'] },
  CategoryPage: {
    variables: { entityId: 31, filters: { categoryEntityId: 31 }, sort: 'HIGHEST_PRICE' },
    expects: (d) => nodes(d.site.search.searchProducts.products).map((p: any) => p.entityId),
    toBe: [124, 123, 122, 121],
  },
  SearchProducts: { variables: { filters: { searchTerm: 'mug' } }, expects: (d) => nodes(d.site.search.searchProducts.products).map((p: any) => p.name), toBe: ['Hand-thrown Mug'] },
  Route: { variables: { path: '/about-us' }, expects: (d) => d.site.route.node.__typename, toBe: 'NormalPage' },
  Currencies: { variables: {}, expects: (d) => nodes(d.site.currencies).length, toBe: 3 },
  StoreSettings: { variables: {}, expects: (d) => d.site.settings.storeName, toBe: 'Hearth & Garden' },
  Countries: { variables: {}, expects: (d) => d.geography.countries.length, toBe: 7 },
  CustomerProfile: { variables: {}, customerId: 1, expects: (d) => [d.customer.email, d.customer.storeCredit], toBe: ['jane@example.com', [{ currencyCode: 'USD', value: 25 }]] },
  CustomerAddresses: { variables: {}, customerId: 1, expects: (d) => nodes(d.customer.addresses).map((a: any) => a.city), toBe: ['Austin'] },
  CustomerWishlists: {
    variables: { currencyCode: 'EUR' },
    customerId: 1,
    expects: (d) => nodes(d.customer.wishlists).map((w: any) => nodes(w.items).map((i: any) => i.product.prices.price.currencyCode)),
    toBe: [['EUR', 'EUR']],
  },
  CreateWishlist: {
    variables: { input: { name: 'Gifts', isPublic: true, items: [{ productEntityId: 113 }] } },
    customerId: 1,
    expects: (d) => [d.wishlist.createWishlist.result.entityId, nodes(d.wishlist.createWishlist.result.items).map((i: any) => i.product.name)],
    toBe: [2, ['Hand-thrown Mug']],
  },
  AddWishlistItems: {
    variables: { input: { entityId: 2, items: [{ productEntityId: 101 }] } },
    customerId: 1,
    expects: (d) => nodes(d.wishlist.addWishlistItems.result.items).map((i: any) => i.productEntityId),
    toBe: [113, 101],
  },
  DeleteWishlistItems: {
    // Items 1 and 2 are Jane's seeded ones; 3 is the mug added by CreateWishlist.
    variables: { input: { entityId: 2, itemEntityIds: [3] } },
    customerId: 1,
    expects: (d) => nodes(d.wishlist.deleteWishlistItems.result.items).map((i: any) => i.productEntityId),
    toBe: [101],
  },
  CreateCart: {
    variables: { input: { lineItems: [{ productEntityId: 102, quantity: 1 }, { productEntityId: 105, quantity: 2 }] } },
    expects: (d) => kept(d.cart.createCart.cart).lineItems.physicalItems.map((l: any) => [l.productEntityId, l.quantity]),
    toBe: [[102, 1], [105, 2]],
  },
  CartById: {
    get variables() {
      return { entityId: made.cart };
    },
    expects: (d) => [d.site.cart.entityId === made.cart, d.site.cart.version],
    toBe: [true, 1],
  },
  AddCartLineItems: {
    get variables() {
      return { input: { cartEntityId: made.cart, data: { lineItems: [{ productEntityId: 102, quantity: 2 }] }, version: made.version } };
    },
    expects: (d) => kept(d.cart.addCartLineItems.cart).lineItems.physicalItems.map((l: any) => [l.productEntityId, l.quantity]),
    toBe: [[102, 3], [105, 2]],
  },
  UpdateCartLineItem: {
    get variables() {
      return { input: { cartEntityId: made.cart, lineItemEntityId: made.lines[1], data: { lineItem: { productEntityId: 105, quantity: 4 } }, version: made.version } };
    },
    expects: (d) => kept(d.cart.updateCartLineItem.cart).lineItems.physicalItems.map((l: any) => l.quantity),
    toBe: [3, 4],
  },
  DeleteCartLineItem: {
    get variables() {
      return { input: { cartEntityId: made.cart, lineItemEntityId: made.lines[0], version: made.version } };
    },
    expects: (d) => kept(d.cart.deleteCartLineItem.cart).lineItems.physicalItems.map((l: any) => l.productEntityId),
    toBe: [105],
  },
  UpdateCartCurrency: {
    get variables() {
      return { input: { cartEntityId: made.cart, data: { currencyCode: 'EUR' } } };
    },
    expects: (d) => d.cart.updateCartCurrency.cart.currencyCode,
    toBe: 'EUR',
  },
  DeleteCart: {
    get variables() {
      return { input: { cartEntityId: made.cart } };
    },
    expects: (d) => d.cart.deleteCart.deletedCartEntityId === made.cart,
    toBe: true,
  },
  // The URLs for a real cart are exercised in hosted-checkout.test.ts; here, the refusal's shape.
  CreateCartRedirectUrls: {
    variables: { cartEntityId: 'none' },
    expects: (d) => d.cart.createCartRedirectUrls,
    toBe: { redirectUrls: null, errors: [{ __typename: 'NotFoundError', message: 'Cart none was not found.' }] },
  },
};

describe('operations in graphql/', () => {
  const sim = simulatorRunner();

  it('each have an exercise here', () => {
    expect([...operations.keys()].sort()).toEqual(Object.keys(exercises).sort());
  });

  it.each(Object.keys(exercises))('%s runs against the sample store', async (name) => {
    const exercise = exercises[name]!;
    const data = await sim.data(name, exercise.variables, exercise.customerId === undefined ? {} : { customerId: exercise.customerId });
    expect(exercise.expects(data)).toEqual(exercise.toBe);
  });
});

describe('createGraphQLExecutor', () => {
  const run = createGraphQLExecutor(sampleCatalog());

  it('rejects an unknown field at validation, before running anything', async () => {
    const result = await run({ query: '{ site { products { edges { node { name colour } } } } }' });
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.message)).toEqual(['Cannot query field "colour" on type "Product".']);
    expect(result.errors?.[0]?.locations).toEqual([{ line: 1, column: 41 }]);
  });

  it('refuses pages over 50 items with BigCommerce\'s message', async () => {
    const result = await run({ query: '{ site { products(first: 51) { edges { node { entityId } } } } }' });
    expect(result.errors?.map((e) => [e.message, e.path])).toEqual([["Argument 'first' cannot exceed 50", ['site', 'products']]]);
    expect(result.data).toBeNull();
    const last = await run({ query: '{ site { brands(last: 60) { edges { node { name } } } } }' });
    expect(last.errors?.[0]?.message).toBe("Argument 'last' cannot exceed 50");
    const inner = await run({ query: '{ site { product(entityId: 101) { images(first: 51) { edges { node { altText } } } } } }' });
    expect(inner.errors?.[0]?.message).toBe("Argument 'first' cannot exceed 50");
  });

  it('allows up to 250 variants per page, as BigCommerce does', async () => {
    const ok = await run({ query: '{ site { product(entityId: 101) { variants(first: 250) { edges { node { sku } } } } } }' });
    expect(ok.errors).toBeUndefined();
    const tooMany = await run({ query: '{ site { product(entityId: 101) { variants(first: 251) { edges { node { sku } } } } } }' });
    expect(tooMany.errors?.[0]?.message).toBe("Argument 'first' cannot exceed 250");
  });

  it('refuses cursors it did not make and negative counts', async () => {
    const bad = await run({ query: '{ site { products(after: "bm9wZQ==") { edges { node { entityId } } } } }' });
    expect(bad.errors?.[0]?.message).toBe("Argument 'after' is not a valid cursor");
    const negative = await run({ query: '{ site { products(first: -1) { edges { node { entityId } } } } }' });
    expect(negative.errors?.[0]?.message).toBe("Argument 'first' must be a non-negative integer");
  });

  it('reports syntax errors, unknown operations and bad variables', async () => {
    expect((await run({ query: '{ site { ' })).errors?.[0]?.message).toMatch(/^Syntax Error/);
    const twoOps = 'query A { site { settings { storeName } } } query B { geography { countries { code } } }';
    expect((await run({ query: twoOps, operationName: 'C' })).errors?.[0]?.message).toBe('Unknown operation named "C".');
    expect((await run({ query: twoOps, operationName: 'B' })).data).toMatchObject({ geography: { countries: expect.any(Array) } });
    const badVariable = await run({
      query: 'query ($id: Int!) { site { product(entityId: $id) { name } } }',
      variables: { id: 'one' },
    });
    expect(badVariable.errors?.[0]?.message).toMatch(/^Variable "\$id" got invalid value "one"/);
  });

  it('accepts a locale and a customer token without changing the answer', async () => {
    const query = '{ site { product(entityId: 120) { name } } }';
    const plain = await run({ query });
    const localized = await run({ query, locale: 'fr-FR', customerAccessToken: 'token-123' });
    expect(localized).toEqual(plain);
    expect(plain.data).toEqual({ site: { product: { name: '<img src=x onerror=alert(1)>' } } });
  });

  it('answers the same query text twice with the same result, and sees catalog edits between them', async () => {
    const catalog = sampleCatalog();
    const local = createGraphQLExecutor(catalog);
    const query = '{ site { product(entityId: 103) { inventory { isInStock } prices { price { value } } } } }';
    expect(await local({ query })).toEqual({ data: { site: { product: { inventory: { isInStock: false }, prices: { price: { value: 58 } } } } } });
    const towel = catalog.products.find((p) => p.id === 103)!;
    towel.inventoryLevel = 4;
    towel.salePrice = 50;
    expect(await local({ query })).toEqual({ data: { site: { product: { inventory: { isInStock: true }, prices: { price: { value: 50 } } } } } });
    catalog.products.push({ ...towel, id: 500, sku: 'NEW-500', path: '/new-towel/', name: 'New Towel' });
    expect((await local({ query: '{ site { product(sku: "NEW-500") { entityId name } } }' })).data).toEqual({
      site: { product: { entityId: 500, name: 'New Towel' } },
    });
  });
});
