import { GraphQLError } from 'graphql';
import type { CatalogCustomer } from '../../catalog';
import { restStore } from '../../rest/store';
import { cartCustomerId } from '../../rest/pricing';
import type { SimCart } from '../../rest/types';
import { issueCustomerAccessToken, revokeCustomerAccessTokens } from '../../server/customer-tokens';
import { checkLoginToken } from '../../server/session-login-checks';
import { findCart } from '../commerce/access';
import { cartNode } from '../commerce/cart-node';
import type { SimulatorContext } from '../context';
import { customerNode } from './customer';

/** What the real API answers a wrong email or password with. */
export const INVALID_CREDENTIALS_MESSAGE = 'Invalid credentials';

/** BigCommerce's documented answer when a browser asks for the token in the body. */
export const BROWSER_TOKEN_MESSAGE =
  "Customer access token was requested in the body, but it's only returned for server-to-server requests. For browser requests it's set as an httpOnly cookie instead.";

/** The simulator's answer to a refused Customer Login JWT (BigCommerce's wording is unpublished). */
export const INVALID_LOGIN_JWT_MESSAGE = 'Invalid customer login JWT';

/**
 * Assigns a guest cart to the customer who just signed in. A cart that is another customer's, or
 * gone, is left alone (the login still succeeds, with `cart: null`).
 */
function assignGuestCart(ctx: SimulatorContext, customer: CatalogCustomer, entityId: string | null | undefined): SimCart | undefined {
  if (entityId === undefined || entityId === null) return undefined;
  const cart = restStore(ctx.state).carts.get(entityId);
  if (!cart) return undefined;
  const owner = cartCustomerId(ctx.state, cart);
  if (owner !== undefined && owner !== customer.id) return undefined;
  cart.customerId = customer.id;
  return cart;
}

/**
 * Signs a customer in. From a server (no `Origin`), the answer carries a new customer access
 * token; a browser is signed in through its session cookie instead, and asking for the token
 * there is an error, as BigCommerce documents. A session the request carried is signed in too.
 */
function signIn(ctx: SimulatorContext, customer: CatalogCustomer, guestCartEntityId: string | null | undefined) {
  const session = ctx.session(ctx.browser);
  if (session) session.customerId = customer.id;
  const token = ctx.browser ? undefined : issueCustomerAccessToken(ctx.state, customer.id);
  const signedIn: SimulatorContext = { ...ctx, customerId: customer.id };
  const cart = assignGuestCart(signedIn, customer, guestCartEntityId);
  return {
    result: 'success',
    customer: customerNode(signedIn, customer),
    cart: cart ? cartNode(signedIn, cart) : null,
    customerAccessToken: () => {
      if (!token) throw new GraphQLError(BROWSER_TOKEN_MESSAGE);
      return token;
    },
  };
}

/** `Mutation.login`, `logout` and `loginWithCustomerLoginJwt`. */
export function loginMutations(ctx: SimulatorContext) {
  const customers = ctx.index.catalog.customers;
  return {
    login: ({ email, password, guestCartEntityId }: { email: string; password: string; guestCartEntityId?: string | null }) => {
      const customer = customers.find((c) => c.email.toLowerCase() === email.trim().toLowerCase());
      if (!customer || customer.password !== password) throw new GraphQLError(INVALID_CREDENTIALS_MESSAGE);
      return signIn(ctx, customer, guestCartEntityId);
    },
    loginWithCustomerLoginJwt: async ({ jwt, guestCartEntityId }: { jwt: string; guestCartEntityId?: string | null }) => {
      const check = await checkLoginToken(ctx.state, jwt, ctx.remoteAddress);
      if (!check.ok) throw new GraphQLError(INVALID_LOGIN_JWT_MESSAGE, { extensions: { reason: check.reason } });
      const customer = customers.find((c) => c.id === check.customerId) as CatalogCustomer;
      return { ...signIn(ctx, customer, guestCartEntityId), redirectTo: check.redirectTo };
    },
    /**
     * Signs the customer out everywhere: every token of theirs stops working ("invalid on all
     * devices") and the session forgets them. `cartEntityId` hands that cart back to guests.
     */
    logout: ({ cartEntityId }: { cartEntityId?: string | null }) => {
      const customerId = ctx.customerId;
      const cart = cartEntityId === undefined || cartEntityId === null ? undefined : findCart(ctx, cartEntityId);
      if (cart && customerId !== undefined && cart.customerId === customerId) cart.customerId = undefined;
      if (customerId !== undefined) revokeCustomerAccessTokens(ctx.state, customerId);
      const session = ctx.session(false);
      if (session) session.customerId = undefined;
      const guest: SimulatorContext = { ...ctx, customerId: undefined };
      return { result: 'success', cartUnassignResult: { cart: cart && findCart(guest, cart.id) ? cartNode(guest, cart) : null } };
    },
  };
}
