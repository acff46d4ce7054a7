import { ConfigError } from '../errors/config-error';

/**
 * Asserts `ok`.
 *
 * @throws {ConfigError} naming `option`, with `message` saying what it must be
 */
export function check(ok: unknown, option: string, message: string): asserts ok {
  if (!ok) throw new ConfigError(option, message);
}

/**
 * Guards against typos: every key of `value` must be one of the space-separated `known` names.
 * Keys set to undefined count as absent.
 *
 * @throws {ConfigError} naming the first unknown key, with `prefix`
 */
export const checkKeys = (value: object, known: string, prefix = ''): void => {
  for (const [key, v] of Object.entries(value)) {
    check(v === undefined || known.split(' ').includes(key), prefix + key, 'is not a known option');
  }
};

// http is fine only on the machine itself (the simulator, a dev server); real stores are https.
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/**
 * Parses an absolute https URL (http only on localhost) without credentials, query or fragment.
 *
 * @throws {ConfigError} naming `option`
 */
export const checkUrl = (value: unknown, option: string): URL => {
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {
    // reported below
  }
  check(
    typeof value === 'string' &&
      url &&
      (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOST.test(url.hostname))) &&
      !url.username &&
      !url.password &&
      !url.search &&
      !url.hash,
    option,
    'must be an https URL without credentials, query or fragment (http only for localhost)',
  );
  return url;
};

/**
 * Checks a header-safe secret: visible ASCII, no spaces. The value is never echoed.
 *
 * @throws {ConfigError} naming `option`
 */
export const checkToken = (value: unknown, option: string): void =>
  check(typeof value === 'string' && /^[\x21-\x7e]+$/.test(value), option, 'must be a non-empty string without whitespace');

/**
 * Checks for a safe integer of at least `min`.
 *
 * @throws {ConfigError} naming `option`
 */
export const checkInteger = (value: unknown, option: string, min: number): void =>
  check(Number.isSafeInteger(value) && (value as number) >= min, option, `must be an integer of at least ${min}`);

/**
 * Checks an ISO 4217 code such as `EUR`.
 *
 * @throws {ConfigError} naming `currencyCode`
 */
export const checkCurrency = (value: unknown): void =>
  check(typeof value === 'string' && /^[A-Z]{3}$/.test(value), 'currencyCode', 'must be an ISO 4217 code such as "EUR"');

/**
 * Checks a BCP 47 tag and returns it in canonical case (`de-de` becomes `de-DE`).
 *
 * @throws {ConfigError} naming `locale`
 */
export const checkLocale = (value: unknown): string => {
  try {
    if (typeof value === 'string') return Intl.getCanonicalLocales(value)[0]!;
  } catch {
    // reported below
  }
  throw new ConfigError('locale', 'must be a BCP 47 language tag such as "de-DE"');
};
