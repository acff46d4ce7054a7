import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorefront, withShopper, type StorefrontOptions } from '../../src/config';
import { ConfigError, isStorefrontError } from '../../src/errors';

const token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl';
const base = { storeUrl: 'https://shop.example.com', token } satisfies StorefrontOptions;

/** Calls createStorefront and returns the ConfigError it throws. */
const configError = (options: unknown): ConfigError => {
  try {
    createStorefront(options as StorefrontOptions);
  } catch (error) {
    if (isStorefrontError(error, 'ERR_CONFIG')) return error;
    throw error;
  }
  throw new Error('createStorefront did not throw');
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createStorefront', () => {
  it('resolves defaults into a frozen context and makes no request', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const storefront = createStorefront(base);
    expect(storefront).toEqual({
      storeOrigin: 'https://shop.example.com',
      graphqlUrl: 'https://shop.example.com/graphql',
      channelId: undefined,
      currencyCode: undefined,
      locale: undefined,
      token,
      customerAccessToken: undefined,
      credentials: 'same-origin',
      fetch: undefined,
      timeoutMs: 10_000,
      retry: { retries: 2, baseDelayMs: 300, maxDelayMs: 10_000 },
    });
    expect(Object.isFrozen(storefront)).toBe(true);
    expect(Object.isFrozen(storefront.retry)).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('takes every option', () => {
    const fetch = vi.fn();
    const storefront = createStorefront({
      graphqlUrl: 'https://proxy.example.com/bc/graphql',
      channelId: 2,
      token,
      customerAccessToken: 'cat-123',
      credentials: 'include',
      fetch,
      timeoutMs: 2500,
      retry: { retries: 4 },
      currencyCode: 'EUR',
      locale: 'de-de',
    });
    expect(storefront).toMatchObject({
      storeOrigin: 'https://proxy.example.com',
      graphqlUrl: 'https://proxy.example.com/bc/graphql',
      channelId: 2,
      customerAccessToken: 'cat-123',
      credentials: 'include',
      fetch,
      timeoutMs: 2500,
      retry: { retries: 4, baseDelayMs: 300, maxDelayMs: 10_000 },
      currencyCode: 'EUR',
      locale: 'de-DE',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('builds the endpoint from storeHash and channelId', () => {
    expect(createStorefront({ storeHash: 'abc123', token }).graphqlUrl).toBe('https://store-abc123.mybigcommerce.com/graphql');
    expect(createStorefront({ storeHash: 'abc123', channelId: 1, token }).graphqlUrl).toBe(
      'https://store-abc123.mybigcommerce.com/graphql',
    );
    const channel = createStorefront({ storeHash: 'abc123', channelId: 1234567, token });
    expect(channel.graphqlUrl).toBe('https://store-abc123-1234567.mybigcommerce.com/graphql');
    expect(channel.storeOrigin).toBe('https://store-abc123-1234567.mybigcommerce.com');
  });

  it('prefers graphqlUrl over storeUrl over storeHash', () => {
    const storefront = createStorefront({ ...base, graphqlUrl: 'https://api.example.com/graphql', storeHash: 'abc' });
    expect(storefront.graphqlUrl).toBe('https://api.example.com/graphql');
    expect(createStorefront({ ...base, storeHash: 'abc' }).graphqlUrl).toBe('https://shop.example.com/graphql');
  });

  it('accepts http only on the local machine, and a trailing slash on storeUrl', () => {
    expect(createStorefront({ token, storeUrl: 'http://127.0.0.1:4010/' }).graphqlUrl).toBe('http://127.0.0.1:4010/graphql');
    expect(createStorefront({ token, storeUrl: 'http://localhost:5173' }).storeOrigin).toBe('http://localhost:5173');
    expect(createStorefront({ token, graphqlUrl: 'http://[::1]:8080/graphql' }).storeOrigin).toBe('http://[::1]:8080');
    expect(configError({ token, storeUrl: 'http://shop.example.com' }).option).toBe('storeUrl');
  });

  it('uses the page origin in a store page, read at call time', () => {
    expect(configError({ token }).option).toBe('storeUrl');
    vi.stubGlobal('location', { origin: 'https://shop.example.com' });
    expect(createStorefront({ token }).graphqlUrl).toBe('https://shop.example.com/graphql');
  });

  it('treats options set to undefined as not given', () => {
    expect(createStorefront({ ...base, locale: undefined, timeoutMs: undefined } as never).timeoutMs).toBe(10_000);
  });

  it.each([
    ['storeUrl', { ...base, storeUrl: 'ftp://shop.example.com' }],
    ['storeUrl', { ...base, storeUrl: 'shop.example.com' }],
    ['storeUrl', { ...base, storeUrl: 'https://shop.example.com/graphql' }],
    ['storeUrl', { ...base, storeUrl: 'https://user:pw@shop.example.com' }],
    ['storeUrl', { ...base, storeUrl: 42 }],
    ['graphqlUrl', { ...base, graphqlUrl: 'https://shop.example.com/graphql?x=1' }],
    ['graphqlUrl', { ...base, graphqlUrl: 'https://shop.example.com/graphql#top' }],
    ['graphqlUrl', { ...base, graphqlUrl: 'javascript:alert(1)' }],
    ['storeHash', { token, storeHash: 'abc-123' }],
    ['storeHash', { token, storeHash: '' }],
    ['channelId', { ...base, channelId: 0 }],
    ['channelId', { ...base, channelId: 1.5 }],
    ['channelId', { ...base, channelId: '2' }],
    ['token', { storeUrl: base.storeUrl }],
    ['token', { ...base, token: '' }],
    ['token', { ...base, token: 'abc def' }],
    ['token', { ...base, token: 'abc\n' }],
    ['customerAccessToken', { ...base, customerAccessToken: ' ' }],
    ['credentials', { ...base, credentials: 'same_origin' }],
    ['fetch', { ...base, fetch: 'fetch' }],
    ['timeoutMs', { ...base, timeoutMs: 0 }],
    ['timeoutMs', { ...base, timeoutMs: -5 }],
    ['timeoutMs', { ...base, timeoutMs: Infinity }],
    ['timeoutMs', { ...base, timeoutMs: Number.NaN }],
    ['timeoutMs', { ...base, timeoutMs: '100' }],
    ['retry', { ...base, retry: true }],
    ['retry', { ...base, retry: null }],
    ['retry.retries', { ...base, retry: { retries: -1 } }],
    ['retry.baseDelayMs', { ...base, retry: { baseDelayMs: 1.5 } }],
    ['retry.maxDelayMs', { ...base, retry: { maxDelayMs: '100' } }],
    ['retry.retires', { ...base, retry: { retires: 3 } }],
    ['currencyCode', { ...base, currencyCode: 'eur' }],
    ['currencyCode', { ...base, currencyCode: 'EURO' }],
    ['locale', { ...base, locale: 'not a locale' }],
    ['locale', { ...base, locale: '' }],
    ['storeUrI', { ...base, storeUrI: 'https://x.example.com' }],
    ['timeout', { ...base, timeout: 100 }],
    ['options', null],
  ])('rejects a bad %s, naming it', (option, options) => {
    const error = configError(options);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.option).toBe(option);
    expect(error.message).toContain(`"${option}"`);
  });

  it('never repeats a token in its messages', () => {
    const secret = 'secret token';
    expect(configError({ ...base, token: secret }).message).not.toContain('secret');
    expect(configError({ ...base, customerAccessToken: secret }).message).not.toContain('secret');
  });

  it('turns retry: false into no retries', () => {
    expect(createStorefront({ ...base, retry: false }).retry).toEqual({ retries: 0, baseDelayMs: 300, maxDelayMs: 10_000 });
  });
});

describe('withShopper', () => {
  const storefront = createStorefront({ ...base, currencyCode: 'USD', locale: 'en-US' });

  it('derives a validated, frozen context and leaves the original alone', () => {
    const german = withShopper(storefront, { currencyCode: 'EUR', locale: 'de-DE' });
    expect(german).toEqual({ ...storefront, currencyCode: 'EUR', locale: 'de-DE' });
    expect(Object.isFrozen(german)).toBe(true);
    expect(storefront.currencyCode).toBe('USD');
    expect(withShopper(storefront, { locale: 'fr' })).toMatchObject({ currencyCode: 'USD', locale: 'fr' });
  });

  it.each([
    ['currencyCode', { currencyCode: 'euro' }],
    ['locale', { locale: '12' }],
    ['currency', { currency: 'EUR' }],
  ])('rejects a bad %s', (option, prefs) => {
    expect(() => withShopper(storefront, prefs as never)).toThrow(expect.objectContaining({ code: 'ERR_CONFIG', option }));
  });
});
