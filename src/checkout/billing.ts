import type { Storefront } from '../config/types';
import { checkoutCall } from './checkout-api';
import type { AddressInput, Checkout, CheckoutMutationOptions } from './types';
import { checkAddress } from './validate-address';

/**
 * Adds the billing address. Guests must give `email` (it starts abandoned-cart emails); one that
 * belongs to an account gets a 403 (the shopper must sign in).
 * @throws {InvalidArgumentError} for a missing or malformed field, before any request
 * @throws {UnauthorizedError} (403) for an account's email; {ValidationError} when the store refuses the address
 * @example
 * ```ts
 * checkout = await addBillingAddress(storefront, checkout.id, { firstName: 'Jane', lastName: 'Doe',
 *   email: 'jane@example.com', address1: '123 Main St', city: 'Austin', countryCode: 'US', postalCode: '78751' });
 * ```
 */
export async function addBillingAddress(storefront: Storefront, checkoutId: string, address: AddressInput, { version, signal }: CheckoutMutationOptions = {}): Promise<Checkout> {
  const operation = 'POST /checkouts/{checkoutId}/billing-address';
  checkAddress(operation, address, 'address', true);
  return checkoutCall(storefront, operation, [checkoutId], { body: { ...address, version }, signal });
}

/**
 * Replaces the billing address `addressId` (the checkout's `billingAddress.id`).
 * @throws {InvalidArgumentError} for a malformed id or field; {NotFoundError} for another address id
 * @example
 * ```ts
 * checkout = await updateBillingAddress(storefront, checkout.id, checkout.billingAddress!.id!, { ...address, city: 'Dallas' });
 * ```
 */
export async function updateBillingAddress(storefront: Storefront, checkoutId: string, addressId: string, address: AddressInput, { version, signal }: CheckoutMutationOptions = {}): Promise<Checkout> {
  const operation = 'PUT /checkouts/{checkoutId}/billing-address/{addressId}';
  checkAddress(operation, address, 'address', true);
  return checkoutCall(storefront, operation, [checkoutId, addressId], { body: { ...address, version }, signal });
}
