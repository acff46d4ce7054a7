import type { Storefront } from '../config/types';
import { check } from '../rest/validate';
import { checkoutCall } from './checkout-api';
import type { Checkout, CheckoutMutationOptions, CheckoutRequestOptions } from './types';

// Coupons (discounts), gift certificates and store credit (payments) of a checkout.

const checkCode = (operation: string, code: unknown, argument: string) =>
  check(typeof code == 'string' && /^\S.{0,99}$/.test(code), operation, argument, 'must be a code (1 to 100 characters)');

/**
 * Applies a coupon code.
 * @throws {InvalidArgumentError} for a blank code; {ValidationError} for a code that is not valid or does not apply
 * @example
 * ```ts
 * checkout = await applyCoupon(storefront, checkout.id, 'SAVE10', { version: checkout.version });
 * ```
 */
export async function applyCoupon(storefront: Storefront, checkoutId: string, couponCode: string, { version, signal }: CheckoutMutationOptions = {}): Promise<Checkout> {
  const operation = 'POST /checkouts/{checkoutId}/coupons';
  checkCode(operation, couponCode, 'couponCode');
  return checkoutCall(storefront, operation, [checkoutId], { body: { couponCode, version }, signal });
}

/**
 * Removes an applied coupon.
 * @throws {InvalidArgumentError} for a blank code; {NotFoundError} for a coupon not applied
 * @example
 * ```ts
 * checkout = await removeCoupon(storefront, checkout.id, 'SAVE10', { version: checkout.version });
 * ```
 */
export async function removeCoupon(storefront: Storefront, checkoutId: string, couponCode: string, { version, signal }: CheckoutMutationOptions = {}): Promise<Checkout> {
  return checkoutCall(storefront, 'DELETE /checkouts/{checkoutId}/coupons/{couponCode}', [checkoutId, couponCode], { body: { version }, signal });
}

/**
 * Applies a gift certificate as payment (it cannot pay for gift certificates).
 * @throws {InvalidArgumentError} for a blank code; {NotFoundError} for an unknown code; {ValidationError} for an empty one
 * @example
 * ```ts
 * checkout = await applyGiftCertificate(storefront, checkout.id, 'GC-50-XYZ');
 * ```
 */
export async function applyGiftCertificate(storefront: Storefront, checkoutId: string, giftCertificateCode: string, { signal }: CheckoutRequestOptions = {}): Promise<Checkout> {
  const operation = 'POST /checkouts/{checkoutId}/gift-certificates';
  checkCode(operation, giftCertificateCode, 'giftCertificateCode');
  return checkoutCall(storefront, operation, [checkoutId], { body: { giftCertificateCode }, signal });
}

/**
 * Removes an applied gift certificate.
 * @throws {InvalidArgumentError} for a blank code; {NotFoundError} for a certificate not applied
 * @example
 * ```ts
 * checkout = await removeGiftCertificate(storefront, checkout.id, 'GC-50-XYZ');
 * ```
 */
export async function removeGiftCertificate(storefront: Storefront, checkoutId: string, giftCertificateCode: string, { signal }: CheckoutRequestOptions = {}): Promise<Checkout> {
  return checkoutCall(storefront, 'DELETE /checkouts/{checkoutId}/gift-certificates/{giftCertificateCode}', [checkoutId, giftCertificateCode], { signal });
}

/**
 * Applies the signed-in customer's store credit (all of it, up to the amount due).
 * @throws {UnauthorizedError} (403) for a guest; {ValidationError} when there is no credit
 * @example
 * ```ts
 * if (checkout.customer?.storeCredit) checkout = await applyStoreCredit(storefront, checkout.id);
 * ```
 */
export async function applyStoreCredit(storefront: Storefront, checkoutId: string, { signal }: CheckoutRequestOptions = {}): Promise<Checkout> {
  return checkoutCall(storefront, 'POST /checkouts/{checkoutId}/store-credit', [checkoutId], { signal });
}

/**
 * Stops using store credit on the checkout.
 * @throws {InvalidArgumentError} for a malformed id; {NotFoundError} for an unknown checkout
 * @example
 * ```ts
 * checkout = await removeStoreCredit(storefront, checkout.id);
 * ```
 */
export async function removeStoreCredit(storefront: Storefront, checkoutId: string, { signal }: CheckoutRequestOptions = {}): Promise<Checkout> {
  return checkoutCall(storefront, 'DELETE /checkouts/{checkoutId}/store-credit', [checkoutId], { signal });
}
