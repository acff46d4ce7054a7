// Optimistic display: the cart as it will be once the changes still out have landed. Only the
// cart store's view is changed; the server's cart (the manager's) stays as it was answered.
import type { Cart, LineItemInput, ProductLineItem } from '../cart/types';
import { linesOf } from './cart-lines';

/** A change shown before the store confirms it: a line's new quantity (0 removes), or lines added. */
export type PendingChange = { id: string; quantity: number } | { items: readonly LineItemInput[] };

/**
 * Applies pending changes to a copy of `cart`, in call order: line quantities change, lines set
 * to 0 go. Amounts are left as the store last answered (promotions and taxes are its to work
 * out). Units added to a line the cart does not show yet (a product not in it, or one with
 * options chosen) cannot be drawn: they are counted in `adding`.
 */
export function preview(cart: Cart | null, pending: readonly PendingChange[]): { cart: Cart | null; adding: number } {
  let adding = 0;
  const quantities = new Map<string, number>();
  for (const entry of pending) {
    if ('id' in entry) quantities.set(entry.id, entry.quantity);
    else {
      for (const item of entry.items) {
        // The line the store adds to: same product and variant (the only line of the product
        // when no variant is named), no options chosen.
        const [line, other] = item.optionSelections?.length ? [] : linesOf(cart).filter((l) => l.productId === item.productId && (item.variantId ?? l.variantId) === l.variantId);
        if (line && !other) quantities.set(line.id, (quantities.get(line.id) ?? line.quantity) + item.quantity);
        else adding += item.quantity;
      }
    }
  }
  if (!cart || !quantities.size) return { cart, adding };
  const lines = <T extends ProductLineItem>(list: T[]) =>
    list.map((line) => ({ ...line, quantity: quantities.get(line.id) ?? line.quantity })).filter((line) => line.quantity > 0);
  const { physicalItems, digitalItems } = cart.lineItems;
  return { cart: { ...cart, lineItems: { ...cart.lineItems, physicalItems: lines(physicalItems), digitalItems: lines(digitalItems) } }, adding };
}
