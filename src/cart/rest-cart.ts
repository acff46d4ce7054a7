import { getCart } from './cart-api';
import { sendStep } from './cart-step';
import type { CartTransport } from './cart-transport';

/**
 * The cart over the REST Storefront API (`/api/storefront/carts`): the default. It works only on
 * the store's own origin (a Stencil theme, a widget the store serves), where the session cookie
 * names the shopper's cart; a kept cart id is not needed.
 * @example
 * ```ts
 * const cart = createCartManager(storefront, { transport: restCart });
 * ```
 */
export const restCart: CartTransport = {
  load: (storefront, include) => getCart(storefront, { include }),
  send: sendStep,
};
