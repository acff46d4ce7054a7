import type { Storefront } from '../config';
import type { ExecuteOptions } from '../graphql/execute';
import { SearchProductsDocument } from '../graphql/generated/graphql';
import { nodesOf, pageVariables, toPage, type Page, type PageArgs } from '../graphql/connection';
import type { ProductCard } from './products';
import { checkSort, toSearchFilters, type SearchFacet, type SearchFilters, type SearchSort } from './search-filters';
import { run } from '../graphql/run';
import { shopperVariables } from '../graphql/shopper';

/** Arguments of {@link searchProducts}: filters, a sort and a page. */
export interface SearchProductsArgs extends SearchFilters, PageArgs {
  sort?: SearchSort;
}

/** A page of matching products and the facets to narrow them further. */
export interface SearchResult {
  products: Page<ProductCard>;
  facets: SearchFacet[];
}

/**
 * Searches products with any of the API's filters and sorts, returning the products and the
 * facets for faceted navigation in one request.
 *
 * @throws {InvalidArgumentError} for a bad filter, sort or page, before any request.
 * @example
 * const { products, facets } = await searchProducts(storefront, {
 *   searchTerm: 'towel', brandEntityIds: [3], price: { maxPrice: 40 }, sort: 'LOWEST_PRICE', first: 24,
 * });
 */
export async function searchProducts(
  storefront: Storefront,
  args: SearchProductsArgs = {},
  options?: ExecuteOptions,
): Promise<SearchResult> {
  const { sort } = args;
  const page = pageVariables('SearchProducts', args);
  checkSort('SearchProducts', sort);
  const filters = toSearchFilters('SearchProducts', args);
  const variables = { filters, ...page, ...(sort && { sort }), ...shopperVariables(storefront) };
  return run(storefront, SearchProductsDocument, variables, options, ({ site }) => ({
    products: toPage(site.search.searchProducts.products),
    facets: nodesOf(site.search.searchProducts.filters),
  }));
}

