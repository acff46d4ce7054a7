// Small readings of a cart that the cart store, its preview and its events share.
import type { Cart, ProductLineItem } from '../cart/types';

/** The product lines of a cart (physical, then digital); none for no cart. */
export const linesOf = (cart: Cart | null | undefined): ProductLineItem[] =>
  cart ? [...cart.lineItems.physicalItems, ...cart.lineItems.digitalItems] : [];

/**
 * The number a cart badge shows: units of every product and custom line, plus one per gift
 * certificate (as BigCommerce's own themes count).
 */
export const countOf = (cart: Cart | null | undefined): number =>
  [...linesOf(cart), ...(cart?.lineItems.customItems ?? [])].reduce((sum, line) => sum + line.quantity, cart?.lineItems.giftCertificates.length ?? 0);

/** A sum of money to the cent, without float noise (`0.1 + 0.2`). */
export const round = (amount: number): number => Math.round(amount * 100) / 100;
