import type { Storefront } from '../config';
import type { ExecuteOptions } from '../graphql/execute';
import {
  CategoryPageDocument,
  CategoryTreeDocument,
  type CategoryPageQuery,
  type CategoryTreeQuery,
} from '../graphql/generated/graphql';
import { checkEntityId, nodesOf, pageVariables, toPage, type Page, type PageArgs } from '../graphql/connection';
import type { ProductCard } from './products';
import type { SearchResult } from './search';
import { checkSort, toSearchFilters, type SearchFacet, type SearchFilters, type SearchSort } from './search-filters';
import { run } from '../graphql/run';
import { shopperVariables } from '../graphql/shopper';

/** A root of the category tree, with its children three levels down. */
export type CategoryTreeItem = CategoryTreeQuery['site']['categoryTree'][number];
/** A category as its page shows it, with `breadcrumbs` from the root. */
export type Category = NonNullable<CategoryPageQuery['site']['category']>;

/**
 * Fetches the category tree (or the branch under `rootEntityId`) for navigation.
 * @throws {InvalidArgumentError} when `rootEntityId` is not a positive integer.
 * @example
 * const tree = await getCategoryTree(storefront);
 * tree.map((root) => root.children.map((child) => child.path));
 */
export async function getCategoryTree(
  storefront: Storefront,
  args: { rootEntityId?: number } = {},
  options?: ExecuteOptions,
): Promise<CategoryTreeItem[]> {
  const { rootEntityId } = args;
  if (rootEntityId !== undefined) checkEntityId('CategoryTree', 'rootEntityId', rootEntityId);
  const variables = rootEntityId === undefined ? {} : { rootEntityId };
  return run(storefront, CategoryTreeDocument, variables, options, (data) => data.site.categoryTree);
}

/** Arguments of {@link getCategory}: a page of its products, their sort and narrowing facets. */
export interface CategoryArgs extends PageArgs, Omit<SearchFilters, 'categoryEntityId'> {
  sort?: SearchSort;
}

/** A category with one page of its products and their facets. */
export interface CategoryPage extends SearchResult {
  category: Category;
}

/**
 * Fetches a category page in one request: the category with its breadcrumbs, a sorted page of
 * its products and the facets to filter them. `null` when the store has no such category.
 *
 * @throws {InvalidArgumentError} for a bad id, filter, sort or page, before any request.
 * @example
 * const page = await getCategory(storefront, 24, { first: 12, sort: 'NEWEST' });
 * page?.category.breadcrumbs.edges?.map((edge) => edge?.node.name);
 */
export async function getCategory(
  storefront: Storefront,
  entityId: number,
  args: CategoryArgs = {},
  options?: ExecuteOptions,
): Promise<CategoryPage | null> {
  checkEntityId('CategoryPage', 'entityId', entityId);
  checkSort('CategoryPage', args.sort);
  const page = pageVariables('CategoryPage', args);
  const filters = { ...toSearchFilters('CategoryPage', args), categoryEntityId: entityId };
  const variables = { entityId, filters, ...page, ...(args.sort && { sort: args.sort }), ...shopperVariables(storefront) };
  return run(storefront, CategoryPageDocument, variables, options, ({ site: { category, search } }) => {
    if (!category) return null;
    const products: Page<ProductCard> = toPage(search.searchProducts.products);
    const facets: SearchFacet[] = nodesOf(search.searchProducts.filters);
    return { category, products, facets };
  });
}
