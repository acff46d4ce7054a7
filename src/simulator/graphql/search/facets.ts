import type { SearchProductsFiltersInput } from '../../../graphql/generated/graphql';
import type { CatalogProduct } from '../../catalog';
import { allEdges, paginate, type ConnectionArgs } from '../connection';
import type { SimulatorContext } from '../context';
import { categoryTrail, visibleChildren } from '../nodes/category';
import { inStock, productStock } from '../nodes/stock';
import { attributesOf, averageRating } from './criteria';

/** The products a facet counts: the results, plus those that fail only this facet's own filter. */
export type FacetCandidates = (group: string) => CatalogProduct[];

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function counter<K>(): { add: (key: K) => void; get: (key: K) => number } {
  const counts = new Map<K, number>();
  return { add: (key) => void counts.set(key, (counts.get(key) ?? 0) + 1), get: (key) => counts.get(key) ?? 0 };
}

const listFacet = { displayProductCount: true, displayItemsCount: 10, isCollapsedByDefault: false };

// Top-level categories only, as BigCommerce documents; each counts the products of its subtree.
function categoryFacet(ctx: SimulatorContext, candidates: CatalogProduct[], filters: SearchProductsFiltersInput) {
  const selected = new Set([...(filters.categoryEntityIds ?? []), ...(filters.categoryIdsFilter?.entityIds ?? [])]);
  const rootOf = new Map<number, number | undefined>();
  const root = (id: number): number | undefined => {
    if (!rootOf.has(id)) {
      const category = ctx.index.category.get(id);
      rootOf.set(id, category ? categoryTrail(ctx, category)[0]?.id : undefined);
    }
    return rootOf.get(id);
  };
  const counts = counter<number>();
  for (const product of candidates) {
    const roots = new Set<number>();
    for (const id of product.categoryIds) {
      const top = root(id);
      if (top !== undefined) roots.add(top);
    }
    roots.forEach(counts.add);
  }
  const items = visibleChildren(ctx, null)
    .filter((c) => counts.get(c.id) > 0 || selected.has(c.id))
    .map((c) => ({ entityId: c.id, name: c.name, isSelected: selected.has(c.id), productCount: counts.get(c.id) }));
  if (items.length === 0) return [];
  const categories = (args: ConnectionArgs) => paginate(items, args);
  return [{ __typename: 'CategorySearchFilter', displayName: 'Category', ...listFacet, categories }];
}

function brandFacet(ctx: SimulatorContext, candidates: CatalogProduct[], filters: SearchProductsFiltersInput) {
  const selected = new Set(filters.brandEntityIds ?? []);
  const counts = counter<number>();
  for (const product of candidates) if (product.brandId !== null) counts.add(product.brandId);
  const items = ctx.index.catalog.brands
    .filter((b) => counts.get(b.id) > 0 || selected.has(b.id))
    .sort((a, b) => byName.compare(a.name, b.name))
    .map((b) => ({ entityId: b.id, name: b.name, isSelected: selected.has(b.id), productCount: counts.get(b.id) }));
  if (items.length === 0) return [];
  const brands = (args: ConnectionArgs) => paginate(items, args);
  return [{ __typename: 'BrandSearchFilter', displayName: 'Brand', ...listFacet, brands }];
}

function attributeFacets(results: CatalogProduct[], candidates: FacetCandidates, filters: SearchProductsFiltersInput) {
  const memo = new Map<CatalogProduct, Map<string, Set<string>>>();
  const attributes = (p: CatalogProduct): Map<string, Set<string>> => {
    let own = memo.get(p);
    if (!own) memo.set(p, (own = attributesOf(p)));
    return own;
  };
  const chosen = new Map((filters.productAttributes ?? []).map((a) => [a.attribute, new Set(a.values)]));
  const names = new Set(chosen.keys());
  for (const product of results) for (const name of attributes(product).keys()) names.add(name);
  return [...names].sort(byName.compare).flatMap((name) => {
    const selected = chosen.get(name) ?? new Set<string>();
    const counts = counter<string>();
    const values = new Set(selected);
    for (const product of candidates(`attribute:${name}`)) {
      for (const value of attributes(product).get(name) ?? []) {
        counts.add(value);
        values.add(value);
      }
    }
    const items = [...values]
      .sort(byName.compare)
      .map((value) => ({ value, isSelected: selected.has(value), productCount: counts.get(value) }));
    if (items.length === 0) return [];
    const page = (args: ConnectionArgs) => paginate(items, args);
    return [{ __typename: 'ProductAttributeSearchFilter', displayName: name, filterKey: name, ...listFacet, attributes: page }];
  });
}

// "N stars & up", from 5 down to 1; products without reviews are not rated.
function ratingFacet(candidates: CatalogProduct[], filters: SearchProductsFiltersInput) {
  const items = [5, 4, 3, 2, 1].flatMap((stars) => {
    const productCount = candidates.filter((p) => p.reviewCount > 0 && averageRating(p) >= stars).length;
    const isSelected = filters.rating?.minRating === stars;
    return productCount > 0 || isSelected ? [{ value: String(stars), isSelected, productCount }] : [];
  });
  if (items.length === 0) return [];
  return [{ __typename: 'RatingSearchFilter', displayName: 'Rating', isCollapsedByDefault: false, ratings: allEdges(items, (i) => i) }];
}

function priceFacet(filters: SearchProductsFiltersInput) {
  const minPrice = filters.price?.minPrice ?? null;
  const maxPrice = filters.price?.maxPrice ?? null;
  const selected = minPrice === null && maxPrice === null ? null : { minPrice, maxPrice };
  return [{ __typename: 'PriceSearchFilter', displayName: 'Price', isCollapsedByDefault: false, selected }];
}

function otherFacet(candidates: FacetCandidates, filters: SearchProductsFiltersInput) {
  const item = (displayName: string, group: string, isSelected: boolean, test: (p: CatalogProduct) => boolean) => {
    const productCount = candidates(group).filter(test).length;
    return productCount > 0 || isSelected ? { displayName, isSelected, productCount } : null;
  };
  const freeShipping = item('Free Shipping', 'freeShipping', filters.isFreeShipping === true, (p) => p.isFreeShipping);
  const isFeatured = item('Featured', 'featured', filters.isFeatured === true, (p) => p.isFeatured);
  const isInStock = item('In Stock', 'inStock', filters.hideOutOfStock === true, (p) => inStock(productStock(p)));
  if (!freeShipping && !isFeatured && !isInStock) return [];
  return [
    { __typename: 'OtherSearchFilter', displayName: 'Other', displayProductCount: true, isCollapsedByDefault: true, freeShipping, isFeatured, isInStock },
  ];
}

/**
 * The facets of a search, each counted over the results with its own filter relaxed, in
 * BigCommerce's default order: category, brand, attributes, price, rating, other.
 */
export function searchFacets(ctx: SimulatorContext, results: CatalogProduct[], candidates: FacetCandidates, filters: SearchProductsFiltersInput) {
  // Facets describe the results: an empty result has none.
  if (results.length === 0) return [];
  return [
    ...categoryFacet(ctx, candidates('category'), filters),
    ...brandFacet(ctx, candidates('brand'), filters),
    ...attributeFacets(results, candidates, filters),
    ...priceFacet(filters),
    ...ratingFacet(candidates('rating'), filters),
    ...otherFacet(candidates, filters),
  ];
}
