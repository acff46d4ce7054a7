import { describe, expect, it } from 'vitest';
import {
  getBrand,
  getBrands,
  getCategory,
  getCategoryTree,
  getCountries,
  getCurrencies,
  getStoreSettings,
  isStorefrontError,
  resolveRoute,
  type ProductCard,
} from '../../src/index';
import { nodes, rejectionOf, useSimulator } from './helpers';

const suite = useSimulator();
const ids = (items: readonly ProductCard[]) => items.map((p) => p.entityId);
const names = (items: ReadonlyArray<{ name: string }>) => items.map((item) => item.name);

describe('categories', () => {
  it('getCategoryTree returns the roots with three levels below them', async () => {
    const tree = await getCategoryTree(suite.storefront());
    expect(names(tree)).toEqual(['Home', 'Garden', 'Sale']);
    const home = tree[0]!;
    expect(names(home.children)).toEqual(['Bath', 'Kitchen', 'Living Room']);
    const towels = home.children[0]!.children[0]!;
    expect(towels).toMatchObject({ entityId: 22, name: 'Towels', path: '/home/bath/towels/', productCount: 3, hasChildren: false });
    expect(tree[2]).toMatchObject({ name: 'Sale', hasChildren: false, children: [] });
    expect(suite.graphql().map((e) => [e.operationName, e.variables])).toEqual([['CategoryTree', {}]]);
  });

  it('getCategoryTree with rootEntityId returns that branch', async () => {
    const [bath, ...rest] = await getCategoryTree(suite.storefront(), { rootEntityId: 21 });
    expect(rest).toEqual([]);
    expect(bath).toMatchObject({ entityId: 21, path: '/home/bath/', hasChildren: true });
    expect(bath!.children.map((c) => c.path)).toEqual(['/home/bath/towels/', '/home/bath/accessories/']);
    expect(suite.graphql('CategoryTree')[0]!.variables).toEqual({ rootEntityId: 21 });
  });

  it('getCategory returns the category, breadcrumbs, products and facets in one request', async () => {
    const page = await getCategory(suite.storefront(), 22);
    expect(page!.category).toMatchObject({ entityId: 22, name: 'Towels', path: '/home/bath/towels/' });
    expect(nodes(page!.category.breadcrumbs).map((c) => c.name)).toEqual(['Home', 'Bath', 'Towels']);
    expect(ids(page!.products.items)).toEqual([101, 102, 103]);
    expect(page!.products.totalItems).toBe(3);
    const brands = page!.facets.find((f) => f.__typename === 'BrandSearchFilter');
    expect(brands?.__typename === 'BrandSearchFilter' && nodes(brands.brands)).toEqual([
      { entityId: 1, name: 'Linen Lane', isSelected: false, productCount: 3 },
    ]);
    const log = suite.graphql();
    expect(log.map((e) => [e.operationName, e.status])).toEqual([['CategoryPage', 200]]);
    expect(log[0]!.variables).toEqual({ entityId: 22, filters: { categoryEntityId: 22 } });
  });

  it('getCategory pages and sorts the products of the category', async () => {
    const storefront = suite.storefront();
    const first = await getCategory(storefront, 25, { first: 2, sort: 'LOWEST_PRICE' });
    expect(ids(first!.products.items)).toEqual([111, 108]); // Cookware: 42, 45, then 149 (on sale), 210
    expect(first!.products.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const after = first!.products.pageInfo.endCursor!;
    const second = await getCategory(storefront, 25, { first: 2, after, sort: 'LOWEST_PRICE' });
    expect(ids(second!.products.items)).toEqual([109, 110]);
    expect(second!.products.items.map((p) => p.prices!.price.value)).toEqual([149, 210]);
    expect(second!.products).toMatchObject({ totalItems: 4, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    expect(suite.graphql('CategoryPage')[1]!.variables).toEqual({
      entityId: 25, filters: { categoryEntityId: 25 }, first: 2, after, sort: 'LOWEST_PRICE',
    });
  });

  it('getCategory narrows by facets and can include sub-categories', async () => {
    const storefront = suite.storefront();
    const home = await getCategory(storefront, 20, { first: 50, searchSubCategories: true, brandEntityIds: [3] });
    expect(ids(home!.products.items)).toEqual([108, 110]); // Ironhold, anywhere under Home
    expect((await getCategory(storefront, 20))!.products.items).toEqual([]); // nothing sits in Home itself
    expect(suite.graphql('CategoryPage')[0]!.variables!.filters).toEqual({
      brandEntityIds: [3], searchSubCategories: true, categoryEntityId: 20,
    });
  });

  it('getCategory answers null for an unknown category', async () => {
    expect(await getCategory(suite.storefront(), 9_999)).toBeNull();
    expect(suite.graphql('CategoryPage').map((e) => e.status)).toEqual([200]);
  });
});

describe('brands', () => {
  it('getBrands lists the brands, or only those asked for', async () => {
    const storefront = suite.storefront();
    const all = await getBrands(storefront, { first: 10 });
    expect(names(all.items)).toEqual(['Linen Lane', 'Kiln Works', 'Ironhold', 'Bloom & Root', 'Oak & Ash', 'Copperline']);
    expect(all.pageInfo.hasNextPage).toBe(false);
    const two = await getBrands(storefront, { entityIds: [5, 2] });
    expect(two.items.map((b) => [b.entityId, b.path])).toEqual([[2, '/brands/kiln-works/'], [5, '/brands/oak-ash/']]);
    expect(suite.graphql('Brands').map((e) => e.variables)).toEqual([{ first: 10 }, { entityIds: [5, 2] }]);
  });

  it('getBrand returns the brand and only its products in one request', async () => {
    const page = await getBrand(suite.storefront(), 1, { first: 50 });
    expect(page!.brand).toMatchObject({ entityId: 1, name: 'Linen Lane', path: '/brands/linen-lane/' });
    expect(ids(page!.products.items)).toEqual([101, 102, 103, 114, 116, 117]);
    expect(page!.products.items.every((p) => p.brand?.entityId === 1)).toBe(true);
    expect(suite.graphql().map((e) => [e.operationName, e.variables])).toEqual([['BrandPage', { entityId: 1, first: 50 }]]);
    expect(await getBrand(suite.storefront(), 99)).toBeNull();
  });
});

describe('resolveRoute', () => {
  it('resolves a product path to the full product in one request', async () => {
    const { node, redirect } = await resolveRoute(suite.storefront(), '/turkish-cotton-bath-towel/');
    expect(redirect).toBeNull();
    if (node?.__typename !== 'Product') throw new Error(`expected a Product, got ${node?.__typename}`);
    expect(node).toMatchObject({ entityId: 101, sku: 'TOWEL-TC', prices: { price: { value: 24 } } });
    expect(nodes(node.variants)).toHaveLength(9);
    expect(nodes(node.customFields).map((f) => f.value)).toEqual(['Cotton', 'Machine wash warm']);
    expect(suite.graphql().map((e) => [e.operationName, e.variables])).toEqual([['Route', { path: '/turkish-cotton-bath-towel/' }]]);
  });

  it('resolves category, brand and web page paths', async () => {
    const storefront = suite.storefront();
    const bath = (await resolveRoute(storefront, '/home/bath/')).node;
    expect(bath).toMatchObject({ __typename: 'Category', entityId: 21, name: 'Bath' });
    expect(bath?.__typename === 'Category' && nodes(bath.breadcrumbs).map((c) => c.path)).toEqual(['/home/', '/home/bath/']);
    expect((await resolveRoute(storefront, '/brands/kiln-works/')).node).toMatchObject({ __typename: 'Brand', entityId: 2 });
    const page = (await resolveRoute(storefront, '/shipping-returns/')).node;
    expect(page).toMatchObject({ __typename: 'NormalPage', entityId: 1, name: 'Shipping & Returns' });
    expect(page?.__typename === 'NormalPage' && page.htmlBody).toContain('Orders over $75 ship free');
    const contact = (await resolveRoute(storefront, '/contact-us/')).node;
    expect(contact).toMatchObject({ __typename: 'ContactPage', contactFields: ['fullname', 'email', 'phone', 'orderno'] });
    const paths = suite.graphql('Route').map((e) => e.variables!.path);
    expect(paths).toEqual(['/home/bath/', '/brands/kiln-works/', '/shipping-returns/', '/contact-us/']); // one request each
  });

  it('answers node null for an unknown path, and reports a stored redirect', async () => {
    expect(await resolveRoute(suite.storefront(), '/no-such-thing/')).toEqual({ node: null, redirect: null });
    const moved = await resolveRoute(suite.storefront(), '/turkish-towel/');
    expect(moved.node).toBeNull();
    expect(moved.redirect).toMatchObject({
      fromPath: '/turkish-towel/',
      to: { __typename: 'ProductRedirect', entityId: 101, path: '/turkish-cotton-bath-towel/' },
    });
  });

  it.each(['home/bath/', '', '//evil.example/path', 'https://evil.example/'])(
    'refuses the path %j with InvalidArgumentError before any request',
    async (path) => {
      const error = await rejectionOf(resolveRoute(suite.storefront(), path));
      expect(isStorefrontError(error, 'ERR_INVALID_ARGUMENT')).toBe(true);
      expect(error).toMatchObject({ operation: 'Route', argument: 'path' });
      expect(suite.sim.requests()).toHaveLength(0);
    },
  );
});

describe('store data', () => {
  it('getCurrencies returns the store currencies with rates and display', async () => {
    const currencies = await getCurrencies(suite.storefront());
    expect(currencies.map((c) => [c.code, c.exchangeRate, c.isDefault, c.isTransactional])).toEqual([
      ['USD', 1, true, true],
      ['EUR', 0.92, false, true],
      ['GBP', 0.79, false, false],
    ]);
    expect(currencies[1]!.display).toEqual({
      symbol: '€', symbolPlacement: 'RIGHT', decimalToken: ',', thousandsToken: '.', decimalPlaces: 2,
    });
  });

  it('getStoreSettings returns the settings', async () => {
    const settings = await getStoreSettings(suite.storefront());
    expect(settings).toMatchObject({
      storeName: 'Hearth & Garden', storeHash: 'sim2a9x4k', storeCountryCode: 'US', channelId: 1, status: 'LAUNCHED',
      currency: { defaultCurrency: 'USD' },
      url: { vanityUrl: 'https://hearth-and-garden.example', checkoutUrl: 'https://hearth-and-garden.example/checkout' },
      contact: { email: 'hello@hearth-and-garden.example' },
      logoV2: { __typename: 'StoreImageLogo', image: { altText: 'Hearth & Garden' } },
    });
  });

  it('getCountries returns the countries with their states', async () => {
    const countries = await getCountries(suite.storefront());
    expect(countries.map((c) => c.code).sort()).toEqual(['AU', 'CA', 'DE', 'FR', 'GB', 'NZ', 'US']);
    const us = countries.find((c) => c.code === 'US')!;
    expect(us).toMatchObject({ entityId: 226, name: 'United States', stateRequired: true });
    expect(us.statesOrProvinces).toHaveLength(11);
    expect(us.statesOrProvinces).toContainEqual({ entityId: 9, name: 'Oregon', abbreviation: 'OR' });
    expect(countries.find((c) => c.code === 'GB')).toMatchObject({ stateRequired: false, statesOrProvinces: [] });
    expect(suite.graphql().map((e) => e.operationName)).toEqual(['Countries']);
  });
});
