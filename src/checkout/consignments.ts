import type { Storefront } from '../config/types';
import { check, checkEntityId, checkId, checkInteger } from '../rest/validate';
import { CHECKOUT_PAGE_INCLUDES, checkoutCall } from './checkout-api';
import type { Checkout, CheckoutInclude, CheckoutMutationOptions, ConsignmentInput, ConsignmentLineItem, ConsignmentUpdate } from './types';
import { checkAddress } from './validate-address';

/** Options of the consignment functions: `include` defaults to `CHECKOUT_PAGE_INCLUDES` (shipping options included). */
export type ConsignmentOptions = CheckoutMutationOptions & { include?: readonly CheckoutInclude[] };

const checkLines = (operation: string, lines: ConsignmentLineItem[], at: string) => {
  check(Array.isArray(lines) && lines.length, operation, at, 'is empty');
  lines.forEach(({ itemId, quantity }, i) => {
    checkId(operation, `${at}[${i}].itemId`, itemId);
    checkInteger(operation, quantity, `${at}[${i}].quantity`);
  });
};

const checkConsignment = (operation: string, consignment: ConsignmentUpdate & Partial<ConsignmentInput>, at: string) => {
  check(consignment && typeof consignment == 'object', operation, at, 'must be an object');
  const { address, lineItems, pickupOption } = consignment;
  if (address !== undefined) checkAddress(operation, address, `${at}.address`);
  if (lineItems !== undefined) checkLines(operation, lineItems, `${at}.lineItems`);
  if (pickupOption !== undefined) checkEntityId(operation, pickupOption?.pickupMethodId, `${at}.pickupOption.pickupMethodId`);
};

/**
 * Creates consignments: each a shipping address (or pickup method) and the cart lines going
 * there. The answer lists each consignment's `availableShippingOptions`.
 * @throws {InvalidArgumentError} for a missing address or line, before any request
 * @throws {ValidationError} for lines not in the cart or an address the store refuses; {ConflictError} for a stale `version`
 * @example
 * ```ts
 * checkout = await createConsignments(storefront, checkout.id, [{ address, lineItems: [{ itemId: line.id, quantity: line.quantity }] }]);
 * const options = checkout.consignments[0]!.availableShippingOptions;
 * ```
 */
export async function createConsignments(storefront: Storefront, checkoutId: string, consignments: readonly ConsignmentInput[], options: ConsignmentOptions = {}): Promise<Checkout> {
  const operation = 'POST /checkouts/{checkoutId}/consignments';
  const { version, include = CHECKOUT_PAGE_INCLUDES, signal } = options;
  check(Array.isArray(consignments) && consignments.length, operation, 'consignments', 'is empty');
  consignments.forEach((consignment, i) => {
    checkConsignment(operation, consignment, `consignments[${i}]`);
    check(consignment.address || consignment.pickupOption, operation, `consignments[${i}].address`, 'is required (or a pickupOption)');
    checkLines(operation, consignment.lineItems, `consignments[${i}].lineItems`);
  });
  // The version goes in each consignment: the spec puts it there.
  return checkoutCall(storefront, operation, [checkoutId], { body: consignments.map((c) => ({ ...c, version })), include, signal });
}

/**
 * Updates one consignment: its address and/or lines, or (in a request of its own, as the store
 * requires) the shipping option or pickup method. Changing the address may clear the option.
 * @throws {InvalidArgumentError} for a malformed update, or an address together with a shipping option
 * @throws {ValidationError} for an option not offered; {NotFoundError} for an unknown consignment
 * @example
 * ```ts
 * checkout = await updateConsignment(storefront, checkout.id, consignment.id, { shippingOptionId: option.id });
 * ```
 */
export async function updateConsignment(storefront: Storefront, checkoutId: string, consignmentId: string, update: ConsignmentUpdate, options: ConsignmentOptions = {}): Promise<Checkout> {
  const operation = 'PUT /checkouts/{checkoutId}/consignments/{consignmentId}';
  const { version, include = CHECKOUT_PAGE_INCLUDES, signal } = options;
  checkConsignment(operation, update, 'update');
  const given = ['address' in update || 'lineItems' in update, 'shippingOptionId' in update, 'pickupOption' in update].filter(Boolean).length;
  check(given === 1, operation, 'update', 'must change one thing: address and lines, shipping option or pickup method');
  if ('shippingOptionId' in update) check(typeof update.shippingOptionId == 'string' && update.shippingOptionId, operation, 'update.shippingOptionId', 'is not a valid id');
  return checkoutCall(storefront, operation, [checkoutId, consignmentId], { body: { ...update, version }, include, signal });
}

/**
 * Selects the shipping option of a consignment (an id from its `availableShippingOptions`).
 * @throws {InvalidArgumentError} for a malformed id; {ValidationError} for an option not offered
 * @example
 * ```ts
 * checkout = await selectShippingOption(storefront, checkout.id, consignment.id, consignment.availableShippingOptions![0]!.id);
 * ```
 */
export async function selectShippingOption(storefront: Storefront, checkoutId: string, consignmentId: string, shippingOptionId: string, options?: ConsignmentOptions): Promise<Checkout> {
  return updateConsignment(storefront, checkoutId, consignmentId, { shippingOptionId }, options);
}

/**
 * Deletes a consignment; its lines then have no shipping address.
 * @throws {InvalidArgumentError} for a malformed id; {NotFoundError} for an unknown consignment
 * @example
 * ```ts
 * checkout = await deleteConsignment(storefront, checkout.id, consignment.id, { version: checkout.version });
 * ```
 */
export async function deleteConsignment(storefront: Storefront, checkoutId: string, consignmentId: string, { version, signal }: CheckoutMutationOptions = {}): Promise<Checkout> {
  return checkoutCall(storefront, 'DELETE /checkouts/{checkoutId}/consignments/{consignmentId}', [checkoutId, consignmentId], { body: { version }, signal });
}
