import type { CartTransport } from './cart-transport';
import type { Cart, CartInclude, CartItemsInput, LineItemInput } from './types';

/** What `createCartManager` is told. */
export interface CartManagerOptions {
  /**
   * What is known of the session's cart: a cart (rendered by the server) or `null` when none
   * exists. Omitted, the first change loads it (`GET /carts`).
   */
  cart?: Cart | null;
  /**
   * Line item options to ask for on every read and change: a UI showing "Size: L" needs them, and
   * with them a quantity change resends the line's modifier choices (text fields, checkboxes).
   */
  include?: readonly CartInclude[] | undefined;
  /**
   * How requests reach the cart: `restCart` (default: the REST Storefront API, same origin only),
   * `graphqlCart` (the GraphQL Storefront API, from any origin the token allows) or `autoCart`
   * (REST on the store's own origin, GraphQL elsewhere). Only the one given is bundled.
   */
  transport?: CartTransport | undefined;
  /**
   * The id of the cart to load when none is known yet. GraphQL reaches a cart only by its id (no
   * session cookie crosses origins), so a page keeps it; the cart store passes its kept id.
   * REST ignores it: the session names the cart.
   */
  cartId?: (() => string | null | undefined) | undefined;
  /**
   * Wraps the request of each change: call `send` with the cart to send it against (its id and
   * `version`; null: none, so an add creates one) and return what it resolves with, which the
   * manager takes as the cart after the change. The cart store uses it to lock a cart creation
   * across tabs, to send against a newer cart another tab reported, and to hear of each change
   * confirmed. A 409 or 404 is handled as always, and calls it again with the cart reloaded.
   */
  send?: (change: CartChangeRequest, cart: Cart | null, send: (cart: Cart | null) => Promise<Cart | null>) => Promise<Cart | null>;
}

/** A change about to be sent, as the `send` option sees it. */
export interface CartChangeRequest {
  kind: 'add' | 'put' | 'del' | 'clear' | 'currency';
  /** add: each caller's items, in call order (merged when sent). */
  parts?: CartItemsInput[];
  /** put/del: the line id. */
  id?: string;
  /** put: the quantity; currency: the code. */
  value?: number | string;
}

/** The session's cart behind one queue of changes; made by `createCartManager`. */
export interface CartManager {
  /** The last cart known, or null (none, or not loaded yet). */
  cart(): Cart | null;
  /** Calls `listener` with each new cart (null once it is gone), not with the current one; returns the unsubscribe function. */
  subscribe(listener: (cart: Cart | null) => void): () => void;
  /** Reads the cart again, after the changes queued before it. */
  load(): Promise<Cart | null>;
  /** Adds one line, several, or `{ lineItems, giftCertificates }`; creates the cart if there is none. */
  add(items: CartItemsInput | LineItemInput | readonly LineItemInput[]): Promise<Cart>;
  /** Sets a product line's quantity (1–10 000); 0 removes the line. */
  update(itemId: string, quantity: number): Promise<Cart | null>;
  /** Removes a line; resolves with null when that deleted the cart. */
  remove(itemId: string): Promise<Cart | null>;
  /** Deletes the cart; resolves once it is gone. */
  clear(): Promise<null>;
  /** Changes the cart's currency (ISO 4217, e.g. `"EUR"`). */
  setCurrency(currencyCode: string): Promise<Cart>;
  /** Resolves with the cart once every change queued so far has settled (e.g. before opening checkout). */
  settled(): Promise<Cart | null>;
}

/** A caller waiting on a step: its promise's resolve and reject. */
export type Waiter = [resolve: (cart: any) => void, reject: (error: unknown) => void];

/** One request's worth of queued work and the callers waiting on it. */
export interface Step {
  kind: 'load' | 'add' | 'put' | 'del' | 'clear' | 'currency' | 'settled';
  waiters: Waiter[];
  /** add: each waiter's items, in waiter order (merged when sent, split if the store refuses the batch). */
  parts?: CartItemsInput[];
  /** put/del: the line id. */
  id?: string;
  /** put: the quantity; currency: the code. */
  value?: number | string;
  /** Set once its request went out: nothing joins it after that. */
  sent?: boolean;
}
