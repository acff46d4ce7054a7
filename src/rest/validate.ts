import { InvalidArgumentError } from '../errors/invalid-argument-error';

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
  check((typeof id == 'string' || Number.isInteger(id)) && (ID_SHAPES[name] ?? /^[\w-]{1,64}$/).test(id as string), operation, name, 'is not a valid id');

/** Checks an integer from `min` to `max` (a quantity by default). @throws {InvalidArgumentError} */
export const checkInteger = (operation: string, value: unknown, argument: string, min = 1, max = MAX_QUANTITY): void =>
  check(Number.isInteger(value) && (value as number) >= min && (value as number) <= max, operation, argument, `must be an integer from ${min} to ${max}`);

/** Checks a catalog id (product, variant, option): a positive 32-bit integer. @throws {InvalidArgumentError} */
export const checkEntityId = (operation: string, id: unknown, argument: string): void => checkInteger(operation, id, argument, 1, 2 ** 31 - 1);

/** Checks an email address: no spaces, one `@`, a dotted domain. @throws {InvalidArgumentError} */
export const checkEmail = (operation: string, email: unknown, argument = 'email'): void =>
  check(typeof email == 'string' && email.length < 255 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email), operation, argument, 'must be an email');
