// Stores derived from the cart store. Not nanostores' computed(): that keeps its source
// subscribed for a second after its last listener leaves; these start and stop at once, and
// cost less in the cart widget.
import { atom, type ReadableAtom } from 'nanostores';
import type { CartTotals, CartValue } from './cart-store-types';

/**
 * A store of `pick(value)` of `$source`, subscribed to it only while it has listeners itself;
 * `eq` says when a new value is no change (default `Object.is`).
 * @example
 * const $lines = derive($cart, ({ data }) => data?.lineItems.physicalItems.length ?? 0);
 */
/* @__NO_SIDE_EFFECTS__ */
export function derive<S, T>($source: ReadableAtom<S>, pick: (value: S) => T, eq?: (a: T, b: T) => boolean): ReadableAtom<T> {
  const $derived = atom(pick($source.value!));
  if (eq) $derived.eq = eq as typeof $derived.eq;
  let off = () => {};
  lifecycle(
    $derived,
    () => (off = $source.subscribe((value) => $derived.set(pick(value)))),
    () => off(),
  );
  return $derived;
}

/**
 * Runs `start` when `$store` gets its first listener and `stop` when its last one leaves (a
 * `get()` without listeners does both), as nanostores' onStart/onStop do, without their
 * lifecycle module: the cart widget is size-budgeted.
 * @example
 * lifecycle($clock, () => (timer = setInterval(tick, 1000)), () => clearInterval(timer));
 */
export function lifecycle($store: ReadableAtom<any>, start: () => void, stop: () => void): void {
  const listen = $store.listen;
  $store.listen = (listener) => {
    if (!$store.lc) start();
    return listen(listener);
  };
  $store.off = stop;
}

/** The totals of the cart a cart store shows; null when there is none (yet). */
export const totalsOf = ({ data }: CartValue): CartTotals | null =>
  data ? { cartAmount: data.cartAmount, baseAmount: data.baseAmount ?? data.cartAmount, discountAmount: data.discountAmount ?? 0, currency: data.currency } : null;
