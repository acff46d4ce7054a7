import type { Storefront } from '../config';
import type { ExecuteOptions } from '../graphql/execute';
import { BrandPageDocument, BrandsDocument, type BrandFieldsFragment } from '../graphql/generated/graphql';
import { checkEntityId, checkEntityIds, pageVariables, toPage, type Page, type PageArgs } from '../graphql/connection';
import type { ProductCard } from './products';
import { run } from '../graphql/run';
import { shopperVariables } from '../graphql/shopper';

/** A brand as listings show it (generated from `BrandFields`). */
export type Brand = BrandFieldsFragment;

/**
 * Fetches a page of brands, optionally only `entityIds`.
 * @throws {InvalidArgumentError} for bad ids or page arguments, before any request.
 * @example
 * const { items } = await getBrands(storefront, { first: 50 });
 */
export async function getBrands(
  storefront: Storefront,
  args: PageArgs & { entityIds?: readonly number[] } = {},
  options?: ExecuteOptions,
): Promise<Page<Brand>> {
  const { entityIds } = args;
  if (entityIds) checkEntityIds('Brands', 'entityIds', entityIds);
  const variables = { ...pageVariables('Brands', args), ...(entityIds && { entityIds: [...entityIds] }) };
  return run(storefront, BrandsDocument, variables, options, (data) => toPage(data.site.brands));
}

/** A brand with one page of its products. */
export interface BrandPage {
  brand: Brand;
  products: Page<ProductCard>;
}

/**
 * Fetches a brand and a page of its products in one request; `null` when there is no such brand.
 * @throws {InvalidArgumentError} for a bad id or page, before any request.
 * @example
 * const page = await getBrand(storefront, 3, { first: 24 });
 */
export async function getBrand(
  storefront: Storefront,
  entityId: number,
  args: PageArgs = {},
  options?: ExecuteOptions,
): Promise<BrandPage | null> {
  checkEntityId('BrandPage', 'entityId', entityId);
  const variables = { entityId, ...pageVariables('BrandPage', args), ...shopperVariables(storefront) };
  return run(storefront, BrandPageDocument, variables, options, ({ site }) => {
    if (!site.brand) return null;
    const { products, ...brand } = site.brand;
    return { brand, products: toPage(products) };
  });
}
