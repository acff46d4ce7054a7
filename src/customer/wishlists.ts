import { checkEntityId, checkEntityIds, nodesOf } from '../graphql/connection';
import { run } from '../graphql/run';
import { shopperVariables } from '../graphql/shopper';
import type { Storefront } from '../config';
import { InvalidArgumentError } from '../errors';
import type { ExecuteOptions } from '../graphql/execute';
import {
  AddWishlistItemsDocument,
  CreateWishlistDocument,
  CustomerWishlistsDocument,
  DeleteWishlistItemsDocument,
  type WishlistFieldsFragment,
} from '../graphql/generated/graphql';

/** One wishlist entry: its own `entityId` (what removal takes) and the product, `null` once hidden. */
export type WishlistItem = NonNullable<WishlistFieldsFragment['items']['edges']>[number]['node'];

/** A wishlist of the signed-in shopper with its first 50 items; `totalItems` counts them all. */
export type Wishlist = Omit<WishlistFieldsFragment, 'items'> & { items: WishlistItem[]; totalItems: number };

/** What {@link createWishlist} takes. */
export interface CreateWishlistArgs {
  name: string;
  /** Whether others may view it through its share token (default `false`). */
  isPublic?: boolean;
  /** Products to put in it at once. */
  productIds?: readonly number[];
}

const toWishlist = ({ items, ...wishlist }: WishlistFieldsFragment): Wishlist => {
  const list = nodesOf(items);
  return { ...wishlist, items: list, totalItems: items.collectionInfo?.totalItems ?? list.length };
};

// A mutation's payload is nullable in the schema; null without errors is not an answer we can use.
const resultOf = (payload: { result: WishlistFieldsFragment } | null | undefined): Wishlist => {
  if (!payload) throw new TypeError('no wishlist in the answer');
  return toWishlist(payload.result);
};

/** A copy of a non-empty list of ids: an empty change would be a round trip that does nothing. */
function nonEmptyIds(operation: string, name: string, ids: readonly number[]): number[] {
  checkEntityIds(operation, name, ids);
  if (ids.length === 0) throw new InvalidArgumentError(operation, name, 'must hold at least one id');
  return [...ids];
}

const productItems = (ids: readonly number[]) => ids.map((productEntityId) => ({ productEntityId }));

/**
 * Fetches the signed-in shopper's wishlists (up to 50) with their items; `null` for a guest.
 * Prices are in the storefront's currency.
 * @example
 * const lists = (await getWishlists(storefront)) ?? [];
 */
export async function getWishlists(storefront: Storefront, options?: ExecuteOptions): Promise<Wishlist[] | null> {
  return run(storefront, CustomerWishlistsDocument, shopperVariables(storefront), options, ({ customer }) =>
    customer ? nodesOf(customer.wishlists).map(toWishlist) : null,
  );
}

/**
 * Creates a wishlist for the signed-in shopper, optionally with products in it. Sent once, never retried.
 * @throws {InvalidArgumentError} for a blank name or bad product ids, before any request.
 * @throws {GraphQLResponseError} when the store refuses (a guest, an unknown product).
 * @example
 * const list = await createWishlist(storefront, { name: 'Birthday', productIds: [101] });
 */
export async function createWishlist(
  storefront: Storefront,
  { name, isPublic = false, productIds = [] }: CreateWishlistArgs,
  options?: ExecuteOptions,
): Promise<Wishlist> {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new InvalidArgumentError('CreateWishlist', 'name', 'must be a non-empty string');
  }
  checkEntityIds('CreateWishlist', 'productIds', productIds);
  const input = { name, isPublic, items: productItems(productIds) };
  return run(storefront, CreateWishlistDocument, { input, ...shopperVariables(storefront) }, options, (data) =>
    resultOf(data.wishlist.createWishlist),
  );
}

/**
 * Adds products to one of the signed-in shopper's wishlists; a product already in it stays once.
 * Sent once, never retried.
 * @throws {InvalidArgumentError} for a bad wishlist id or an empty or bad list of product ids, before any request.
 * @throws {GraphQLResponseError} when the store refuses (a guest, someone else's wishlist, an unknown product).
 * @example
 * const list = await addWishlistItems(storefront, list.entityId, [113]);
 */
export async function addWishlistItems(
  storefront: Storefront,
  wishlistId: number,
  productIds: readonly number[],
  options?: ExecuteOptions,
): Promise<Wishlist> {
  checkEntityId('AddWishlistItems', 'wishlistId', wishlistId);
  const input = { entityId: wishlistId, items: productItems(nonEmptyIds('AddWishlistItems', 'productIds', productIds)) };
  return run(storefront, AddWishlistItemsDocument, { input, ...shopperVariables(storefront) }, options, (data) =>
    resultOf(data.wishlist.addWishlistItems),
  );
}

/**
 * Removes items (by their item `entityId`, not the product's) from one of the signed-in
 * shopper's wishlists. Sent once, never retried.
 * @throws {InvalidArgumentError} for a bad wishlist id or an empty or bad list of item ids, before any request.
 * @throws {GraphQLResponseError} when the store refuses (a guest, someone else's wishlist).
 * @example
 * const list = await removeWishlistItems(storefront, list.entityId, [list.items[0].entityId]);
 */
export async function removeWishlistItems(
  storefront: Storefront,
  wishlistId: number,
  itemIds: readonly number[],
  options?: ExecuteOptions,
): Promise<Wishlist> {
  checkEntityId('DeleteWishlistItems', 'wishlistId', wishlistId);
  const input = { entityId: wishlistId, itemEntityIds: nonEmptyIds('DeleteWishlistItems', 'itemIds', itemIds) };
  return run(storefront, DeleteWishlistItemsDocument, { input, ...shopperVariables(storefront) }, options, (data) =>
    resultOf(data.wishlist.deleteWishlistItems),
  );
}
