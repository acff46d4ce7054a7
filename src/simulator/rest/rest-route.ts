import type { SimRoute } from '../server/route';
import { cartEndpoints } from './cart-routes';
import { checkoutEndpoints } from './checkout-routes';
import { conflict, problemBody } from './errors';
import { orderEndpoints } from './orders';
import { REST_PREFIX, restDispatcher } from './router';
import { subscriptionEndpoints } from './subscriptions';

/**
 * The REST Storefront API (`/api/storefront/...`): carts, checkouts, orders and newsletter
 * subscriptions, keyed by the shopper session cookie.
 *
 * Same-origin only, like the real API: no CORS headers are ever sent. A request from a foreign
 * `Origin` is answered as the real store answers it (the store does not check `Origin`); a browser
 * then hides the answer, and a JSON request never leaves the browser because its preflight gets no
 * `Access-Control-Allow-*` headers. Cross-site requests also lack the session cookie (SameSite=Lax),
 * so they see a fresh session without the shopper's cart.
 */
export const restRoute: SimRoute = {
  name: 'rest-storefront',
  matches: (pathname) => pathname === REST_PREFIX || pathname.startsWith(`${REST_PREFIX}/`),
  cors: 'same-origin',
  // Injected faults answer in the REST error shapes: a 409 exactly as a version conflict does.
  errorBody: (status, message) => (status === 409 ? conflict().body : problemBody(status, message)),
  handle: restDispatcher([...cartEndpoints, ...checkoutEndpoints, ...orderEndpoints, ...subscriptionEndpoints]),
};
