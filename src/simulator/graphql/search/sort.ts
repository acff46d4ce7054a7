import type { SearchProductsSortInput } from '../../../graphql/generated/graphql';
import type { CatalogProduct } from '../../catalog';
import { averageRating, productPrice, relevance } from './criteria';

type Compare = (a: CatalogProduct, b: CatalogProduct) => number;

const byId: Compare = (a, b) => a.id - b.id;
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const bySortOrder: Compare = (a, b) => a.sortOrder - b.sortOrder || byId(a, b);

const comparators: Record<Exclude<SearchProductsSortInput, 'RELEVANCE'>, Compare> = {
  // Featured first, then the merchant's sort order.
  FEATURED: (a, b) => Number(b.isFeatured) - Number(a.isFeatured) || bySortOrder(a, b),
  BEST_SELLING: (a, b) => b.totalSold - a.totalSold || byId(a, b),
  NEWEST: (a, b) => Date.parse(b.dateCreated) - Date.parse(a.dateCreated) || b.id - a.id,
  A_TO_Z: (a, b) => byName.compare(a.name, b.name) || byId(a, b),
  Z_TO_A: (a, b) => byName.compare(b.name, a.name) || byId(a, b),
  BEST_REVIEWED: (a, b) => averageRating(b) - averageRating(a) || b.reviewCount - a.reviewCount || byId(a, b),
  // BigCommerce sorts by product-level prices (sale price when set), not by price lists.
  LOWEST_PRICE: (a, b) => productPrice(a) - productPrice(b) || byId(a, b),
  HIGHEST_PRICE: (a, b) => productPrice(b) - productPrice(a) || byId(a, b),
};

/**
 * Sorts search results in place. RELEVANCE (the default) ranks by how well the search words
 * match; without words it falls back to the merchant's sort order.
 */
export function sortProducts(products: CatalogProduct[], sort: SearchProductsSortInput, words: readonly string[]): CatalogProduct[] {
  if (sort !== 'RELEVANCE') return products.sort(comparators[sort]);
  if (words.length === 0) return products.sort(bySortOrder);
  const scores = new Map(products.map((p) => [p, relevance(p, words)]));
  return products.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || bySortOrder(a, b));
}
