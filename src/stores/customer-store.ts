// Who is shopping: a guest or the customer the app's server verified (fetchVerifiedCustomer).
// Loads on its first subscriber; refresh() after a login or logout asks again.
import { atom, onStart, type ReadableAtom } from 'nanostores';
import type { Storefront } from '../config';
import type { StorefrontError } from '../errors';
import { fetchVerifiedCustomer, type VerifiedCustomer, type VerifiedCustomerOptions } from '../session';

/** What the customer store holds: `loading` only until the first answer. */
export type CustomerState =
  | { status: 'loading' }
  | { status: 'guest' }
  | { status: 'customer'; customer: VerifiedCustomer }
  | { status: 'error'; error: StorefrontError };

/** Options of {@link createCustomerStore}: those of `fetchVerifiedCustomer`, without a signal. */
export type CustomerStoreOptions = Omit<VerifiedCustomerOptions, 'signal'>;

/** The customer store: a readable store of {@link CustomerState} with `refresh()`. */
export interface CustomerStore extends ReadableAtom<CustomerState> {
  /**
   * Asks again (call it after a login or logout). The store keeps its state until the answer
   * comes; the promise resolves with the state of the newest refresh.
   */
  refresh(): Promise<CustomerState>;
}

/**
 * Creates a store of the shopper: guest or verified customer. Nothing is sent until it has a
 * subscriber; a failure shows as `{ status: 'error', error }` and is not retried on its own.
 * @example
 * const $customer = createCustomerStore(storefront, { appClientId, verifyUrl: '/api/customer' });
 * $customer.subscribe((state) => {
 *   if (state.status === 'customer') greet(state.customer.email);
 * });
 * loginForm.onsuccess = () => $customer.refresh();
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCustomerStore(storefront: Storefront, options: CustomerStoreOptions): CustomerStore {
  const $customer = atom<CustomerState>({ status: 'loading' });
  let latest: Promise<CustomerState> | undefined;
  const refresh = (): Promise<CustomerState> => {
    // A login then a quick logout: only the newest answer may land, whatever order they come in.
    const request: Promise<CustomerState> = fetchVerifiedCustomer(storefront, options).then(
      (customer): CustomerState => (customer ? { status: 'customer', customer } : { status: 'guest' }),
      (error: StorefrontError): CustomerState => ({ status: 'error', error }),
    ).then((state) => {
      if (request !== latest) return latest!;
      $customer.set(state);
      return state;
    });
    return (latest = request);
  };
  // Load once, on the first subscriber; later subscribers share the answer. Not on every start:
  // `get()` starts and stops a store, and a retry per render would loop on an error.
  onStart($customer, () => {
    latest ??= refresh();
  });
  return Object.assign($customer, { refresh });
}
