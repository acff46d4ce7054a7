import { ConfigError } from '../errors/config-error';

/**
 * Asserts `ok`; the message says what the option must be and never repeats its value.
 * @throws {ConfigError} naming `option`
 */
export function check(ok: unknown, option: string, mustBe: string): asserts ok {
  if (!ok) throw new ConfigError(option, `must be ${mustBe}`);
}

/**
 * Guards against typos: every defined key of `value` must be one of the space-separated `known`.
 * @throws {ConfigError} naming the first unknown key
 */
export const checkKeys = (value: object, known: string, prefix = ''): void => {
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined && !known.split(' ').includes(key)) throw new ConfigError(prefix + key, 'is not a known option');
  }
};

/**
 * Parses an absolute https URL (http only on the machine itself, where the simulator runs)
 * without credentials, query or fragment.
 * @throws {ConfigError} naming `option`
 */
export const checkUrl = (value: unknown, option: string): URL => {
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {}
  check(
    typeof value === 'string' && url && !url.username && !url.password && !url.search && !url.hash &&
      (url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname))),
    option,
    'an https URL without credentials, query or fragment (http only for localhost)',
  );
  return url;
};

/**
 * Checks a header-safe token: visible ASCII without spaces.
 * @throws {ConfigError} naming `option`
 */
export const checkToken = (value: unknown, option: string): void =>
  check(typeof value === 'string' && /^[\x21-\x7e]+$/.test(value), option, 'a non-empty string without whitespace');

/**
 * Checks for a safe integer of at least `min`.
 * @throws {ConfigError} naming `option`
 */
export const checkInteger = (value: unknown, option: string, min: number): void =>
  check(Number.isSafeInteger(value) && (value as number) >= min, option, `an integer of at least ${min}`);
