// Analytics hooks: what a theme sends to GA4, Segment or a pixel when the shopper changes the
// cart. Events come from changes the store confirmed, once each: a change shown optimistically
// and rolled back never fires, and other tabs' changes fire in their own tab only. Kept apart
// from the store so a page without analytics does not carry it.
import type { Cart, ProductLineItem } from '../cart/types';
import { countOf, linesOf, round } from './cart-lines';
import type { CartStore, CartStoreChange } from './cart-store-types';

/** A line added, removed or changed. */
export interface CartItemEvent {
  type: 'item-added' | 'item-removed' | 'quantity-changed';
  cartId: string;
  /** ISO 4217 code of the cart's currency. */
  currency: string;
  productId: number;
  variantId: number | undefined;
  lineItemId: string | undefined;
  /** Units added (positive) or taken away (negative). */
  quantity: number;
  /** Those units at the line's sale price, with the sign of `quantity`. */
  value: number;
  /** The line as the cart shows it (after the change; before it when removed): name, SKU, brand. */
  lineItem: ProductLineItem | undefined;
}

/** The shopper leaves the cart for checkout (`startCheckout`). */
export interface CheckoutStartedEvent {
  type: 'checkout-started';
  cartId: string;
  currency: string;
  /** Units in the cart. */
  quantity: number;
  /** The cart's amount. */
  value: number;
  cart: Cart;
}

/** What `onCartEvent` listeners receive. */
export type CartEvent = CartItemEvent | CheckoutStartedEvent;

const item = (type: CartItemEvent['type'], cart: Cart, line: ProductLineItem | undefined, quantity: number, productId = line?.productId ?? 0, variantId = line?.variantId): CartItemEvent => ({
  type,
  cartId: cart.id,
  currency: cart.currency.code,
  productId,
  variantId,
  lineItemId: line?.id,
  quantity,
  value: round(quantity * (line?.salePrice ?? 0)),
  lineItem: line,
});

/**
 * The events of one confirmed change: one `item-added` per line each caller added (gift
 * certificates have none), `quantity-changed` with the difference, `item-removed` per line a
 * removal or `clear()` took away, `checkout-started`; none for a currency change.
 * @example
 * $cart.listenChanges((change) => cartEvents(change).forEach(send));
 */
/* @__NO_SIDE_EFFECTS__ */
export function cartEvents(change: CartStoreChange): CartEvent[] {
  const { kind, before, after } = change;
  const find = (cart: Cart | null, id: string | undefined) => linesOf(cart).find((line) => line.id === id);
  if (kind === 'checkout') return [{ type: 'checkout-started', cartId: after.id, currency: after.currency.code, quantity: countOf(after), value: after.cartAmount, cart: after }];
  if (kind === 'add' && after) {
    return (change.parts ?? []).flatMap((part) =>
      (part.lineItems ?? []).map(({ productId, variantId, quantity }) =>
        item('item-added', after, linesOf(after).find((l) => l.productId === productId && (variantId ?? l.variantId) === l.variantId), quantity, productId, variantId),
      ),
    );
  }
  if (!before) return [];
  if (kind === 'clear') return linesOf(before).map((line) => item('item-removed', before, line, -line.quantity));
  const was = find(before, change.id);
  if (kind === 'del' && was) return [item('item-removed', before, was, -was.quantity)];
  const now = find(after, change.id);
  const delta = (now?.quantity ?? 0) - (was?.quantity ?? 0);
  return kind === 'put' && delta ? [item('quantity-changed', after ?? before, now ?? was, delta)] : [];
}

/**
 * Calls `listener` with each analytics event of the cart store: item added, item removed,
 * quantity changed (once each change is confirmed), checkout started.
 * @returns the function that stops listening
 * @example
 * onCartEvent($cart, (event) => {
 *   if (event.type === 'item-added') gtag('event', 'add_to_cart', { currency: event.currency, value: event.value, items: [{ item_id: String(event.productId), quantity: event.quantity }] });
 * });
 */
export function onCartEvent(store: CartStore, listener: (event: CartEvent) => void): () => void {
  return store.listenChanges((change) => cartEvents(change).forEach(listener));
}
