import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { CartItemsInput, LineItemInput } from './types';

/**
 * The largest quantity one call may ask for. BigCommerce documents no cap; this one stops a typo
 * (1e9) before it reaches the store and stays far above any real basket.
 */
export const MAX_QUANTITY = 10_000;

/**
 * Throws a typed error naming the argument unless `ok`: checks run before any request.
 * @throws {InvalidArgumentError} when `ok` is falsy
 */
export const check = (ok: unknown, operation: string, argument: string, message: string): void => {
  if (!ok) throw new InvalidArgumentError(operation, argument, message);
};

// What each path placeholder accepts; any other is a line, consignment or address id.
const ID_SHAPES: Record<string, RegExp> = {
  cartId: /^[\da-f][\da-f-]{7,63}$/i, // a UUID on real stores
  checkoutId: /^[\da-f][\da-f-]{7,63}$/i,
  orderId: /^[1-9]\d{0,9}$/,
  couponCode: /^\S.{0,99}$/,
  giftCertificateCode: /^\S.{0,99}$/,
};

/**
 * Checks an id that goes into a path, by its placeholder's name: cart and checkout ids are
 * UUID-like, order ids positive integers, codes any short text (escaped later); line,
 * consignment and address ids letters, digits, `_` and `-` (never a `/` or `?`).
 * @throws {InvalidArgumentError}
 */
export const checkId = (operation: string, name: string, id: unknown): void =>
  check((typeof id == 'string' || Number.isInteger(id)) && (ID_SHAPES[name] ?? /^[\w-]{1,64}$/).test(id as string), operation, name, 'is not an id of the right shape');

/** Checks an integer from `min` to `max` (a quantity by default). @throws {InvalidArgumentError} */
export const checkInteger = (operation: string, value: unknown, argument: string, min = 1, max = MAX_QUANTITY): void =>
  check(Number.isInteger(value) && (value as number) >= min && (value as number) <= max, operation, argument, `must be an integer from ${min} to ${max}`);

/** Checks a catalog id (product, variant, option): a positive 32-bit integer. @throws {InvalidArgumentError} */
export const checkEntityId = (operation: string, id: unknown, argument: string): void => checkInteger(operation, id, argument, 1, 2 ** 31 - 1);

/** Checks an email address: no spaces, one `@`, a dotted domain. @throws {InvalidArgumentError} */
export const checkEmail = (operation: string, email: unknown, argument = 'email'): void =>
  check(typeof email == 'string' && email.length < 255 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email), operation, argument, 'must be an email address');

/** Checks one product line. @throws {InvalidArgumentError} */
export const checkLineItem = (operation: string, item: LineItemInput, at: string): void => {
  checkEntityId(operation, item?.productId, `${at}.productId`);
  if (item.variantId !== undefined) checkEntityId(operation, item.variantId, `${at}.variantId`);
  checkInteger(operation, item.quantity, `${at}.quantity`);
  item.optionSelections?.forEach(({ optionId }, i) => checkEntityId(operation, optionId, `${at}.optionSelections[${i}].optionId`));
};

/**
 * Checks the items of `createCart`/`addCartItems`: at least one product line or gift certificate,
 * each well formed (gift certificates: 1 to 1000, sender and recipient emails).
 * @throws {InvalidArgumentError}
 */
export const checkCartItems = (operation: string, items: CartItemsInput): void => {
  const { lineItems = [], giftCertificates = [] } = items ?? {};
  check(lineItems.length + giftCertificates.length > 0, operation, 'items', 'must hold a line item or gift certificate');
  lineItems.forEach((item, i) => checkLineItem(operation, item, `lineItems[${i}]`));
  giftCertificates.forEach((gift, i) => {
    const at = `giftCertificates[${i}]`;
    check(typeof gift?.amount == 'number' && gift.amount >= 1 && gift.amount <= 1000, operation, `${at}.amount`, 'must be from 1 to 1000');
    checkInteger(operation, gift.quantity, `${at}.quantity`);
    checkEmail(operation, gift.sender?.email, `${at}.sender.email`);
    checkEmail(operation, gift.recipient?.email, `${at}.recipient.email`);
  });
};
