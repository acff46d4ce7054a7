import type { Storefront } from '../config/types';
import { rest, type RestOptions } from '../rest/rest';
import { check } from '../rest/validate';
import type { Checkout, CheckoutInclude, CheckoutMutationOptions, CheckoutRequestOptions } from './types';

/**
 * What a checkout page shows: line item options, consignments with their shipping options,
 * promotions, and the customer (store credit, guest or not). `getCheckout` and the consignment
 * functions ask for these by default.
 */
export const CHECKOUT_PAGE_INCLUDES: readonly CheckoutInclude[] = [
  'cart.lineItems.physicalItems.options',
  'cart.lineItems.digitalItems.options',
  'consignments.availableShippingOptions',
  'promotions',
  'customer',
];

/** Whether `value` looks like a checkout (what every checkout answer is checked for). */
export const isCheckout = (value: any): boolean => typeof value?.id == 'string' && typeof value.cart == 'object' && !!value.cart;

/** Sends one checkout call and checks that a checkout came back. */
export const checkoutCall = (storefront: Storefront, operation: string, ids: readonly (string | number)[], options: RestOptions): Promise<Checkout> =>
  rest(storefront, operation, ids, options, isCheckout);

/**
 * Gets a checkout (its id is the cart id) through the documented plural `/checkouts/{id}`.
 * @param options.include - defaults to `CHECKOUT_PAGE_INCLUDES`
 * @throws {InvalidArgumentError} for a malformed id; {NotFoundError} for a checkout this session cannot see
 * @example
 * ```ts
 * const checkout = await getCheckout(storefront, cart.id);
 * ```
 */
export async function getCheckout(storefront: Storefront, checkoutId: string, options: CheckoutRequestOptions & { include?: readonly CheckoutInclude[] } = {}): Promise<Checkout> {
  const { include = CHECKOUT_PAGE_INCLUDES, signal } = options;
  return checkoutCall(storefront, 'GET /checkouts/{checkoutId}', [checkoutId], { include, signal });
}

/**
 * Sets the shopper's message for the order (at most 2000 characters).
 * @throws {InvalidArgumentError} for a message that is not a string or too long; {ConflictError} for a stale `version`
 * @example
 * ```ts
 * checkout = await updateCustomerMessage(storefront, checkout.id, 'Leave it at the door', { version: checkout.version });
 * ```
 */
export async function updateCustomerMessage(storefront: Storefront, checkoutId: string, customerMessage: string, { version, signal }: CheckoutMutationOptions = {}): Promise<Checkout> {
  const operation = 'PUT /checkouts/{checkoutId}';
  check(typeof customerMessage == 'string' && customerMessage.length <= 2000, operation, 'customerMessage', 'must be a string of at most 2000 characters');
  return checkoutCall(storefront, operation, [checkoutId], { body: { customerMessage, version }, signal });
}

/**
 * Sends the spam-protection (reCAPTCHA) token for a checkout that asks for it (`shouldExecuteSpamCheck`).
 * @throws {InvalidArgumentError} for a blank token; {ValidationError} when the store refuses it
 * @example
 * ```ts
 * if (checkout.shouldExecuteSpamCheck) await submitSpamToken(storefront, checkout.id, await grecaptcha.execute(key));
 * ```
 */
export async function submitSpamToken(storefront: Storefront, checkoutId: string, token: string, options: CheckoutRequestOptions = {}): Promise<Checkout> {
  const operation = 'POST /checkouts/{checkoutId}/spam-protection';
  check(typeof token == 'string' && token.trim(), operation, 'token', 'must be a non-blank string');
  return checkoutCall(storefront, operation, [checkoutId], { body: { token }, signal: options.signal });
}
