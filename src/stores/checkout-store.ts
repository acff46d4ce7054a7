// The checkout page's store: the checkout (its id is the cart id) and a way to run the checkout
// functions one after another, reading the checkout again after each.
import type { Storefront } from '../config/types';
import { getCheckout } from '../checkout/checkout-api';
import type { Checkout, CheckoutInclude } from '../checkout/types';
import type { StorefrontError } from '../errors/storefront-error';
import { resourceStore, type ResourceStore } from './checkout-resource';

/** Options of {@link createCheckoutStore}. */
export interface CheckoutStoreOptions {
  /** The checkout a server rendered the page with: the store starts from it, with no request. */
  checkout?: Checkout;
  /** What to read with it; default `CHECKOUT_PAGE_INCLUDES` (options, shipping options, promotions, customer). */
  include?: readonly CheckoutInclude[];
}

/** A checkout action: one of the checkout functions, given the checkout last read (for its `version`). */
export type CheckoutAction = (storefront: Storefront, checkoutId: string, checkout: Checkout | undefined) => Promise<unknown>;

/** The checkout store: `{ data, loading, error }` of a checkout, `refresh()` and `run(action)`. */
export interface CheckoutStore extends ResourceStore<Checkout> {
  /**
   * Runs `action` after the actions before it, then reads the checkout again (the functions'
   * answers lack the includes a page shows); resolves with it. A refused action rejects with its
   * typed error, shown as `error`, and the checkout stays as it was.
   */
  run(action: CheckoutAction): Promise<Checkout>;
}

/**
 * Creates a store of one checkout, read (`GET /checkouts/{id}`) on its first subscriber.
 * @example
 * const $checkout = createCheckoutStore(storefront, cartId);
 * $checkout.subscribe(({ data }) => data && renderSummary(data));
 * couponForm.onsubmit = () => $checkout.run((sf, id, checkout) => applyCoupon(sf, id, code, { version: checkout?.version }));
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCheckoutStore(storefront: Storefront, checkoutId: string, options: CheckoutStoreOptions = {}): CheckoutStore {
  const { include } = options;
  const $checkout = resourceStore(() => getCheckout(storefront, checkoutId, include ? { include } : {}), options.checkout);
  let queue: Promise<unknown> = Promise.resolve();
  const run = (action: CheckoutAction): Promise<Checkout> => {
    const result = queue.then(async () => {
      $checkout.set({ ...$checkout.value!, loading: true });
      try {
        await action(storefront, checkoutId, $checkout.value!.data);
      } catch (error) {
        $checkout.set({ ...$checkout.value!, loading: false, error: error as StorefrontError });
        throw error;
      }
      return $checkout.refresh();
    });
    queue = result.catch(() => {});
    return result;
  };
  return Object.assign($checkout, { run });
}
