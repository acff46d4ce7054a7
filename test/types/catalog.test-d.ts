import { describe, expectTypeOf, it } from 'vitest';
import {
  execute,
  getBrand,
  getBrands,
  getCategory,
  getCategoryTree,
  getCountries,
  getCurrencies,
  getProduct,
  getProducts,
  getProductsByIds,
  getStoreSettings,
  resolveRoute,
  searchProducts,
  walkPages,
  type Page,
  type SearchFacet,
  type SearchSort,
  type Storefront,
} from '../../src/index';
import {
  CategoryPageDocument,
  ProductDocument,
  ProductsDocument,
  type BrandFieldsFragment,
  type CategoryPageQuery,
  type CategoryTreeQuery,
  type CountriesQuery,
  type CurrenciesQuery,
  type ProductCardFieldsFragment,
  type ProductDetailFieldsFragment,
  type ProductsQuery,
  type RouteQuery,
  type SearchFacetFieldsFragment,
  type SearchProductsSortInput,
  type StoreSettingsQuery,
} from '../../src/graphql/generated/graphql';

declare const storefront: Storefront;
type Resolved<F extends (...args: any) => Promise<unknown>> = Awaited<ReturnType<F>>;
type Facet<T extends SearchFacet['__typename']> = Extract<SearchFacet, { __typename: T }>;

describe('catalog results are built from the generated types', () => {
  it('products', () => {
    expectTypeOf<Resolved<typeof getProduct>>().toEqualTypeOf<ProductDetailFieldsFragment | null>();
    expectTypeOf<Resolved<typeof getProducts>>().toEqualTypeOf<Page<ProductCardFieldsFragment>>();
    expectTypeOf<Resolved<typeof getProducts>['items'][number]>().toEqualTypeOf<ProductCardFieldsFragment>();
    expectTypeOf<Resolved<typeof getProductsByIds>>().toEqualTypeOf<ProductCardFieldsFragment[]>();
    expectTypeOf<ProductCardFieldsFragment['entityId']>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<ProductCardFieldsFragment['prices']>['price']['value']>().toEqualTypeOf<number>();
  });

  it('search: product cards and facets that narrow by __typename', () => {
    type Result = Resolved<typeof searchProducts>;
    expectTypeOf<Result['products']>().toEqualTypeOf<Page<ProductCardFieldsFragment>>();
    expectTypeOf<Result['facets'][number]>().toEqualTypeOf<NonNullable<SearchFacetFieldsFragment['edges']>[number]['node']>();
    expectTypeOf<SearchFacet['__typename']>().toEqualTypeOf<
      | 'BrandSearchFilter'
      | 'CategorySearchFilter'
      | 'OtherSearchFilter'
      | 'PriceSearchFilter'
      | 'ProductAttributeSearchFilter'
      | 'RatingSearchFilter'
    >();
    expectTypeOf<NonNullable<Facet<'BrandSearchFilter'>['brands']['edges']>[number]['node']>().toEqualTypeOf<{
      entityId: number;
      name: string;
      isSelected: boolean;
      productCount: number;
    }>();
    expectTypeOf<Facet<'PriceSearchFilter'>['selected']>().toEqualTypeOf<{ minPrice: number | null; maxPrice: number | null } | null>();
    const facet = {} as SearchFacet;
    if (facet.__typename === 'ProductAttributeSearchFilter') expectTypeOf(facet.filterKey).toEqualTypeOf<string>();
    // @ts-expect-error only the attribute facet has a filterKey
    void facet.filterKey;
    expectTypeOf<SearchSort>().toEqualTypeOf<SearchProductsSortInput>();
  });

  it('categories, brands and routes', () => {
    expectTypeOf<Resolved<typeof getCategoryTree>>().toEqualTypeOf<CategoryTreeQuery['site']['categoryTree']>();
    type CategoryPage = NonNullable<Resolved<typeof getCategory>>;
    expectTypeOf<CategoryPage['category']>().toEqualTypeOf<NonNullable<CategoryPageQuery['site']['category']>>();
    expectTypeOf<CategoryPage['products']>().toEqualTypeOf<Page<ProductCardFieldsFragment>>();
    expectTypeOf<Resolved<typeof getCategory>>().toBeNullable();
    expectTypeOf<Resolved<typeof getBrands>>().toEqualTypeOf<Page<BrandFieldsFragment>>();
    expectTypeOf<NonNullable<Resolved<typeof getBrand>>['brand']>().toEqualTypeOf<BrandFieldsFragment>();
    type Node = NonNullable<Resolved<typeof resolveRoute>['node']>;
    expectTypeOf<Node>().toEqualTypeOf<NonNullable<RouteQuery['site']['route']['node']>>();
    const node = {} as Node;
    if (node.__typename === 'Product') {
      expectTypeOf(node).toExtend<ProductDetailFieldsFragment>();
      expectTypeOf(node.variants).toEqualTypeOf<ProductDetailFieldsFragment['variants']>();
    }
    if (node.__typename === 'Category') {
      expectTypeOf(node.breadcrumbs.edges).not.toBeAny();
      // @ts-expect-error a category has no prices
      void node.prices;
    }
  });

  it('store data', () => {
    expectTypeOf<Resolved<typeof getCurrencies>[number]>().toEqualTypeOf<
      NonNullable<CurrenciesQuery['site']['currencies']['edges']>[number]['node']
    >();
    expectTypeOf<Resolved<typeof getStoreSettings>>().toEqualTypeOf<StoreSettingsQuery['site']['settings']>();
    expectTypeOf<Resolved<typeof getCountries>>().toEqualTypeOf<NonNullable<CountriesQuery['geography']['countries']>>();
  });

  it('walkPages yields arrays of the listing items', () => {
    expectTypeOf(walkPages((page) => getProducts(storefront, page))).toEqualTypeOf<
      AsyncGenerator<ProductCardFieldsFragment[], void, undefined>
    >();
    expectTypeOf(walkPages((page) => getBrands(storefront, page))).toEqualTypeOf<AsyncGenerator<BrandFieldsFragment[], void, undefined>>();
  });
});

describe('argument types reject what the API does not take', () => {
  it('sorts, filters, pages and lookups', () => {
    // @ts-expect-error not a SearchProductsSortInput
    void searchProducts(storefront, { sort: 'CHEAPEST' });
    // @ts-expect-error the price bounds are minPrice/maxPrice
    void searchProducts(storefront, { price: { min: 10 } });
    // @ts-expect-error attribute values are a list
    void searchProducts(storefront, { productAttributes: [{ attribute: 'Color', values: 'Blue' }] });
    // @ts-expect-error brand ids are numbers
    void searchProducts(storefront, { brandEntityIds: ['3'] });
    // @ts-expect-error page sizes are numbers
    void getProducts(storefront, { first: '10' });
    // @ts-expect-error a category page's category is its id argument, not a filter
    void getCategory(storefront, 22, { categoryEntityId: 3 });
    // @ts-expect-error a lookup names an entityId, sku or variantEntityId
    void getProduct(storefront, {});
    // @ts-expect-error option values are { optionEntityId, valueEntityId }
    void getProduct(storefront, { entityId: 101, optionValueIds: [[100, 200]] });
    // @ts-expect-error paths are strings
    void resolveRoute(storefront, 42);
  });
});

describe('execute infers result and variables from a generated document', () => {
  it('result', () => {
    expectTypeOf(execute(storefront, ProductsDocument, { first: 5 })).resolves.toEqualTypeOf<ProductsQuery>();
    expectTypeOf(execute(storefront, ProductDocument, { sku: 'SKILLET' })).resolves.toEqualTypeOf<{
      site: { product: ProductDetailFieldsFragment | null };
    }>();
  });

  it('variables', () => {
    void execute(storefront, ProductsDocument); // every variable is optional
    // @ts-expect-error entityId is an Int
    void execute(storefront, ProductDocument, { entityId: '101' });
    // @ts-expect-error not a variable of Products
    void execute(storefront, ProductsDocument, { limit: 5 });
    // @ts-expect-error CategoryPage requires entityId and filters
    void execute(storefront, CategoryPageDocument);
    // @ts-expect-error CategoryPage requires filters
    void execute(storefront, CategoryPageDocument, { entityId: 22 });
    void execute(storefront, CategoryPageDocument, { entityId: 22, filters: { categoryEntityId: 22 } });
  });
});
