import type { RetryPolicy, ShopperPreferences, Storefront, StorefrontOptions } from './types';
import { check, checkInteger, checkKeys, checkToken, checkUrl } from './validate';

const OPTIONS = 'storeUrl graphqlUrl storeHash channelId token customerAccessToken credentials fetch timeoutMs retry currencyCode locale';

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
  check(typeof options === 'object' && options, 'options', 'an object');
  checkKeys(options, OPTIONS);
  const { token, customerAccessToken, channelId, storeHash, fetch, credentials = 'same-origin', timeoutMs = 10_000 } = options;
  checkToken(token, 'token');
  if (customerAccessToken !== undefined) checkToken(customerAccessToken, 'customerAccessToken');
  if (channelId !== undefined) checkInteger(channelId, 'channelId', 1);
  if (storeHash !== undefined) check(/^[a-z\d]+$/i.test(storeHash), 'storeHash', 'letters and digits');
  if (fetch !== undefined) check(typeof fetch === 'function', 'fetch', 'a function');
  check(['omit', 'same-origin', 'include'].includes(credentials), 'credentials', '"omit", "same-origin" or "include"');
  check(typeof timeoutMs == 'number' && timeoutMs > 0 && timeoutMs < Infinity, 'timeoutMs', 'a positive number of ms');
  const storeOrigin = origin(options);
  return Object.freeze({
    storeOrigin,
    graphqlUrl: options.graphqlUrl === undefined ? `${storeOrigin}/graphql` : checkUrl(options.graphqlUrl, 'graphqlUrl').href,
    channelId,
    currencyCode: undefined,
    locale: undefined,
    token,
    customerAccessToken,
    credentials,
    fetch,
    timeoutMs,
    retry: retryPolicy(options.retry),
    ...shopper(options),
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
  checkKeys(prefs, 'currencyCode locale');
  return Object.freeze({ ...storefront, ...shopper(prefs) });
}

/** Validates the preferences that are given, returning only those; the locale in canonical case. */
const shopper = ({ currencyCode, locale }: ShopperPreferences): ShopperPreferences => {
  const prefs: ShopperPreferences = {};
  if (currencyCode !== undefined) {
    check(/^[A-Z]{3}$/.test(currencyCode), 'currencyCode', 'an ISO 4217 code such as "EUR"');
    prefs.currencyCode = currencyCode;
  }
  if (locale !== undefined) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(locale)[0];
    } catch {}
    check(canonical, 'locale', 'a BCP 47 language tag such as "de-DE"');
    prefs.locale = canonical;
  }
  return prefs;
};

/** The store's origin: from graphqlUrl, storeUrl, storeHash (+ channel), or the page it runs in. */
const origin = ({ graphqlUrl, storeUrl, storeHash, channelId }: StorefrontOptions): string => {
  if (graphqlUrl !== undefined) return checkUrl(graphqlUrl, 'graphqlUrl').origin;
  if (storeUrl !== undefined) {
    const url = checkUrl(storeUrl, 'storeUrl');
    check(url.pathname === '/', 'storeUrl', 'an origin; give graphqlUrl for an endpoint with a path');
    return url.origin;
  }
  // Channel 1 is the store's default site, served without a channel suffix.
  if (storeHash !== undefined) return `https://store-${storeHash}${channelId! > 1 ? `-${channelId}` : ''}.mybigcommerce.com`;
  // In a Stencil page the store is the page's own origin: read now, never at import.
  return checkUrl((globalThis as { location?: Location }).location?.origin, 'storeUrl').origin;
};

/** Merges the given retry numbers over the defaults; `false` means no retries. */
const retryPolicy = (retry: StorefrontOptions['retry']): Readonly<RetryPolicy> => {
  check(retry === undefined || retry === false || (typeof retry === 'object' && retry), 'retry', 'an object or false');
  const policy: RetryPolicy = { retries: 2, baseDelayMs: 300, maxDelayMs: 10_000 };
  checkKeys(retry || {}, 'retries baseDelayMs maxDelayMs', 'retry.');
  for (const [key, value] of Object.entries(retry === false ? { retries: 0 } : { ...retry })) {
    if (value !== undefined) checkInteger(value, `retry.${key}`, 0);
    policy[key as keyof RetryPolicy] = value ?? policy[key as keyof RetryPolicy];
  }
  return Object.freeze(policy);
};
