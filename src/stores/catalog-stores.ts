// Store factories for the catalog queries, one per query so a bundle carries only the documents
// it uses. Each store is keyed by its arguments (see queryKey): stores made anywhere with equal
// arguments share one request and one cached answer.
import type { Storefront } from '../config';
import { getBrand, type BrandPage } from '../catalog/brands';
import { getCategory, type CategoryArgs, type CategoryPage } from '../catalog/categories';
import type { Page, PageArgs } from '../graphql/connection';
import { getProduct, getProducts, type ProductCard, type ProductDetail, type ProductLookup, type ProductsArgs } from '../catalog/products';
import { resolveRoute, type ResolvedRoute } from '../catalog/routes';
import { searchProducts, type SearchProductsArgs, type SearchResult } from '../catalog/search';
import type { CatalogCache, CatalogStore } from './catalog-cache';
import { queryKey } from './query-key';

const query = <A extends unknown[], T>(
  catalog: CatalogCache,
  kind: string,
  load: (storefront: Storefront, ...args: A) => Promise<T>,
  args: A,
): CatalogStore<T> => {
  const key = queryKey(kind, args);
  // The request is read back from the key, so what is sent is exactly what the key names (a
  // caller changing its arguments object later changes neither).
  return catalog.store(key, () => load(catalog.storefront, ...(JSON.parse(key.slice(kind.length)) as A)));
};

/**
 * A store of one page of products (`getProducts`).
 * @example
 * const $page = createProductsStore(catalog, { first: 12 });
 */
/* @__NO_SIDE_EFFECTS__ */
export const createProductsStore = (catalog: CatalogCache, args: ProductsArgs = {}): CatalogStore<Page<ProductCard>> =>
  query(catalog, 'products', getProducts, [args]);

/**
 * A store of one product (`getProduct`); `data` is `null` when the store has no such product.
 * @example
 * const $towel = createProductStore(catalog, { entityId: 101 });
 */
/* @__NO_SIDE_EFFECTS__ */
export const createProductStore = (catalog: CatalogCache, lookup: ProductLookup): CatalogStore<ProductDetail | null> =>
  query(catalog, 'product', getProduct, [lookup]);

/**
 * A store of a category page (`getCategory`): the category, a page of its products, facets.
 * @example
 * const $bath = createCategoryStore(catalog, 21, { first: 12, sort: 'NEWEST' });
 */
/* @__NO_SIDE_EFFECTS__ */
export const createCategoryStore = (
  catalog: CatalogCache,
  entityId: number,
  args: CategoryArgs = {},
): CatalogStore<CategoryPage | null> => query(catalog, 'category', getCategory, [entityId, args]);

/**
 * A store of a brand page (`getBrand`): the brand and a page of its products.
 * @example
 * const $brand = createBrandStore(catalog, 3, { first: 12 });
 */
/* @__NO_SIDE_EFFECTS__ */
export const createBrandStore = (catalog: CatalogCache, entityId: number, args: PageArgs = {}): CatalogStore<BrandPage | null> =>
  query(catalog, 'brand', getBrand, [entityId, args]);

/**
 * A store of search results and facets (`searchProducts`).
 * @example
 * const $results = createSearchStore(catalog, { searchTerm: 'towel', first: 24 });
 */
/* @__NO_SIDE_EFFECTS__ */
export const createSearchStore = (catalog: CatalogCache, args: SearchProductsArgs = {}): CatalogStore<SearchResult> =>
  query(catalog, 'search', searchProducts, [args]);

/**
 * A store of the entity at a URL path (`resolveRoute`).
 * @example
 * const $route = createRouteStore(catalog, location.pathname);
 */
/* @__NO_SIDE_EFFECTS__ */
export const createRouteStore = (catalog: CatalogCache, path: string): CatalogStore<ResolvedRoute> =>
  query(catalog, 'route', resolveRoute, [path]);
