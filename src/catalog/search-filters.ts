import { InvalidArgumentError } from '../errors';
import type {
  SearchFacetFieldsFragment,
  SearchProductsFiltersInput,
  SearchProductsSortInput,
} from '../graphql/generated/graphql';
import { checkEntityId, checkEntityIds } from '../graphql/connection';

/** Every sort the API offers (`SearchProductsSortInput`); without one the API sorts by relevance. */
export type SearchSort = SearchProductsSortInput;

/** A facet for faceted navigation (brands, categories, attributes, price, rating, other). */
export type SearchFacet = NonNullable<NonNullable<SearchFacetFieldsFragment['edges']>[number]>['node'];

/** Filters of a product search, as the API's `SearchProductsFiltersInput` takes them. */
export interface SearchFilters {
  searchTerm?: string;
  price?: { minPrice?: number; maxPrice?: number };
  rating?: { minRating?: number; maxRating?: number };
  categoryEntityId?: number;
  categoryEntityIds?: readonly number[];
  /** Also match products in sub-categories of the chosen categories. */
  searchSubCategories?: boolean;
  brandEntityIds?: readonly number[];
  /** Attribute facets, e.g. `[{ attribute: 'Color', values: ['Blue'] }]`. */
  productAttributes?: ReadonlyArray<{ attribute: string; values: readonly string[] }>;
  isFreeShipping?: boolean;
  isFeatured?: boolean;
  /** Only products in stock. */
  hideOutOfStock?: boolean;
}

const FILTER_KEYS = [
  'searchTerm', 'price', 'rating', 'categoryEntityId', 'categoryEntityIds', 'searchSubCategories',
  'brandEntityIds', 'productAttributes', 'isFreeShipping', 'isFeatured', 'hideOutOfStock',
] as const;

const SORTS: readonly string[] = [
  'A_TO_Z', 'BEST_REVIEWED', 'BEST_SELLING', 'FEATURED', 'HIGHEST_PRICE', 'LOWEST_PRICE', 'NEWEST',
  'RELEVANCE', 'Z_TO_A',
] satisfies SearchSort[];

/**
 * Picks and checks the filter fields of `args`, so a bad filter fails before a round trip.
 * @throws {InvalidArgumentError} naming the filter that is wrong.
 */
export function toSearchFilters(operation: string, args: SearchFilters): SearchProductsFiltersInput {
  const filters: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) if (args[key] !== undefined) filters[key] = args[key];
  const bad = (name: string, why: string) => new InvalidArgumentError(operation, name, why);
  if (args.searchTerm !== undefined && typeof args.searchTerm !== 'string') throw bad('searchTerm', 'must be a string');
  checkRange(operation, 'price', args.price?.minPrice, args.price?.maxPrice, 0, Infinity);
  checkRange(operation, 'rating', args.rating?.minRating, args.rating?.maxRating, 0, 5);
  if (args.categoryEntityId !== undefined) checkEntityId(operation, 'categoryEntityId', args.categoryEntityId);
  if (args.categoryEntityIds) checkEntityIds(operation, 'categoryEntityIds', args.categoryEntityIds);
  if (args.brandEntityIds) checkEntityIds(operation, 'brandEntityIds', args.brandEntityIds);
  for (const entry of args.productAttributes ?? []) {
    if (!entry || typeof entry.attribute !== 'string' || !Array.isArray(entry.values)) {
      throw bad('productAttributes', 'must be a list of { attribute, values: string[] }');
    }
  }
  return filters as SearchProductsFiltersInput;
}

/**
 * Checks a sort value against the API's enum.
 * @throws {InvalidArgumentError} for a value the API does not offer.
 */
export function checkSort(operation: string, sort: string | undefined): void {
  if (sort !== undefined && !SORTS.includes(sort)) {
    throw new InvalidArgumentError(operation, 'sort', `must be one of ${SORTS.join(', ')}`);
  }
}

function checkRange(operation: string, name: string, min: number | undefined, max: number | undefined, lo: number, hi: number): void {
  for (const value of [min, max]) {
    if (value !== undefined && !(typeof value === 'number' && value >= lo && value <= hi)) {
      throw new InvalidArgumentError(operation, name, `bounds must be numbers from ${lo} to ${hi}`);
    }
  }
  if (min !== undefined && max !== undefined && min > max) {
    throw new InvalidArgumentError(operation, name, 'minimum is above maximum');
  }
}
