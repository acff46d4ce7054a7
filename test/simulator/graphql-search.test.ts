import { isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { CategoryPageQuery, SearchProductsQuery } from '../../src/graphql/generated/graphql';
import { sampleCatalog, type CatalogProduct } from '../../src/simulator/catalog';
import { simulatorSchema } from '../../src/simulator/graphql/schema';
import { nodes, simulatorRunner } from './graphql-helpers';

type Search = SearchProductsQuery['site']['search']['searchProducts'];
type Facet = NonNullable<Search['filters']['edges']>[number]['node'];

const sim = simulatorRunner();
const catalog = sampleCatalog();
const byId = new Map(catalog.products.map((p) => [p.id, p]));
const visible = catalog.products.filter((p) => p.isVisible);

async function search(filters: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<Search> {
  return (await sim.data<SearchProductsQuery>('SearchProducts', { filters, first: 50, ...extra })).site.search.searchProducts;
}
async function ids(filters: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<number[]> {
  return nodes((await search(filters, extra)).products).map((p) => p.entityId);
}
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
const idsWhere = (test: (p: CatalogProduct) => boolean) => visible.filter(test).map((p) => p.id);
const shopperPrice = (p: CatalogProduct) => p.salePrice ?? p.price;
const rating = (p: CatalogProduct) => (p.reviewCount > 0 ? p.reviewRatingSum / p.reviewCount : 0);

describe('SearchProducts: filters', () => {
  it('matches the search term in name, SKU or description, ignoring case, name matches first', async () => {
    expect(sorted(await ids({ searchTerm: 'towel' }))).toEqual([101, 102, 103]);
    expect(sorted(await ids({ searchTerm: 'TOWEL' }))).toEqual([101, 102, 103]);
    expect(await ids({ searchTerm: 'pruner-bp' })).toEqual([125]);
    expect(await ids({ searchTerm: 'quick-drying' })).toEqual([101]);
    expect(await ids({ searchTerm: 'linen towel' })).toEqual([103]);
    // "Stainless Steel Mixing Bowls" names it; the pruners only mention steel blades.
    expect(await ids({ searchTerm: 'steel' })).toEqual([111, 125]);
    expect(await ids({ searchTerm: 'no such thing' })).toEqual([]);
  });

  it('filters by price (the price a shopper pays) and by average rating', async () => {
    expect(sorted(await ids({ price: { minPrice: 100, maxPrice: 300 } }))).toEqual(
      idsWhere((p) => shopperPrice(p) >= 100 && shopperPrice(p) <= 300),
    );
    // The copper saucepan costs 189 but is on sale for 149.
    expect(await ids({ price: { minPrice: 150, maxPrice: 200 } })).not.toContain(109);
    expect(sorted(await ids({ rating: { minRating: 4.7 } }))).toEqual(idsWhere((p) => rating(p) >= 4.7));
    expect((await ids({ rating: { minRating: 4.7 } })).length).toBeGreaterThan(0);
  });

  it('filters by category, with sub-categories only when asked', async () => {
    expect(await ids({ categoryEntityId: 21 })).toEqual([]);
    expect(sorted(await ids({ categoryEntityId: 21, searchSubCategories: true }))).toEqual([101, 102, 103, 104, 105, 106, 107]);
    expect(sorted(await ids({ categoryEntityIds: [22, 33] }))).toEqual([101, 102, 103, 125, 126, 130]);
    expect(sorted(await ids({ categoryEntityIds: [30], searchSubCategories: true }))).toEqual(
      idsWhere((p) => p.categoryIds.some((id) => [30, 31, 32, 33, 34].includes(id))),
    );
    expect(await ids({ categoryIdsFilter: { entityIds: [22, 40], matchBehavior: 'AND' } })).toEqual([102]);
    expect(sorted(await ids({ categoryIdsFilter: { entityIds: [22, 40], matchBehavior: 'OR' } }))).toEqual(
      [101, 102, 103, 109, 116, 126, 133],
    );
  });

  it('filters by brand, attributes, free shipping, featured and stock', async () => {
    expect(sorted(await ids({ brandEntityIds: [3] }))).toEqual([108, 110]);
    expect(sorted(await ids({ productAttributes: [{ attribute: 'Color', values: ['Sage'] }] }))).toEqual([101, 113, 114, 129, 132]);
    expect(sorted(await ids({ productAttributes: [{ attribute: 'Material', values: ['Linen', 'Teak'] }] }))).toEqual([103, 106, 114, 131]);
    expect(
      await ids({
        productAttributes: [
          { attribute: 'Color', values: ['Sage'] },
          { attribute: 'Material', values: ['Linen'] },
        ],
      }),
    ).toEqual([114]);
    expect(sorted(await ids({ isFreeShipping: true }))).toEqual([106, 112, 119, 123, 131]);
    expect(sorted(await ids({ isFeatured: true }))).toEqual([101, 108, 123, 125, 131]);
    expect(await ids({ isFeatured: false })).toHaveLength(35);
    const inStock = await ids({ hideOutOfStock: true });
    expect(inStock).toHaveLength(34);
    expect(inStock).not.toContain(103);
  });

  it('refuses a search term longer than 255 characters', async () => {
    const result = await sim.result('SearchProducts', { filters: { searchTerm: 'a'.repeat(256) } });
    expect(result.errors?.[0]?.message).toBe('searchTerm must be at most 255 characters');
  });

  it('pages through results without duplicates', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Search = await search({ searchSubCategories: true, categoryEntityId: 20 }, { first: 7, after });
      seen.push(...nodes(page.products).map((p) => p.entityId));
      if (!page.products.pageInfo.hasNextPage) break;
      after = page.products.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
  });
});

describe('SearchProducts: sorting', () => {
  const sortEnum = simulatorSchema().getType('SearchProductsSortInput');
  const values = isEnumType(sortEnum) ? sortEnum.getValues().map((v) => v.name) : [];

  /** A check per sort value: every neighbouring pair of results must satisfy it. */
  const inOrder: Record<string, (a: CatalogProduct, b: CatalogProduct) => boolean> = {
    A_TO_Z: (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }) <= 0,
    Z_TO_A: (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }) >= 0,
    LOWEST_PRICE: (a, b) => shopperPrice(a) <= shopperPrice(b),
    HIGHEST_PRICE: (a, b) => shopperPrice(a) >= shopperPrice(b),
    NEWEST: (a, b) => a.dateCreated >= b.dateCreated,
    BEST_SELLING: (a, b) => a.totalSold >= b.totalSold,
    BEST_REVIEWED: (a, b) => rating(a) >= rating(b),
    FEATURED: (a, b) => a.isFeatured || !b.isFeatured,
    // Without a search term, relevance falls back to the merchant's sort order, then id.
    RELEVANCE: (a, b) => a.sortOrder < b.sortOrder || (a.sortOrder === b.sortOrder && a.id < b.id),
  };

  it('knows every value of SearchProductsSortInput', () => {
    expect(values.length).toBe(9);
    expect(Object.keys(inOrder).sort()).toEqual([...values].sort());
  });

  it.each(values)('orders all results by %s', async (sort) => {
    const order = (await ids({}, { sort })).map((id) => byId.get(id)!);
    expect(order).toHaveLength(35);
    const broken = order.slice(1).flatMap((b, i) => (inOrder[sort]!(order[i]!, b) ? [] : [`${order[i]!.name} before ${b.name}`]));
    expect(broken).toEqual([]);
  });

  it('puts the lowest price first and the newest product first', async () => {
    expect((await ids({}, { sort: 'LOWEST_PRICE' }))[0]).toBe(120);
    expect((await ids({}, { sort: 'HIGHEST_PRICE' }))[0]).toBe(131);
    expect((await ids({}, { sort: 'NEWEST' }))[0]).toBe(135);
    expect((await ids({}, { sort: 'BEST_SELLING' }))[0]).toBe(121);
  });
});

describe('SearchProducts: facets', () => {
  const facet = (list: Facet[], typename: string, name?: string) =>
    list.find((f) => f.__typename === typename && (name === undefined || f.displayName === name));
  const facetsOf = async (filters: Record<string, unknown>) => nodes((await search(filters)).filters);

  it('counts brands, categories, attributes, ratings and other facets over the results', async () => {
    const facets = await facetsOf({ categoryEntityId: 22 });
    expect(facets.map((f) => f.displayName)).toEqual(['Category', 'Brand', 'Care', 'Color', 'Material', 'Size', 'Price', 'Rating', 'Other']);
    const category = facet(facets, 'CategorySearchFilter');
    expect(category && 'categories' in category ? nodes(category.categories) : []).toEqual([
      { entityId: 20, name: 'Home', isSelected: false, productCount: 3 },
      { entityId: 40, name: 'Sale', isSelected: false, productCount: 1 },
    ]);
    const brand = facet(facets, 'BrandSearchFilter');
    expect(brand && 'brands' in brand ? nodes(brand.brands) : []).toEqual([
      { entityId: 1, name: 'Linen Lane', isSelected: false, productCount: 3 },
    ]);
    const material = facet(facets, 'ProductAttributeSearchFilter', 'Material');
    expect(material && 'attributes' in material ? [material.filterKey, nodes(material.attributes)] : []).toEqual([
      'Material',
      [
        { value: 'Cotton', isSelected: false, productCount: 2 },
        { value: 'Linen', isSelected: false, productCount: 1 },
      ],
    ]);
    const ratings = facet(facets, 'RatingSearchFilter');
    expect(ratings && 'ratings' in ratings ? nodes(ratings.ratings).map((r) => [r.value, r.productCount]) : []).toEqual([
      ['4', 3],
      ['3', 3],
      ['2', 3],
      ['1', 3],
    ]);
    expect(facet(facets, 'PriceSearchFilter')).toMatchObject({ selected: null });
    expect(facet(facets, 'OtherSearchFilter')).toMatchObject({
      isCollapsedByDefault: true,
      freeShipping: null,
      isFeatured: { displayName: 'Featured', isSelected: false, productCount: 1 },
      isInStock: { displayName: 'In Stock', isSelected: false, productCount: 2 },
    });
  });

  it('marks selections and counts each facet with its own selection relaxed', async () => {
    const filters = {
      categoryEntityId: 22,
      brandEntityIds: [1],
      productAttributes: [{ attribute: 'Material', values: ['Linen'] }],
      price: { minPrice: 10, maxPrice: 100 },
      hideOutOfStock: true,
    };
    // The only linen towel is out of stock.
    expect(await ids(filters)).toEqual([]);
    const { hideOutOfStock: _, ...withStock } = filters;
    expect(await ids(withStock)).toEqual([103]);
    const facets = await facetsOf(withStock);
    const material = facet(facets, 'ProductAttributeSearchFilter', 'Material');
    expect(material && 'attributes' in material ? nodes(material.attributes) : []).toEqual([
      { value: 'Cotton', isSelected: false, productCount: 2 },
      { value: 'Linen', isSelected: true, productCount: 1 },
    ]);
    const brand = facet(facets, 'BrandSearchFilter');
    expect(brand && 'brands' in brand ? nodes(brand.brands) : []).toEqual([
      { entityId: 1, name: 'Linen Lane', isSelected: true, productCount: 1 },
    ]);
    expect(facet(facets, 'PriceSearchFilter')).toMatchObject({ selected: { minPrice: 10, maxPrice: 100 } });
    // The linen towel is neither featured, free to ship nor in stock: no "Other" facet applies.
    expect(facet(facets, 'OtherSearchFilter')).toBeUndefined();
  });

  it('has no facets for an empty result', async () => {
    expect(await facetsOf({ searchTerm: 'no such thing' })).toEqual([]);
  });
});

describe('CategoryPage operation', () => {
  it('returns the category, its breadcrumbs, sorted products and facets in one request', async () => {
    const data = await sim.data<CategoryPageQuery>('CategoryPage', {
      entityId: 33,
      filters: { categoryEntityId: 33 },
      sort: 'A_TO_Z',
      first: 2,
      currencyCode: 'EUR',
    });
    expect(data.site.category).toMatchObject({
      id: Buffer.from('Category:33').toString('base64'),
      name: 'Pruners & Shears',
      path: '/garden/tools/pruners-shears/',
      defaultImage: { url: '/sim-images/1000w/category-garden-tools-pruners-shears.svg' },
      seo: { pageTitle: 'Pruners & Shears | Hearth & Garden' },
    });
    expect(nodes(data.site.category?.breadcrumbs).map((b) => b.path)).toEqual(['/garden/', '/garden/tools/', '/garden/tools/pruners-shears/']);
    const results = data.site.search.searchProducts;
    expect(nodes(results.products).map((p) => [p.name, p.prices?.price.value, p.prices?.price.currencyCode])).toEqual([
      ['Bypass Pruners', 35.88, 'EUR'],
      ['Hedge Shears', 40.48, 'EUR'],
    ]);
    expect(results.products.collectionInfo?.totalItems).toBe(3);
    expect(results.products.pageInfo.hasNextPage).toBe(true);
    expect(nodes(results.filters).map((f) => f.displayName)).toContain('Brand');
  });
});
