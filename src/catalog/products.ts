import type { Storefront } from '../config';
import { InvalidArgumentError } from '../errors';
import type { ExecuteOptions } from '../graphql/execute';
import {
  ProductDocument,
  ProductsDocument,
  type ProductCardFieldsFragment,
  type ProductDetailFieldsFragment,
  type ProductQueryVariables,
  type ProductsQueryVariables,
} from '../graphql/generated/graphql';
import { checkEntityId, checkEntityIds, MAX_PAGE_SIZE, pageVariables, toPage, type Page, type PageArgs } from '../graphql/connection';
import { run } from '../graphql/run';
import { shopperVariables } from '../graphql/shopper';

/** A product as a listing shows it (generated from `ProductCardFields`). */
export type ProductCard = ProductCardFieldsFragment;
/** A product with everything its page needs (generated from `ProductDetailFields`). */
export type ProductDetail = ProductDetailFieldsFragment;

/** Arguments of {@link getProducts}. */
export interface ProductsArgs extends PageArgs {
  /** Only these products (at most 50 per page). */
  entityIds?: readonly number[];
  /** Leave out products that are out of stock (needs the Product Filtering feature on the store). */
  hideOutOfStock?: boolean;
}

/**
 * Fetches one page of products, with prices in the shopper's currency.
 *
 * @throws {InvalidArgumentError} for bad page arguments or ids, before any request.
 * @throws {StorefrontError} a typed error for HTTP, GraphQL, network and timeout failures.
 * @example
 * const page = await getProducts(storefront, { first: 12 });
 * const next = await getProducts(storefront, { first: 12, after: page.pageInfo.endCursor! });
 */
export async function getProducts(
  storefront: Storefront,
  args: ProductsArgs = {},
  options?: ExecuteOptions,
): Promise<Page<ProductCard>> {
  const { entityIds, hideOutOfStock } = args;
  if (entityIds) checkEntityIds('Products', 'entityIds', entityIds);
  const variables: ProductsQueryVariables = { ...pageVariables('Products', args), ...shopperVariables(storefront) };
  if (entityIds) variables.entityIds = entityIds as number[];
  if (hideOutOfStock !== undefined) variables.hideOutOfStock = hideOutOfStock;
  return run(storefront, ProductsDocument, variables, options, (data) => toPage(data.site.products));
}

/**
 * Fetches products by entity id, in the order asked, in as few requests as the 50-per-page cap
 * allows. Ids the store does not have (or hides) are left out.
 *
 * @throws {InvalidArgumentError} when an id is not a positive integer.
 * @example
 * const [lamp, rug] = await getProductsByIds(storefront, [77, 80]);
 */
export async function getProductsByIds(
  storefront: Storefront,
  entityIds: readonly number[],
  options?: ExecuteOptions,
): Promise<ProductCard[]> {
  checkEntityIds('Products', 'entityIds', entityIds);
  const unique = [...new Set(entityIds)];
  const chunks: number[][] = [];
  for (let i = 0; i < unique.length; i += MAX_PAGE_SIZE) chunks.push(unique.slice(i, i + MAX_PAGE_SIZE));
  const pages = await Promise.all(
    chunks.map((ids) => getProducts(storefront, { entityIds: ids, first: ids.length }, options)),
  );
  const byId = new Map<number, ProductCard>();
  for (const page of pages) for (const product of page.items) byId.set(product.entityId, product);
  return entityIds.flatMap((id) => byId.get(id) ?? []);
}

/** One selected option value: `optionEntityId` is the option, `valueEntityId` its value. */
export interface OptionValueSelection {
  optionEntityId: number;
  valueEntityId: number;
}

/**
 * How to find one product: by entity id (optionally with selected option values or a variant,
 * whose price, SKU, stock and image overlay the product's), by SKU (product or variant), or by
 * variant id alone.
 */
export type ProductLookup =
  | {
      entityId: number;
      optionValueIds?: readonly OptionValueSelection[];
      variantEntityId?: number;
      useDefaultOptionSelections?: boolean;
    }
  | { sku: string }
  | { variantEntityId: number };

/**
 * Fetches one product with everything its page needs, or `null` when the store has none.
 *
 * @throws {InvalidArgumentError} when the lookup names no product or has bad ids.
 * @example
 * const shirt = await getProduct(storefront, { entityId: 112, optionValueIds: [{ optionEntityId: 1, valueEntityId: 4 }] });
 * const bySku = await getProduct(storefront, { sku: 'TWL-BLU-L' });
 */
export async function getProduct(
  storefront: Storefront,
  lookup: ProductLookup,
  options?: ExecuteOptions,
): Promise<ProductDetail | null> {
  return run(storefront, ProductDocument, productVariables(storefront, lookup), options, (data) => data.site.product ?? null);
}

function productVariables(storefront: Storefront, lookup: ProductLookup): ProductQueryVariables {
  const variables: ProductQueryVariables = shopperVariables(storefront);
  const bad = (argument: string, message: string) => new InvalidArgumentError('Product', argument, message);
  if (lookup && 'sku' in lookup) {
    if (typeof lookup.sku != 'string' || !lookup.sku.trim()) throw bad('sku', 'must be a non-empty string');
    variables.sku = lookup.sku;
    return variables;
  }
  const { entityId, optionValueIds, useDefaultOptionSelections, variantEntityId } = (lookup ?? {}) as Partial<
    Extract<ProductLookup, { entityId: number }>
  >;
  if (entityId === undefined && variantEntityId === undefined) throw bad('lookup', 'needs entityId, sku or variantEntityId');
  if (entityId !== undefined) {
    checkEntityId('Product', 'entityId', entityId);
    variables.entityId = entityId;
    if (optionValueIds) {
      // Only the two ids of each selection go out, each checked.
      variables.optionValueIds = optionValueIds.map(({ optionEntityId, valueEntityId }) => {
        checkEntityIds('Product', 'optionValueIds', [optionEntityId, valueEntityId]);
        return { optionEntityId, valueEntityId };
      });
    }
    if (useDefaultOptionSelections !== undefined) variables.useDefaultOptionSelections = useDefaultOptionSelections;
  }
  if (variantEntityId !== undefined) {
    checkEntityId('Product', 'variantEntityId', variantEntityId);
    variables.variantEntityId = variantEntityId;
  }
  return variables;
}
