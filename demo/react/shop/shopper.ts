// Who is shopping. The store's GraphQL `customer` (over the session cookie) says whether anyone
// is signed in; only then is the Current Customer JWT fetched and verified by the shop's server
// (createCustomerStore). For a guest, /customer/current.jwt answers 404 by design, which a browser
// reports as a failed request on every page: asking GraphQL first keeps guests' pages clean.
import { getCustomer, type CustomerProfile, type CustomerState, type CustomerStore, type Storefront, type StorefrontError } from 'bc-storefront';
import { atom, onMount, type ReadableAtom } from 'nanostores';

export type Shopper =
  | { status: 'loading' }
  | { status: 'guest' }
  | { status: 'error'; error: StorefrontError }
  /** `verified` is the shop server's word on the session (the JWT check), loading at first. */
  | { status: 'customer'; profile: CustomerProfile; verified: CustomerState };

export interface ShopperStore extends ReadableAtom<Shopper> {
  /** Asks again (after signing out). */
  refresh(): Promise<void>;
}

/**
 * A store of the shopper: guest, or the signed-in customer with the verified identity.
 * @example
 * const $shopper = createShopperStore(storefront, createCustomerStore(storefront, { appClientId, verifyUrl }));
 */
export function createShopperStore(storefront: Storefront, customer: CustomerStore): ShopperStore {
  const $shopper = atom<Shopper>({ status: 'loading' });
  let unverify = () => {};
  let latest: Promise<void> | undefined;
  const load = (): Promise<void> => {
    const request: Promise<void> = getCustomer(storefront).then(
      (profile) => {
        if (request !== latest) return;
        unverify();
        unverify = () => {};
        if (!profile) return $shopper.set({ status: 'guest' });
        unverify = customer.subscribe((verified) => $shopper.set({ status: 'customer', profile, verified }));
      },
      (error: StorefrontError) => {
        if (request === latest) $shopper.set({ status: 'error', error });
      },
    );
    return (latest = request);
  };
  onMount($shopper, () => {
    if ($shopper.get().status === 'loading') void load();
    return () => {
      unverify();
      unverify = () => {};
    };
  });
  return Object.assign($shopper, { refresh: load });
}
