import { InvalidArgumentError } from '../errors';

// Argument checks shared by the server functions. Messages say what was expected and never
// repeat the value: it may be the client secret.

/** Throws unless `value` is a non-empty string without control characters or spaces. */
export function assertText(operation: string, argument: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || !/^[\x21-\x7e]+$/.test(value)) {
    throw new InvalidArgumentError(operation, argument, 'must be a non-empty string of printable ASCII');
  }
}

/** Throws unless `value` is a positive safe integer (BigCommerce ids). */
export function assertId(operation: string, argument: string, value: unknown): asserts value is number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    throw new InvalidArgumentError(operation, argument, 'must be a positive integer');
  }
}

/** Throws unless `value` is a store hash: letters and digits. */
export function assertStoreHash(operation: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || !/^[a-z\d]+$/i.test(value)) {
    throw new InvalidArgumentError(operation, 'storeHash', 'must be letters and digits');
  }
}

/** The client secret as HMAC key bytes, after checking it is a non-empty string. */
export function secretKey(operation: string, clientSecret: unknown): Uint8Array {
  if (typeof clientSecret !== 'string' || clientSecret.length === 0) {
    throw new InvalidArgumentError(operation, 'clientSecret', 'must be a non-empty string');
  }
  return new TextEncoder().encode(clientSecret);
}

/** `now` as a Date: a Date, epoch milliseconds, or the clock when absent. */
export function toDate(operation: string, now: Date | number | undefined): Date {
  const date = now === undefined ? new Date() : new Date(now);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError(operation, 'now', 'must be a valid Date or epoch milliseconds');
  return date;
}
