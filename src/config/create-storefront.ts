import type { RetryPolicy, ShopperPreferences, Storefront, StorefrontOptions } from './types';
import { check, checkCurrency, checkInteger, checkKeys, checkLocale, checkToken, checkUrl } from './validate';

const OPTIONS = 'storeUrl graphqlUrl storeHash channelId token customerAccessToken credentials fetch timeoutMs retry currencyCode locale';
const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 300, maxDelayMs: 10_000 };

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
  check(typeof options === 'object' && options !== null, 'options', 'must be an object');
  const { token, customerAccessToken, channelId, storeHash, fetch, credentials = 'same-origin', timeoutMs = 10_000 } = options;
  checkKeys(options, OPTIONS);
  checkToken(token, 'token');
  if (customerAccessToken !== undefined) checkToken(customerAccessToken, 'customerAccessToken');
  if (channelId !== undefined) checkInteger(channelId, 'channelId', 1);
  if (storeHash !== undefined) check(/^[a-z\d]+$/i.test(storeHash), 'storeHash', 'must be letters and digits');
  if (fetch !== undefined) check(typeof fetch === 'function', 'fetch', 'must be a function');
  check(['omit', 'same-origin', 'include'].includes(credentials), 'credentials', 'must be "omit", "same-origin" or "include"');
  check(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs < Infinity, 'timeoutMs', 'must be a positive number of ms');
  const [storeOrigin, graphqlUrl] = endpoint(options);
  return Object.freeze({
    storeOrigin,
    graphqlUrl,
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

/** Validates the preferences that are given, returning only those. */
const shopper = ({ currencyCode, locale }: ShopperPreferences): ShopperPreferences => {
  const prefs: ShopperPreferences = {};
  if (currencyCode !== undefined) {
    checkCurrency(currencyCode);
    prefs.currencyCode = currencyCode;
  }
  if (locale !== undefined) prefs.locale = checkLocale(locale);
  return prefs;
};

/** Resolves `[storeOrigin, graphqlUrl]`: graphqlUrl, then storeUrl, then storeHash, then the page's origin. */
const endpoint = ({ graphqlUrl, storeUrl, storeHash, channelId }: StorefrontOptions): [string, string] => {
  if (graphqlUrl !== undefined) {
    const url = checkUrl(graphqlUrl, 'graphqlUrl');
    return [url.origin, url.href];
  }
  let origin: string;
  if (storeUrl !== undefined) {
    check(checkUrl(storeUrl, 'storeUrl').pathname === '/', 'storeUrl', 'must be an origin; give graphqlUrl for an endpoint with a path');
    origin = storeUrl;
  } else if (storeHash !== undefined) {
    // Channel 1 is the store's default site, served without a channel suffix.
    origin = `https://store-${storeHash}${channelId && channelId > 1 ? `-${channelId}` : ''}.mybigcommerce.com`;
  } else {
    // In a Stencil page the store is the page's own origin; read at call time, never at import.
    origin = (globalThis as { location?: { origin?: string } }).location?.origin as string;
    check(origin, 'storeUrl', 'is required outside a store page (or give graphqlUrl or storeHash)');
    checkUrl(origin, 'storeUrl');
  }
  origin = new URL(origin).origin;
  return [origin, `${origin}/graphql`];
};

/** Merges the given retry numbers over the defaults; `false` means no retries. */
const retryPolicy = (retry: StorefrontOptions['retry']): Readonly<RetryPolicy> => {
  check(retry === undefined || retry === false || (typeof retry === 'object' && retry !== null), 'retry', 'must be an object or false');
  const policy = { ...DEFAULT_RETRY };
  for (const [key, value] of Object.entries(retry === false ? { retries: 0 } : { ...retry })) {
    if (value === undefined) continue;
    check(Object.hasOwn(policy, key), `retry.${key}`, 'is not a known option');
    checkInteger(value, `retry.${key}`, 0);
    policy[key as keyof RetryPolicy] = value;
  }
  return Object.freeze(policy);
};
