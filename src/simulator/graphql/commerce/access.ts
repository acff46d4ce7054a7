import { restStore } from '../../rest/store';
import { cartCustomerId } from '../../rest/pricing';
import type { SimCart } from '../../rest/types';
import type { SimulatorContext } from '../context';
import { cartNotFound } from './errors';

/**
 * The cart with this id, if the request may reach it. The GraphQL API reaches carts by entity id
 * (a headless site has no session cookie), so knowing a guest cart's id is enough; a cart that
 * belongs to a customer answers only to that customer.
 */
export function findCart(ctx: SimulatorContext, entityId: string): SimCart | undefined {
  const cart = restStore(ctx.state).carts.get(entityId);
  if (!cart) return undefined;
  const owner = cartCustomerId(ctx.state, cart);
  return owner === undefined || owner === ctx.customerId ? cart : undefined;
}

/**
 * {@link findCart}, or a GraphQL error.
 * @throws GraphQLError (code CART_NOT_FOUND) when the request cannot reach it.
 */
export function requireCart(ctx: SimulatorContext, entityId: string, kind: 'Cart' | 'Checkout' = 'Cart'): SimCart {
  const cart = findCart(ctx, entityId);
  if (!cart) throw cartNotFound(kind, entityId);
  return cart;
}

/** The shopper's own cart: the session's (cookie), else the newest one assigned to the signed-in customer. */
export function ownCart(ctx: SimulatorContext): SimCart | undefined {
  const session = ctx.session(false);
  const carts = restStore(ctx.state).carts;
  const sessionCart = session?.cartId === undefined ? undefined : carts.get(session.cartId);
  if (sessionCart && sessionCart.ownerSession === session?.id && findCart(ctx, sessionCart.id)) return sessionCart;
  if (ctx.customerId === undefined) return undefined;
  const mine = [...carts.values()].filter((cart) => cart.customerId === ctx.customerId);
  return mine[mine.length - 1];
}
