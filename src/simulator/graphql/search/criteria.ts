import { GraphQLError } from 'graphql';
import type { SearchProductsFiltersInput } from '../../../graphql/generated/graphql';
import type { CatalogProduct } from '../../catalog';
import type { CatalogIndex } from '../catalog-index';
import { plainText } from '../nodes/plain-text';
import { amounts } from '../nodes/prices';
import { inStock, productStock } from '../nodes/stock';

/** BigCommerce: "Textual search input is limited to 255 characters." */
export const MAX_SEARCH_TERM_LENGTH = 255;

/**
 * One filter of a search. Facet counts relax the criteria of their own group (a shopper who
 * picked one brand still sees how many products the other brands have); `base` is never relaxed.
 */
export interface Criterion {
  group: string;
  test: (product: CatalogProduct) => boolean;
}

/** Average review rating, 0 without reviews. */
export function averageRating(product: CatalogProduct): number {
  return product.reviewCount > 0 ? product.reviewRatingSum / product.reviewCount : 0;
}

/** What a shopper pays for the product before choosing options; price filters and sorts use it. */
export function productPrice(product: CatalogProduct): number {
  return amounts(product, null).price;
}

/** Facet attributes: variant option values (Color: Sage) and custom fields (Material: Linen). */
export function attributesOf(product: CatalogProduct): Map<string, Set<string>> {
  const attributes = new Map<string, Set<string>>();
  const add = (name: string, value: string): void => {
    const values = attributes.get(name) ?? new Set<string>();
    values.add(value);
    attributes.set(name, values);
  };
  for (const option of product.options) {
    if (option.kind === 'multiple-choice' && option.isVariantOption) {
      for (const value of option.values) add(option.displayName, value.label);
    }
  }
  for (const field of product.customFields) add(field.name, field.value);
  return attributes;
}

/** The words of a search term, lower case. */
export function searchWords(term: string | null | undefined): string[] {
  return (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Relevance of a product to the search words; 0 when some word is missing. */
export function relevance(product: CatalogProduct, words: readonly string[]): number {
  const name = product.name.toLowerCase();
  const skus = [product.sku, ...product.variants.map((v) => v.sku)].join(' ').toLowerCase();
  const keywords = product.searchKeywords.toLowerCase();
  const description = plainText(product.description, Number.POSITIVE_INFINITY).toLowerCase();
  let score = 0;
  for (const word of words) {
    const inName = name.includes(word);
    const inSku = skus.includes(word);
    const inKeywords = keywords.includes(word);
    const inDescription = description.includes(word);
    if (!inName && !inSku && !inKeywords && !inDescription) return 0;
    score += (inName ? 10 : 0) + (name.startsWith(word) || name.includes(` ${word}`) ? 5 : 0);
    score += (inSku ? 8 : 0) + (inKeywords ? 4 : 0) + (inDescription ? 1 : 0);
  }
  return score;
}

/** The ids themselves and, when asked, every category below them. */
function withDescendants(index: CatalogIndex, ids: readonly number[], deep: boolean): Set<number> {
  const result = new Set(ids);
  if (!deep) return result;
  const queue = [...ids];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of index.children.get(id) ?? []) {
      if (!result.has(child.id)) {
        result.add(child.id);
        queue.push(child.id);
      }
    }
  }
  return result;
}

const inAny = (product: CatalogProduct, ids: ReadonlySet<number>): boolean => product.categoryIds.some((id) => ids.has(id));

/**
 * The criteria of a search's filters. `searchSubCategories` (default false, as documented)
 * widens every category filter to the categories below it.
 * @throws GraphQLError when the search term exceeds 255 characters.
 */
export function searchCriteria(index: CatalogIndex, filters: SearchProductsFiltersInput): Criterion[] {
  const criteria: Criterion[] = [{ group: 'base', test: (p) => p.isVisible }];
  const deep = filters.searchSubCategories === true;
  if (filters.searchTerm && filters.searchTerm.length > MAX_SEARCH_TERM_LENGTH) {
    throw new GraphQLError(`searchTerm must be at most ${MAX_SEARCH_TERM_LENGTH} characters`);
  }
  const words = searchWords(filters.searchTerm);
  if (words.length > 0) criteria.push({ group: 'base', test: (p) => relevance(p, words) > 0 });
  if (typeof filters.categoryEntityId === 'number') {
    const ids = withDescendants(index, [filters.categoryEntityId], deep);
    criteria.push({ group: 'base', test: (p) => inAny(p, ids) });
  }
  if (filters.categoryEntityIds && filters.categoryEntityIds.length > 0) {
    const ids = withDescendants(index, filters.categoryEntityIds, deep);
    criteria.push({ group: 'category', test: (p) => inAny(p, ids) });
  }
  const idsFilter = filters.categoryIdsFilter;
  if (idsFilter && idsFilter.entityIds.length > 0) {
    const sets = idsFilter.entityIds.map((id) => withDescendants(index, [id], deep));
    const test =
      idsFilter.matchBehavior === 'AND'
        ? (p: CatalogProduct) => sets.every((ids) => inAny(p, ids))
        : (p: CatalogProduct) => sets.some((ids) => inAny(p, ids));
    criteria.push({ group: 'category', test });
  }
  if (filters.brandEntityIds && filters.brandEntityIds.length > 0) {
    const brands = new Set(filters.brandEntityIds);
    criteria.push({ group: 'brand', test: (p) => p.brandId !== null && brands.has(p.brandId) });
  }
  for (const { attribute, values } of filters.productAttributes ?? []) {
    if (values.length === 0) continue;
    criteria.push({
      group: `attribute:${attribute}`,
      test: (p) => {
        const own = attributesOf(p).get(attribute);
        return own !== undefined && values.some((value) => own.has(value));
      },
    });
  }
  const { minPrice, maxPrice } = filters.price ?? {};
  if (typeof minPrice === 'number') criteria.push({ group: 'price', test: (p) => productPrice(p) >= minPrice });
  if (typeof maxPrice === 'number') criteria.push({ group: 'price', test: (p) => productPrice(p) <= maxPrice });
  const { minRating, maxRating } = filters.rating ?? {};
  if (typeof minRating === 'number') criteria.push({ group: 'rating', test: (p) => averageRating(p) >= minRating });
  if (typeof maxRating === 'number') criteria.push({ group: 'rating', test: (p) => averageRating(p) <= maxRating });
  // `false` is "not considered", as for an unticked facet; only `true` narrows.
  if (filters.isFreeShipping === true) criteria.push({ group: 'freeShipping', test: (p) => p.isFreeShipping });
  if (filters.isFeatured === true) criteria.push({ group: 'featured', test: (p) => p.isFeatured });
  if (filters.hideOutOfStock === true) criteria.push({ group: 'inStock', test: (p) => inStock(productStock(p)) });
  return criteria;
}
