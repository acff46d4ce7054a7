import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { CatalogCustomer, CatalogWishlist } from '../../catalog';
import type { SimulatorContext } from '../context';
import { signedInCustomer } from './customer';
import { removeWishlistEntries, wishlistNode } from './wishlists';

/** A wishlist item as the mutations take it. */
export interface ItemInput {
  productEntityId: number;
}

// The real store's wording for these refusals is not published; these say what went wrong.
const NOT_SIGNED_IN = 'Customer is not logged in';

function requireCustomer(ctx: SimulatorContext): CatalogCustomer {
  const customer = signedInCustomer(ctx);
  if (!customer) throw new GraphQLError(NOT_SIGNED_IN);
  return customer;
}

/** The customer's own wishlist; another customer's is as unknown as a missing one. */
function ownWishlist(customer: CatalogCustomer, entityId: number): CatalogWishlist {
  const wishlist = customer.wishlists.find((candidate) => candidate.id === entityId);
  if (!wishlist) throw new GraphQLError(`Wishlist ${entityId} does not exist`);
  return wishlist;
}

/** The products of `items`, each once; all must be visible on the storefront, or nothing changes. */
function productIdsOf(ctx: SimulatorContext, items: readonly ItemInput[]): number[] {
  const ids = [...new Set(items.map((item) => item.productEntityId))];
  for (const id of ids) {
    if (!ctx.index.product.get(id)?.isVisible) throw new GraphQLError(`Product ${id} does not exist`);
  }
  return ids;
}

function nextWishlistId(ctx: SimulatorContext): number {
  const ids = ctx.index.catalog.customers.flatMap((customer) => customer.wishlists.map((wishlist) => wishlist.id));
  return Math.max(0, ...ids) + 1;
}

/**
 * The schema's WishlistMutations object: the signed-in customer's wishlists change in the catalog.
 * Guests, unknown wishlists and unknown products are refused with a GraphQL error, and the
 * mutation's field is null.
 */
export function wishlistMutationsNode(ctx: SimulatorContext) {
  return {
    createWishlist: ({ input }: { input: { name: string; isPublic: boolean; items?: readonly ItemInput[] | null } }) => {
      const customer = requireCustomer(ctx);
      const productIds = productIdsOf(ctx, input.items ?? []);
      const wishlist: CatalogWishlist = {
        id: nextWishlistId(ctx),
        name: input.name,
        isPublic: input.isPublic,
        token: randomBytes(16).toString('hex'),
        productIds,
      };
      customer.wishlists.push(wishlist);
      return { result: wishlistNode(ctx, wishlist) };
    },
    addWishlistItems: ({ input }: { input: { entityId: number; items: readonly ItemInput[] } }) => {
      const wishlist = ownWishlist(requireCustomer(ctx), input.entityId);
      // A product already in the wishlist keeps its item; it is not listed twice.
      for (const id of productIdsOf(ctx, input.items)) if (!wishlist.productIds.includes(id)) wishlist.productIds.push(id);
      return { result: wishlistNode(ctx, wishlist) };
    },
    deleteWishlistItems: ({ input }: { input: { entityId: number; itemEntityIds: readonly number[] } }) => {
      const wishlist = ownWishlist(requireCustomer(ctx), input.entityId);
      // Ids not in the wishlist are ignored: deleting is idempotent.
      removeWishlistEntries(ctx.index.catalog, wishlist, new Set(input.itemEntityIds));
      return { result: wishlistNode(ctx, wishlist) };
    },
  };
}
