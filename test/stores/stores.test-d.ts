// What the stores' values are typed as: data from the generated types, errors from the family.
import type { ReadableAtom } from 'nanostores';
import { describe, expectTypeOf, it } from 'vitest';
import type { BrandPage } from '../../src/catalog/brands';
import type { CategoryPage } from '../../src/catalog/categories';
import type { Page } from '../../src/graphql/connection';
import type { ProductCard, ProductDetail } from '../../src/catalog/products';
import type { ResolvedRoute } from '../../src/catalog/routes';
import type { SearchResult } from '../../src/catalog/search';
import type { Storefront } from '../../src/config';
import type { StorefrontError } from '../../src/errors';
import type { VerifiedCustomer } from '../../src/session';
import { createCatalogCache, type CatalogStore } from '../../src/stores/catalog-cache';
import {
  createBrandStore,
  createCategoryStore,
  createProductsStore,
  createProductStore,
  createRouteStore,
  createSearchStore,
} from '../../src/stores/catalog-stores';
import { createCustomerStore, type CustomerState } from '../../src/stores/customer-store';

declare const storefront: Storefront;
const catalog = createCatalogCache(storefront);

describe('catalog stores', () => {
  it('hold the catalog functions\' results, optional until loaded, and StorefrontError', () => {
    expectTypeOf(createProductsStore(catalog).get().data).toEqualTypeOf<Page<ProductCard> | undefined>();
    expectTypeOf(createProductStore(catalog, { sku: 'A' }).get().data).toEqualTypeOf<ProductDetail | null | undefined>();
    expectTypeOf(createCategoryStore(catalog, 1).get().data).toEqualTypeOf<CategoryPage | null | undefined>();
    expectTypeOf(createBrandStore(catalog, 1).get().data).toEqualTypeOf<BrandPage | null | undefined>();
    expectTypeOf(createSearchStore(catalog, { searchTerm: 'x' }).get().data).toEqualTypeOf<SearchResult | undefined>();
    expectTypeOf(createRouteStore(catalog, '/').get().data).toEqualTypeOf<ResolvedRoute | undefined>();
    expectTypeOf(createProductsStore(catalog).get().error).toEqualTypeOf<StorefrontError | undefined>();
    expectTypeOf(createProductsStore(catalog).get().loading).toEqualTypeOf<boolean>();
  });

  it('refuse arguments their catalog function refuses', () => {
    // @ts-expect-error a lookup needs entityId, sku or variantEntityId
    createProductStore(catalog, { first: 1 });
    // @ts-expect-error a category id is a number
    createCategoryStore(catalog, '21');
    // @ts-expect-error not a sort the API knows
    createSearchStore(catalog, { sort: 'CHEAPEST' });
  });

  it('take your own queries through catalog.store', () => {
    expectTypeOf(catalog.store('k', async () => 42)).toEqualTypeOf<CatalogStore<number>>();
  });
});

describe('customer store', () => {
  it('narrows on status', () => {
    const $customer = createCustomerStore(storefront, { appClientId: 'a', verifyUrl: '/v' });
    expectTypeOf($customer).toExtend<ReadableAtom<CustomerState>>();
    expectTypeOf($customer.refresh).returns.resolves.toEqualTypeOf<CustomerState>();
    const state = $customer.get();
    if (state.status === 'customer') expectTypeOf(state.customer).toEqualTypeOf<VerifiedCustomer>();
    if (state.status === 'error') expectTypeOf(state.error).toEqualTypeOf<StorefrontError>();
  });
});
