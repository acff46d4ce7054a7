import type { RetryPolicy, ShopperPreferences, Storefront, StorefrontOptions } from './types';
import { check, checkAll, checkUrl, matches, type Rule } from './validate';

const TOKEN: Rule = [(value) => matches(value, /^[\x21-\x7e]+$/), 'a non-empty string without spaces'];
const URL_RULE: Rule = [(value) => typeof value == 'string', 'a string'];
const AT_LEAST_0: Rule = [(value) => Number.isSafeInteger(value) && value >= 0, 'an integer of at least 0'];

const CURRENCY: Rule = [(value) => matches(value, /^[A-Z]{3}$/), 'an ISO 4217 code such as "EUR"'];
const LOCALE: Rule = [(value) => canonicalLocale(value), 'a BCP 47 tag such as "de-DE"'];
/** The shopper preferences `withShopper` checks. */
const SHOPPER: Record<string, Rule> = { currencyCode: CURRENCY, locale: LOCALE };

/** Every option and what it must be; URLs are checked in full where they are read (`origin`). */
const OPTIONS: Record<string, Rule> = {
  currencyCode: CURRENCY,
  locale: LOCALE,
  storeUrl: URL_RULE,
  graphqlUrl: URL_RULE,
  storeHash: [(value) => matches(value, /^[a-z\d]+$/i), 'letters and digits'],
  channelId: [(value) => Number.isSafeInteger(value) && value > 0, 'an integer of at least 1'],
  token: TOKEN,
  customerAccessToken: TOKEN,
  credentials: [(value) => matches(value, /^(omit|same-origin|include)$/), '"omit", "same-origin" or "include"'],
  fetch: [(value) => typeof value == 'function', 'a function'],
  timeoutMs: [(value) => value > 0 && value < Infinity && typeof value == 'number', 'a positive number of ms'],
  retry: [(value) => value === false || (typeof value == 'object' && value), 'an object or false'],
};

const RETRY: Record<string, Rule> = { retries: AT_LEAST_0, baseDelayMs: AT_LEAST_0, maxDelayMs: AT_LEAST_0 };

/**
 * Validates every option and returns a frozen storefront context. Makes no request. An option set
 * to `undefined` counts as not given.
 *
 * @throws {ConfigError} naming the first bad, missing or unknown option
 * @example
 * ```ts
 * const storefront = createStorefront({ storeUrl: 'https://shop.example.com', token, currencyCode: 'EUR' });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createStorefront(options: StorefrontOptions): Storefront {
  check(typeof options == 'object' && options, 'options', 'an object');
  checkAll(options, OPTIONS);
  const { token, customerAccessToken, channelId, fetch, credentials = 'same-origin', timeoutMs = 10_000, retry } = options;
  check(token !== undefined, 'token', TOKEN[1]);
  const storeOrigin = origin(options);
  return Object.freeze({
    storeOrigin,
    graphqlUrl: options.graphqlUrl === undefined ? `${storeOrigin}/graphql` : checkUrl(options.graphqlUrl, 'graphqlUrl').href,
    channelId,
    currencyCode: options.currencyCode,
    locale: canonicalLocale(options.locale),
    token,
    customerAccessToken,
    credentials,
    fetch,
    timeoutMs,
    // The given numbers over the defaults; `false` means no retries.
    retry: Object.freeze({
      retries: 2,
      baseDelayMs: 300,
      maxDelayMs: 10_000,
      ...checkAll(retry === false ? { retries: 0 } : { ...retry }, RETRY, 'retry.'),
    } as RetryPolicy),
  });
}

/**
 * Derives a storefront context with other shopper preferences; the original is unchanged.
 *
 * @throws {ConfigError} naming a bad or unknown preference
 * @example
 * ```ts
 * const german = withShopper(storefront, { locale: 'de-DE', currencyCode: 'EUR' });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function withShopper(storefront: Storefront, prefs: ShopperPreferences): Storefront {
  checkAll(prefs, SHOPPER);
  const { currencyCode = storefront.currencyCode, locale = storefront.locale } = prefs;
  return Object.freeze({ ...storefront, currencyCode, locale: canonicalLocale(locale) });
}

/** The canonical case of a BCP 47 tag (`de-de` → `de-DE`); undefined when it is not one. */
const canonicalLocale = (locale: unknown): string | undefined => {
  try {
    return Intl.getCanonicalLocales(locale as string)[0];
  } catch {}
};

/** The store's origin: from graphqlUrl, storeUrl, storeHash (+ channel), or the page it runs in. */
const origin = ({ graphqlUrl, storeUrl, storeHash, channelId }: StorefrontOptions): string => {
  if (graphqlUrl !== undefined) return checkUrl(graphqlUrl, 'graphqlUrl').origin;
  if (storeUrl !== undefined) {
    const url = checkUrl(storeUrl, 'storeUrl');
    check(url.pathname == '/', 'storeUrl', 'an origin (a path needs graphqlUrl)');
    return url.origin;
  }
  // Channel 1 is the store's default site, served without a channel suffix.
  if (storeHash !== undefined) return `https://store-${storeHash}${channelId! > 1 ? `-${channelId}` : ''}.mybigcommerce.com`;
  // In a Stencil page the store is the page's own origin: read now, never at import.
  return checkUrl((globalThis as { location?: Location }).location?.origin, 'storeUrl').origin;
};
