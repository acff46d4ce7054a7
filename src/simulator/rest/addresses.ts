import { randomBytes } from 'node:crypto';
import type { Catalog } from '../catalog';
import { invalidInput, unprocessable } from './errors';
import { isEmail, isObject } from './input';
import type { SimAddress } from './types';

const TEXT_FIELDS = [
  'firstName', 'lastName', 'email', 'company', 'address1', 'address2', 'city',
  'stateOrProvince', 'stateOrProvinceCode', 'countryCode', 'postalCode', 'phone',
] as const;

/** A 13-hex id, the form BigCommerce gives addresses and consignments (`5e6a91ff83c6d`). */
export function shortId(): string {
  return randomBytes(7).toString('hex').slice(0, 13);
}

/**
 * Reads an address from a request (billing address or consignment address).
 * A country the store does not know is kept with empty `country`/`countryCode`, as the real store
 * answers the guide's `"countryCode": "USA"`; known countries get their name and state filled in.
 * @param previous the address being updated: fields left out keep its values.
 * @throws RestError 400 for wrong field types, 422 without a country code or with a malformed email.
 */
export function parseAddress(catalog: Catalog, raw: unknown, where: string, previous?: SimAddress): SimAddress {
  if (!isObject(raw)) throw invalidInput(`${where} must be an object.`);
  const text: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
  for (const field of TEXT_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw invalidInput(`${where}.${field} must be a string.`);
    text[field] = value.trim();
  }
  const pick = (field: (typeof TEXT_FIELDS)[number]): string => text[field] ?? previous?.[field] ?? '';
  const countryCode = pick('countryCode').toUpperCase();
  if (countryCode === '') throw unprocessable('Invalid address', `${where}.countryCode is required.`);
  const email = pick('email');
  if (email !== '' && !isEmail(email)) throw unprocessable('Invalid email address', `${where}.email "${email}" is not a valid email address.`);
  const customFields = raw['customFields'] ?? previous?.customFields ?? [];
  if (!Array.isArray(customFields) || !customFields.every((f) => isObject(f) && typeof f['fieldId'] === 'string')) {
    throw invalidInput(`${where}.customFields must be a list of { fieldId, fieldValue }.`);
  }
  const country = catalog.countries.find((c) => c.code === countryCode);
  let stateOrProvince = pick('stateOrProvince');
  let stateOrProvinceCode = pick('stateOrProvinceCode');
  const state = country?.states.find(
    (s) => s.abbreviation === stateOrProvinceCode.toUpperCase() || s.name.toLowerCase() === stateOrProvince.toLowerCase(),
  );
  if (state) {
    stateOrProvince = state.name;
    stateOrProvinceCode = state.abbreviation;
  }
  const address: SimAddress = {
    id: previous?.id ?? shortId(),
    firstName: pick('firstName'),
    lastName: pick('lastName'),
    email,
    company: pick('company'),
    address1: pick('address1'),
    address2: pick('address2'),
    city: pick('city'),
    stateOrProvince,
    stateOrProvinceCode,
    country: country?.name ?? '',
    countryCode: country ? countryCode : '',
    postalCode: pick('postalCode'),
    phone: pick('phone'),
    customFields: (customFields as Record<string, unknown>[]).map((f) => ({
      fieldId: String(f['fieldId']),
      fieldValue: Array.isArray(f['fieldValue']) ? f['fieldValue'].join(',') : String(f['fieldValue'] ?? ''),
    })),
  };
  if (typeof raw['shouldSaveAddress'] === 'boolean') address.shouldSaveAddress = raw['shouldSaveAddress'];
  return address;
}
