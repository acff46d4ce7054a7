// Each catalog store holds what its catalog function returns, under a key named by its
// arguments, in one request.
import { describe, expect, it } from 'vitest';
import { getBrand, getCategory, getProduct, getProducts, resolveRoute, searchProducts } from '../../src/index';
import { execute } from '../../src/graphql/execute';
import { createCatalogCache, type CatalogStore } from '../../src/stores/catalog-cache';
import {
  createBrandStore,
  createCategoryStore,
  createProductsStore,
  createProductStore,
  createRouteStore,
  createSearchStore,
} from '../../src/stores/catalog-stores';
import { queryKey } from '../../src/stores/query-key';
import { useSimulator } from '../integration/helpers';
import { fakePlatform, graphqlPosts, settled } from './helpers';

const suite = useSimulator();
const catalogOf = () => createCatalogCache(suite.storefront(), { platform: fakePlatform().platform });

async function load<T>(store: CatalogStore<T>) {
  const off = store.listen(() => {});
  const value = await settled(store);
  off();
  return value;
}

describe.each([
  ['createProductsStore', (c) => createProductsStore(c, { first: 3 }), (s) => getProducts(s, { first: 3 }), 'products[{"first":3}]', 'Products'],
  ['createProductStore', (c) => createProductStore(c, { entityId: 101 }), (s) => getProduct(s, { entityId: 101 }), 'product[{"entityId":101}]', 'Product'],
  [
    'createCategoryStore',
    (c) => createCategoryStore(c, 21, { sort: 'NEWEST', first: 4 }),
    (s) => getCategory(s, 21, { first: 4, sort: 'NEWEST' }),
    'category[21,{"first":4,"sort":"NEWEST"}]',
    'CategoryPage',
  ],
  ['createBrandStore', (c) => createBrandStore(c, 1, { first: 2 }), (s) => getBrand(s, 1, { first: 2 }), 'brand[1,{"first":2}]', 'BrandPage'],
  [
    'createSearchStore',
    (c) => createSearchStore(c, { searchTerm: 'towel', price: { maxPrice: 40, minPrice: 1 } }),
    (s) => searchProducts(s, { price: { minPrice: 1, maxPrice: 40 }, searchTerm: 'towel' }),
    'search[{"price":{"maxPrice":40,"minPrice":1},"searchTerm":"towel"}]',
    'SearchProducts',
  ],
  [
    'createRouteStore',
    (c) => createRouteStore(c, '/turkish-cotton-bath-towel/'),
    (s) => resolveRoute(s, '/turkish-cotton-bath-towel/'),
    'route["/turkish-cotton-bath-towel/"]',
    'Route',
  ],
] satisfies Array<[string, (c: ReturnType<typeof catalogOf>) => CatalogStore<any>, (s: ReturnType<typeof suite.storefront>) => Promise<unknown>, string, string]>)(
  '%s',
  (_name, makeStore, direct, key, operation) => {
    it('holds what the catalog function returns, in one request, keyed by its arguments', async () => {
      const store: CatalogStore<any> = makeStore(catalogOf());
      expect(store.key).toBeUndefined(); // set on start
      const { data, error } = await load(store);
      expect(error).toBeUndefined();
      expect(store.key).toBe(key);
      expect(graphqlPosts(suite)).toEqual([operation]);
      expect(data).toEqual(await direct(suite.storefront()));
      expect(data).not.toBeNull();
    });
  },
);

it('holds null for a product the store does not have, cached like any answer', async () => {
  const catalog = catalogOf();
  expect((await load(createProductStore(catalog, { entityId: 99_999 }))).data).toBeNull();
  expect((await load(createProductStore(catalog, { entityId: 99_999 }))).data).toBeNull();
  expect(graphqlPosts(suite)).toEqual(['Product']);
});

it('sends the arguments the key names, even when the caller changes its object later', async () => {
  const args = { first: 2 };
  const store = createProductsStore(createCatalogCache(suite.storefront(), { platform: fakePlatform().platform }), args);
  args.first = 5;
  const { data } = await load(store);
  expect(data!.items).toHaveLength(2);
  expect(suite.graphql()[0]!.variables).toMatchObject({ first: 2 });
});

it('caches your own operations too, through catalog.store and queryKey', async () => {
  const catalog = catalogOf();
  const document = 'query StoreName { site { settings { storeName } } }' as unknown as Parameters<typeof execute>[1];
  const make = () => catalog.store(queryKey('store-name', []), () => execute(catalog.storefront, document) as Promise<unknown>);
  const [a, b] = [make(), make()];
  const offs = [a.listen(() => {}), b.listen(() => {})];
  const { data } = await settled(a);
  expect(data).toEqual({ site: { settings: { storeName: 'Hearth & Garden' } } });
  expect(b.get().data).toBe(data);
  expect(graphqlPosts(suite)).toEqual(['StoreName']);
  offs.forEach((off) => off());
});

describe('queryKey', () => {
  it('sorts object keys at every depth, keeps array order and drops undefined members', () => {
    expect(queryKey('k', [{ b: 1, a: { d: [2, 1], c: undefined } }])).toBe('k[{"a":{"d":[2,1]},"b":1}]');
    expect(queryKey('k', [{ a: { d: [2, 1] }, b: 1 }])).toBe(queryKey('k', [{ b: 1, a: { d: [2, 1], c: undefined } }]));
    expect(queryKey('k', [[1, 2]])).not.toBe(queryKey('k', [[2, 1]]));
    expect(queryKey('products', [{}])).not.toBe(queryKey('search', [{}]));
  });
});
