// The cart store's types: what it holds, its options, its actions and the changes it confirms.
import type { ReadableAtom } from 'nanostores';
import type { CartChangeRequest } from '../cart/cart-manager';
import type { CartTransport } from '../cart/cart-transport';
import type { Cart, CartCurrency, CartInclude, CartItemsInput, LineItemInput } from '../cart/types';
import type { StorefrontError } from '../errors/storefront-error';
import type { CartPersistence } from './cart-persistence';
import type { CartTabs } from './cart-tabs';

/**
 * What the cart store holds. `data` is the cart with changes still out already applied (see
 * `createCartStore`), null when the session has none, undefined until it is known. `loading`
 * is true while a load or a change is out; `error` is the last failure (a load, or a change that
 * was rolled back), cleared by the next success. `adding` counts units being added to lines the
 * cart cannot show yet (a product not in it); the count store includes them.
 */
export interface CartValue {
  data?: Cart | null;
  loading: boolean;
  error?: StorefrontError;
  adding: number;
}

/** The money of the cart shown (null when there is no cart). */
export interface CartTotals {
  /** What the shopper pays for the cart (after discounts; taxes included where the store shows them so). */
  cartAmount: number;
  /** The lines at their list prices, before discounts. */
  baseAmount: number;
  /** Order-level discounts. */
  discountAmount: number;
  currency: CartCurrency;
}

/** A change the store confirmed, with the cart before and after it, or the shopper leaving for checkout. */
export type CartStoreChange = (CartChangeRequest & { before: Cart | null; after: Cart | null }) | { kind: 'checkout'; before: Cart; after: Cart };

/** Options of `createCartStore`. */
export interface CartStoreOptions {
  /** The cart a server rendered the page with (null: none): the store starts from it, with no request. */
  cart?: Cart | null;
  /** Line item options to read with every answer (a UI showing "Size: L" needs them). */
  include?: readonly CartInclude[];
  /**
   * How the cart is reached: `restCart` (default; the REST Storefront API, the store's own origin
   * only), `graphqlCart` (the GraphQL Storefront API, for a headless site on another origin; the
   * kept id names the cart) or `autoCart` (REST on the store's origin, GraphQL elsewhere).
   */
  transport?: CartTransport;
  /**
   * Where the cart id is kept between page loads. Default `localStoragePersistence()` (memory
   * where storage is blocked or on a server); `cookiePersistence()` lets a server read it too.
   */
  persistence?: CartPersistence;
  /**
   * How the shop's tabs reach each other. Default: BroadcastChannel and Web Locks where present
   * (`browserTabs()`); `browserTabs(browserPlatform)` adds storage events where BroadcastChannel
   * is missing (Safari before 15.4).
   */
  tabs?: CartTabs;
}

/** The cart store: a readable store of {@link CartValue}, derived stores, and the cart's actions. */
export interface CartStore extends ReadableAtom<CartValue> {
  /** Units in the cart shown (a badge), pending adds included. */
  readonly count: ReadableAtom<number>;
  /** The totals of the cart shown. */
  readonly totals: ReadableAtom<CartTotals | null>;
  /** Adds lines (creating the cart if needed); resolves with the server's cart. */
  add(items: CartItemsInput | LineItemInput | readonly LineItemInput[]): Promise<Cart>;
  /** Sets a line's quantity; 0 removes it. */
  update(itemId: string, quantity: number): Promise<Cart | null>;
  /** Removes a line; resolves with null when that deleted the cart. */
  remove(itemId: string): Promise<Cart | null>;
  /** Deletes the cart. */
  clear(): Promise<null>;
  /** Changes the cart's currency (ISO 4217). */
  setCurrency(currencyCode: string): Promise<Cart>;
  /** Reads the cart again, after the changes queued before. */
  refresh(): Promise<Cart | null>;
  /** Resolves with the cart once every change queued so far has settled. */
  settled(): Promise<Cart | null>;
  /** Waits for the queued changes, then tells change listeners the shopper leaves for checkout; resolves with the cart (null: none). */
  startCheckout(): Promise<Cart | null>;
  /** Calls `listener` with each change this store confirmed (not other tabs'); see `onCartEvent`. */
  listenChanges(listener: (change: CartStoreChange) => void): () => void;
}
