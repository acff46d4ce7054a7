import type { SearchProductsFiltersInput, SearchProductsSortInput } from '../../../graphql/generated/graphql';
import type { CatalogProduct } from '../../catalog';
import { allEdges, paginate, type ConnectionArgs } from '../connection';
import type { SimulatorContext } from '../context';
import { productNode } from '../nodes/product';
import { searchCriteria, searchWords } from './criteria';
import { searchFacets } from './facets';
import { sortProducts } from './sort';

/** Arguments of `site.search.searchProducts`. */
export interface SearchProductsArgs {
  filters: SearchProductsFiltersInput;
  sort?: SearchProductsSortInput | null;
}

/**
 * The schema's SearchProducts: one pass over the catalog finds the results and, for each facet,
 * the products that fail only that facet's filter (so facet counts show what picking another
 * value would give).
 * @throws GraphQLError when a filter is invalid (see `searchCriteria`).
 */
export function searchProductsNode(ctx: SimulatorContext, { filters, sort }: SearchProductsArgs) {
  const criteria = searchCriteria(ctx.index, filters);
  const results: CatalogProduct[] = [];
  const relaxed = new Map<string, CatalogProduct[]>();
  for (const product of ctx.index.productsById) {
    let failedGroup: string | null = null;
    let excluded = false;
    for (const criterion of criteria) {
      if (criterion.test(product)) continue;
      if (criterion.group === 'base' || (failedGroup !== null && failedGroup !== criterion.group)) {
        excluded = true;
        break;
      }
      failedGroup = criterion.group;
    }
    if (excluded) continue;
    if (failedGroup === null) results.push(product);
    else {
      const list = relaxed.get(failedGroup);
      if (list) list.push(product);
      else relaxed.set(failedGroup, [product]);
    }
  }
  sortProducts(results, sort ?? 'RELEVANCE', searchWords(filters.searchTerm));
  const candidates = (group: string): CatalogProduct[] => [...results, ...(relaxed.get(group) ?? [])];
  return {
    products: (args: ConnectionArgs) => paginate(results, args, (p) => productNode(ctx, p)),
    filters: () => allEdges(searchFacets(ctx, results, candidates, filters), (facet) => facet),
  };
}
