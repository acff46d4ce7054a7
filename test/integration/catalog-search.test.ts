import { describe, expect, it } from 'vitest';
import { searchProducts, type ProductCard, type SearchFacet, type SearchProductsArgs, type SearchSort } from '../../src/index';
import { sampleCatalog } from '../../src/simulator';
import { nodes, useSimulator } from './helpers';

const catalog = sampleCatalog();
const suite = useSimulator(() => ({ catalog }));
const visible = catalog.products.filter((p) => p.isVisible);
const data = (card: ProductCard) => catalog.products.find((p) => p.id === card.entityId)!;
const ids = (cards: readonly ProductCard[]) => cards.map((c) => c.entityId);
const sorted = (list: readonly number[]) => [...list].sort((a, b) => a - b);
const rating = (card: ProductCard) => {
  const { numberOfReviews, summationOfRatings } = card.reviewSummary;
  return numberOfReviews > 0 ? summationOfRatings / numberOfReviews : 0;
};
const search = (args: SearchProductsArgs) => searchProducts(suite.storefront(), { first: 50, ...args });
const facet = <T extends SearchFacet['__typename']>(facets: SearchFacet[], type: T, name?: string) =>
  facets.find((f): f is Extract<SearchFacet, { __typename: T }> => f.__typename === type && (!name || f.displayName === name))!;

describe('searchProducts: filters', () => {
  it('searchTerm matches names, SKUs and descriptions', async () => {
    const { products } = await search({ searchTerm: 'towel' });
    expect(sorted(ids(products.items))).toEqual([101, 102, 103]);
    expect(products.totalItems).toBe(3);
    expect(suite.graphql('SearchProducts')[0]!.variables).toEqual({ filters: { searchTerm: 'towel' }, first: 50 });
  });

  it('price range keeps products whose price is within it', async () => {
    const { products } = await search({ price: { minPrice: 40, maxPrice: 60 } });
    expect(products.items.length).toBeGreaterThan(5);
    for (const card of products.items) expect(card.prices!.price.value).toBeGreaterThanOrEqual(40);
    for (const card of products.items) expect(card.prices!.price.value).toBeLessThanOrEqual(60);
    const expected = visible.filter((p) => (p.salePrice ?? p.price) >= 40 && (p.salePrice ?? p.price) <= 60);
    expect(sorted(ids(products.items))).toEqual(expected.map((p) => p.id));
    expect(ids(products.items)).toContain(126); // Hedge Shears: 54, on sale at 44
  });

  it('rating keeps products whose average review is within it', async () => {
    const { products } = await search({ rating: { minRating: 4.7 } });
    expect(products.items.length).toBeGreaterThan(0);
    for (const card of products.items) expect(rating(card)).toBeGreaterThanOrEqual(4.7);
    const expected = visible.filter((p) => p.reviewCount > 0 && p.reviewRatingSum / p.reviewCount >= 4.7);
    expect(sorted(ids(products.items))).toEqual(expected.map((p) => p.id));
  });

  it('categories match the category itself, or its whole subtree with searchSubCategories', async () => {
    expect((await search({ categoryEntityIds: [21] })).products.totalItems).toBe(0); // Bath holds no product itself
    const bath = await search({ categoryEntityIds: [21], searchSubCategories: true });
    expect(sorted(ids(bath.products.items))).toEqual([101, 102, 103, 104, 105, 106, 107]); // Towels + Bath Accessories
    expect(ids((await search({ categoryEntityId: 30 })).products.items)).toEqual([135]);
    const garden = await search({ categoryEntityId: 30, searchSubCategories: true });
    expect(sorted(ids(garden.products.items))).toEqual(visible.filter((p) => p.id >= 121).map((p) => p.id));
    expect(suite.graphql('SearchProducts')[1]!.variables!.filters).toEqual({ categoryEntityIds: [21], searchSubCategories: true });
  });

  it('brands keep the products of any of the brands', async () => {
    const { products } = await search({ brandEntityIds: [2, 3] });
    expect(sorted(ids(products.items))).toEqual([105, 108, 110, 112, 113]);
    expect(new Set(products.items.map((c) => c.brand?.name))).toEqual(new Set(['Kiln Works', 'Ironhold']));
  });

  it('productAttributes: any value of one attribute, every attribute', async () => {
    const fabric = await search({ productAttributes: [{ attribute: 'Material', values: ['Linen', 'Wool'] }] });
    expect(sorted(ids(fabric.products.items))).toEqual([103, 114, 116, 117]);
    const both = await search({
      productAttributes: [
        { attribute: 'Material', values: ['Linen'] },
        { attribute: 'Color', values: ['Sage'] },
      ],
    });
    expect(ids(both.products.items)).toEqual([114]);
  });

  it('isFreeShipping, isFeatured and hideOutOfStock', async () => {
    expect(sorted(ids((await search({ isFreeShipping: true })).products.items))).toEqual([106, 112, 119, 123, 131]);
    expect(sorted(ids((await search({ isFeatured: true })).products.items))).toEqual([101, 108, 123, 125, 131]);
    const inStock = await search({ hideOutOfStock: true });
    expect(ids(inStock.products.items)).not.toContain(103);
    expect(inStock.products.items.every((c) => c.inventory.isInStock)).toBe(true);
    expect(inStock.products.totalItems).toBe(visible.length - 1);
    const filters = suite.graphql('SearchProducts').map((e) => e.variables!.filters);
    expect(filters).toEqual([{ isFreeShipping: true }, { isFeatured: true }, { hideOutOfStock: true }]);
  });
});

describe('searchProducts: sorts', () => {
  type Key = (card: ProductCard) => number | string;
  const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  // For each sort, a key that must not decrease from one result to the next.
  const keys: Record<Exclude<SearchSort, 'RELEVANCE'>, Key> = {
    A_TO_Z: (c) => c.name,
    Z_TO_A: (c) => c.name,
    LOWEST_PRICE: (c) => c.prices!.price.value,
    HIGHEST_PRICE: (c) => -c.prices!.price.value,
    BEST_SELLING: (c) => -data(c).totalSold,
    NEWEST: (c) => -Date.parse(data(c).dateCreated),
    BEST_REVIEWED: (c) => -rating(c),
    FEATURED: (c) => (data(c).isFeatured ? 0 : 1),
  };
  const compare = (sort: SearchSort, a: ProductCard, b: ProductCard) => {
    const [x, y] = [keys[sort as keyof typeof keys](a), keys[sort as keyof typeof keys](b)];
    if (typeof x === 'string') return sort === 'Z_TO_A' ? byName.compare(y as string, x) : byName.compare(x, y as string);
    return x - (y as number);
  };

  it.each(Object.keys(keys) as SearchSort[])('%s orders every visible product', async (sort) => {
    const { products } = await search({ sort });
    expect(sorted(ids(products.items))).toEqual(visible.map((p) => p.id));
    const pairs = products.items.slice(1).map((card, i) => [products.items[i]!, card] as const);
    for (const [a, b] of pairs) expect(compare(sort, a, b), `${sort}: ${a.entityId} before ${b.entityId}`).toBeLessThanOrEqual(0);
    expect(ids(products.items)).not.toEqual(visible.map((p) => p.id)); // the sort changed the default order
    expect(suite.graphql('SearchProducts')[0]!.variables).toEqual({ filters: {}, sort, first: 50 });
  });

  it('RELEVANCE ranks name matches, then SKU matches, then description-only matches', async () => {
    const { products } = await search({ searchTerm: 'hand', sort: 'RELEVANCE' });
    // Names: hand towels, Hand-thrown Mug, Hand Trowel; SKU: the bath towel's TOWEL-TC-*-HAND variants;
    // descriptions only: the "Hand-poured" candle and the pruners' "handle".
    expect(ids(products.items)).toEqual([102, 113, 127, 101, 118, 125]);
  });
});

describe('searchProducts: facets and totals', () => {
  it('reports totalItems of the whole result beside one page of it', async () => {
    const { products } = await search({ first: 5, sort: 'A_TO_Z' });
    expect(products.items).toHaveLength(5);
    expect(products.totalItems).toBe(visible.length);
    expect(products.pageInfo.hasNextPage).toBe(true);
  });

  it('facet counts match what choosing each value returns', async () => {
    const { products, facets } = await search({});
    const kinds = facets.map((f) => f.__typename).filter((kind, i, all) => kind !== all[i - 1]);
    expect(kinds).toEqual([
      'CategorySearchFilter', 'BrandSearchFilter', 'ProductAttributeSearchFilter',
      'PriceSearchFilter', 'RatingSearchFilter', 'OtherSearchFilter',
    ]);
    const total = async (args: SearchProductsArgs) => (await search({ first: 1, ...args })).products.totalItems;
    for (const brand of nodes(facet(facets, 'BrandSearchFilter').brands)) {
      expect(brand.productCount).toBe(products.items.filter((c) => c.brand?.entityId === brand.entityId).length);
      expect(brand.productCount).toBe(await total({ brandEntityIds: [brand.entityId] }));
    }
    for (const root of nodes(facet(facets, 'CategorySearchFilter').categories)) {
      expect(root.productCount).toBe(await total({ categoryEntityIds: [root.entityId], searchSubCategories: true }));
    }
    for (const value of nodes(facet(facets, 'ProductAttributeSearchFilter', 'Material').attributes)) {
      expect(value.productCount).toBe(await total({ productAttributes: [{ attribute: 'Material', values: [value.value] }] }));
    }
    for (const stars of nodes(facet(facets, 'RatingSearchFilter').ratings)) {
      expect(stars.productCount).toBe(await total({ rating: { minRating: Number(stars.value) } }));
    }
    const other = facet(facets, 'OtherSearchFilter');
    expect(other.freeShipping!.productCount).toBe(await total({ isFreeShipping: true }));
    expect(other.isFeatured!.productCount).toBe(await total({ isFeatured: true }));
    expect(other.isInStock!.productCount).toBe(await total({ hideOutOfStock: true }));
  });

  it('isSelected and the selected price reflect the filters sent', async () => {
    const { products, facets } = await search({
      brandEntityIds: [1],
      productAttributes: [{ attribute: 'Material', values: ['Cotton'] }],
      price: { minPrice: 10, maxPrice: 100 },
      rating: { minRating: 4 },
      hideOutOfStock: true,
    });
    expect(sorted(ids(products.items))).toEqual([101, 102]);
    const brands = nodes(facet(facets, 'BrandSearchFilter').brands);
    expect(brands.filter((b) => b.isSelected).map((b) => [b.name, b.productCount])).toEqual([['Linen Lane', 2]]);
    const materials = nodes(facet(facets, 'ProductAttributeSearchFilter', 'Material').attributes);
    expect(materials.filter((v) => v.isSelected).map((v) => [v.value, v.productCount])).toEqual([['Cotton', 2]]);
    expect(facet(facets, 'PriceSearchFilter').selected).toEqual({ minPrice: 10, maxPrice: 100 });
    expect(nodes(facet(facets, 'RatingSearchFilter').ratings).filter((r) => r.isSelected).map((r) => r.value)).toEqual(['4']);
    const other = facet(facets, 'OtherSearchFilter');
    expect([other.isInStock?.isSelected, other.freeShipping?.isSelected ?? false]).toEqual([true, false]);
  });

  it('an empty result has no items, no total and no facets', async () => {
    const { products, facets } = await search({ searchTerm: 'zeppelin' });
    expect([products.items, products.totalItems, facets]).toEqual([[], 0, []]);
  });
});
