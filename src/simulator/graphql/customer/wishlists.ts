import type { Catalog, CatalogWishlist } from '../../catalog';
import { paginate, type ConnectionArgs } from '../connection';
import type { SimulatorContext } from '../context';
import { productNode } from '../nodes/product';

/** One wishlist entry: BigCommerce gives each item an id of its own, separate from the product's. */
export interface WishlistEntry {
  id: number;
  productId: number;
}

interface ItemIds {
  next: number;
  /** Item id of each product in each wishlist. */
  byWishlist: WeakMap<CatalogWishlist, Map<number, number>>;
}

// The catalog keeps a wishlist as product ids; item ids live beside it, per catalog, so the
// catalog type stays as it is and two simulators never share ids.
const itemIdTables = new WeakMap<Catalog, ItemIds>();

function itemIds(catalog: Catalog): ItemIds {
  let table = itemIdTables.get(catalog);
  if (!table) {
    itemIdTables.set(catalog, (table = { next: 1, byWishlist: new WeakMap() }));
    // Number the seeded items up front, so ids do not depend on which wishlist is read first.
    for (const customer of catalog.customers) for (const wishlist of customer.wishlists) wishlistEntries(catalog, wishlist);
  }
  return table;
}

/** A wishlist's items in the order added, each with its item id (new products get the next id). */
export function wishlistEntries(catalog: Catalog, wishlist: CatalogWishlist): WishlistEntry[] {
  const table = itemIds(catalog);
  let ids = table.byWishlist.get(wishlist);
  if (!ids) table.byWishlist.set(wishlist, (ids = new Map()));
  return wishlist.productIds.map((productId) => {
    let id = ids.get(productId);
    if (id === undefined) ids.set(productId, (id = table.next++));
    return { id, productId };
  });
}

/** Removes items by item id; a removed product added again later gets a new item id. */
export function removeWishlistEntries(catalog: Catalog, wishlist: CatalogWishlist, itemIdsToRemove: ReadonlySet<number>): void {
  const removed = wishlistEntries(catalog, wishlist).filter((entry) => itemIdsToRemove.has(entry.id));
  const gone = new Set(removed.map((entry) => entry.productId));
  const ids = itemIds(catalog).byWishlist.get(wishlist);
  for (const productId of gone) ids?.delete(productId);
  wishlist.productIds = wishlist.productIds.filter((productId) => !gone.has(productId));
}

/** The schema's Wishlist object. */
export function wishlistNode(ctx: SimulatorContext, wishlist: CatalogWishlist) {
  const { index } = ctx;
  return {
    entityId: wishlist.id,
    name: wishlist.name,
    isPublic: wishlist.isPublic,
    token: wishlist.token,
    items: (args: ConnectionArgs) =>
      paginate(wishlistEntries(index.catalog, wishlist), args, ({ id, productId }) => {
        const product = index.product.get(productId);
        return {
          entityId: id,
          productEntityId: productId,
          product: product?.isVisible ? productNode(ctx, product) : null,
        };
      }),
  };
}
