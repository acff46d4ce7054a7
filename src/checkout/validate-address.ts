import { check, checkEmail } from '../rest/validate';
import type { AddressInput } from './types';

const REQUIRED = ['firstName', 'lastName', 'address1', 'city', 'postalCode'] as const;

/**
 * Checks an address before it is sent: first and last name, street, city and postal code as
 * non-blank text, a two-letter country code, and (for a billing address) an email.
 * @throws {InvalidArgumentError} naming the first bad field, e.g. `address.countryCode`
 */
export const checkAddress = (operation: string, address: AddressInput, at: string, needsEmail = false): void => {
  check(address && typeof address == 'object', operation, at, 'must be an object');
  for (const field of REQUIRED) {
    const value = address[field];
    check(typeof value == 'string' && value.trim() && value.length <= 255, operation, `${at}.${field}`, 'must be non-blank text (≤ 255 characters)');
  }
  check(/^[A-Z]{2}$/.test(address.countryCode), operation, `${at}.countryCode`, 'must be a country code such as "US"');
  if (needsEmail || address.email !== undefined) checkEmail(operation, address.email, `${at}.email`);
};
