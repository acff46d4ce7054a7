import type { Storefront } from '../config/types';
import type { Step } from './cart-manager-types';
import type { Cart, CartInclude } from './types';

/**
 * How the cart manager and the cart store reach the store's cart: `restCart` (REST Storefront
 * API, same origin, the session cookie names the cart), `graphqlCart` (GraphQL Storefront API,
 * any origin the token allows, the kept cart id names it) or `autoCart` (the first by origin).
 * Each answers with the REST-shaped {@link Cart} and the library's typed errors, so the manager's
 * guarantees hold over any of them: ConflictError for a stale `version`, NotFoundError for a cart
 * or line that is gone, ValidationError for a refused line, and `send`'s own errors otherwise.
 */
export interface CartTransport {
  /**
   * Reads the cart: the session's (REST, which ignores `id`) or the one with this id (GraphQL).
   * @returns the cart, or null when there is none
   */
  load(storefront: Storefront, include: readonly CartInclude[] | undefined, id?: string | null): Promise<Cart | null>;
  /**
   * Sends one step of the manager's queue against `cart` (null: none yet, so an add creates one),
   * with its `version`. A mutation is resent only after a 429 or 503; after an uncertain outcome
   * it is not, and the manager decides.
   * @returns the cart after the change; null when it was deleted
   */
  send(storefront: Storefront, include: readonly CartInclude[] | undefined, step: Step, cart: Cart | null): Promise<Cart | null>;
}
