import { ConfigError } from '../errors/config-error';

/**
 * Asserts `ok`; the message says what the option must be and never repeats its value.
 * @throws {ConfigError} naming `option`
 */
export function check(ok: unknown, option: string, mustBe: string): asserts ok {
  if (!ok) throw new ConfigError(option, `must be ${mustBe}`);
}

/** What one option must be: a test of its (defined) value, and how the message says it. */
export type Rule = [test: (value: any) => unknown, mustBe: string];

/**
 * Checks every defined key of `value` against its rule; a key without a rule is a typo.
 * One loop for both keeps the unknown-key guard and the checks in the same bytes.
 * @returns the defined keys only (an option set to `undefined` counts as not given)
 * @throws {ConfigError} naming the first unknown or bad key (with `prefix`, e.g. `"retry."`)
 */
export const checkAll = (value: object, rules: Record<string, Rule>, prefix = ''): Record<string, unknown> => {
  const given: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const rule = rules[key];
    if (!rule) throw new ConfigError(prefix + key, 'is not a known option');
    check(rule[0](v), prefix + key, rule[1]);
    given[key] = v;
  }
  return given;
};

/** Whether `value` is a string matching `pattern` (a regex alone would stringify anything). */
export const matches = (value: unknown, pattern: RegExp): boolean => typeof value == 'string' && pattern.test(value);

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
    typeof value == 'string' && url && !url.username && !url.password && !url.search && !url.hash &&
      (url.protocol == 'https:' || (url.protocol == 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname))),
    option,
    'an https URL (http on localhost) without credentials, query or hash',
  );
  return url;
};
