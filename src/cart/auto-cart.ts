import type { Storefront } from '../config/types';
import type { CartTransport } from './cart-transport';
import { graphqlCart } from './graphql-cart';
import { restCart } from './rest-cart';

// Decided per call from the storefront and the page, never at import: on a server (no
// `location`) or a page on another origin the cart goes over GraphQL.
const pick = (storefront: Storefront): CartTransport => (storefront.storeOrigin === globalThis.location?.origin ? restCart : graphqlCart);

/**
 * Chooses the cart's transport when it is first used: `restCart` on a page of the store's own
 * origin (the REST Storefront API and its session cookie), `graphqlCart` anywhere else (a headless
 * site, or a server rendering). It carries both transports: a page that knows where it runs
 * imports the one it needs.
 * @example
 * ```ts
 * const $cart = createCartStore(storefront, { transport: autoCart });
 * ```
 */
export const autoCart: CartTransport = {
  load: (storefront, ...rest) => pick(storefront).load(storefront, ...rest),
  send: (storefront, ...rest) => pick(storefront).send(storefront, ...rest),
};
