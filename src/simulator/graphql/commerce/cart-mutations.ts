import { createCart, commit, deleteCart } from '../../rest/cart-ops';
import { addItems, changeCartCurrency, removeItem, updateItem } from '../../rest/cart-routes';
import { cartRedirectUrls } from '../../server/cart-links';
import type { SimulatorContext } from '../context';
import { findCart, ownCart, requireCart } from './access';
import { cartNode } from './cart-node';
import { asGraphQL } from './errors';
import {
  restGiftCertificate,
  restItems,
  restLineItem,
  versionOf,
  type GiftCertificateInput,
  type LineItemInput,
} from './inputs';

type Items = { lineItems?: readonly LineItemInput[] | null; giftCertificates?: readonly GiftCertificateInput[] | null };

/**
 * The schema's CartMutations object, over the REST API's carts: a cart made here is the one
 * `GET /api/storefront/carts` answers for the request's session (when it carried the cookie),
 * every change bumps the same `version`, and a stale `version` is refused with CART_CONFLICT.
 * Refusals are GraphQL errors, and the mutation's field is null.
 */
export function cartMutationsNode(ctx: SimulatorContext) {
  const { state } = ctx;
  return {
    createCart: ({ input }: { input: Items & { currencyCode?: string | null; locale?: string | null } }) =>
      asGraphQL(() => {
        const body = {
          ...restItems(ctx, input),
          ...(input.currencyCode ? { currencyCode: input.currencyCode } : {}),
          ...(input.locale ? { locale: input.locale } : {}),
        };
        return { cart: cartNode(ctx, createCart(state, ctx.session(false), ctx.origin, body, ctx.customerId)) };
      }),
    addCartLineItems: ({ input }: { input: { cartEntityId: string; data: Items; version?: number | null } }) =>
      asGraphQL(() => {
        const cart = requireCart(ctx, input.cartEntityId);
        addItems(state, cart, restItems(ctx, input.data, input.version));
        commit(state, cart);
        return { cart: cartNode(ctx, cart) };
      }),
    updateCartLineItem: ({ input }: {
      input: { cartEntityId: string; lineItemEntityId: string; data: { lineItem?: LineItemInput | null; giftCertificate?: GiftCertificateInput | null }; version?: number | null };
    }) =>
      asGraphQL(() => {
        const cart = requireCart(ctx, input.cartEntityId);
        const { lineItem, giftCertificate } = input.data;
        const body = {
          ...(lineItem ? { lineItem: restLineItem(ctx, lineItem, true) } : {}),
          ...(giftCertificate ? { giftCertificate: restGiftCertificate(giftCertificate) } : {}),
          ...versionOf(input.version),
        };
        updateItem(state, cart, input.lineItemEntityId, body);
        commit(state, cart);
        return { cart: cartNode(ctx, cart) };
      }),
    deleteCartLineItem: ({ input }: { input: { cartEntityId: string; lineItemEntityId: string; version?: number | null } }) =>
      asGraphQL(() => {
        const cart = requireCart(ctx, input.cartEntityId);
        // Removing the last item deletes the cart, as over REST.
        if (!removeItem(state, cart, input.lineItemEntityId, versionOf(input.version))) {
          return { deletedLineItemEntityId: input.lineItemEntityId, cart: null, deletedCartEntityId: cart.id };
        }
        commit(state, cart);
        return { deletedLineItemEntityId: input.lineItemEntityId, cart: cartNode(ctx, cart), deletedCartEntityId: null };
      }),
    deleteCart: ({ input }: { input: { cartEntityId: string } }) => {
      const cart = requireCart(ctx, input.cartEntityId);
      deleteCart(state, cart);
      return { deletedCartEntityId: cart.id };
    },
    updateCartCurrency: ({ input }: { input: { cartEntityId: string; data: { currencyCode: string } } }) =>
      asGraphQL(() => {
        const cart = requireCart(ctx, input.cartEntityId);
        changeCartCurrency(state, cart, input.data.currencyCode);
        return { cart: cartNode(ctx, cart) };
      }),
    createCartRedirectUrls: ({ input }: { input?: { cartEntityId?: string | null } | null }) => {
      // Without an id, the shopper's own cart (as the real API reads the session's).
      const id = input?.cartEntityId;
      const cart = id === undefined || id === null ? ownCart(ctx) : findCart(ctx, id);
      if (!cart) return { redirectUrls: null, errors: [{ __typename: 'NotFoundError', message: id ? `Cart ${id} was not found.` : 'No cart was found.' }] };
      return { redirectUrls: cartRedirectUrls(state, cart, ctx.origin), errors: [] };
    },
  };
}
