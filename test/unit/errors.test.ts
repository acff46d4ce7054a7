import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  ConfigError,
  ConflictError,
  GraphQLResponseError,
  HttpError,
  InvalidArgumentError,
  isStorefrontError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  OriginError,
  RateLimitError,
  StorefrontError,
  TimeoutError,
  UnauthorizedError,
} from '../../src/errors';

const cause = new TypeError('fetch failed');

// Every kind, built as the library builds it, with what it must report.
const kinds = [
  [new ConfigError('token', 'must be a string'), 'ConfigError', 'ERR_CONFIG', false, undefined],
  [new InvalidArgumentError('Products', 'first', 'must be 1 to 50'), 'InvalidArgumentError', 'ERR_INVALID_ARGUMENT', false, undefined],
  [new NetworkError('Products', 'network error', { cause }), 'NetworkError', 'ERR_NETWORK', true, undefined],
  [new TimeoutError('Products', 5000), 'TimeoutError', 'ERR_TIMEOUT', true, undefined],
  [new AbortError('Products', 'aborted', { cause: 'stop' }), 'AbortError', 'ERR_ABORTED', false, undefined],
  [new HttpError('GET /api/storefront/carts', 'HTTP 500', { status: 500, retryable: true }), 'HttpError', 'ERR_HTTP', true, 500],
  [new HttpError('GET /api/storefront/carts', 'HTTP 400', { status: 400 }), 'HttpError', 'ERR_HTTP', false, 400],
  [new RateLimitError('Products', 'HTTP 429', 1500), 'RateLimitError', 'ERR_RATE_LIMITED', true, 429],
  [new UnauthorizedError('Products', 'HTTP 401', { status: 401 }), 'UnauthorizedError', 'ERR_UNAUTHORIZED', false, 401],
  [new GraphQLResponseError('Products', [{ message: 'x' }]), 'GraphQLResponseError', 'ERR_GRAPHQL', false, undefined],
  [new MalformedResponseError('Products', 'not JSON'), 'MalformedResponseError', 'ERR_MALFORMED_RESPONSE', false, undefined],
  [new ConflictError('PUT /api/storefront/carts/1', 'HTTP 409', { status: 409 }), 'ConflictError', 'ERR_CONFLICT', false, 409],
  [new NotFoundError('GET /api/storefront/carts/1', 'HTTP 404', { status: 404 }), 'NotFoundError', 'ERR_NOT_FOUND', false, 404],
  [new OriginError('GET /carts', 'https://www.example.com', 'https://shop.example.com'), 'OriginError', 'ERR_ORIGIN', false, undefined],
] as const;

describe('error kinds', () => {
  it.each(kinds)('%s has its name, code, retryable and status', (error, name, code, retryable, status) => {
    expect(error).toBeInstanceOf(StorefrontError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.status).toBe(status);
    expect(isStorefrontError(error)).toBe(true);
    expect(isStorefrontError(error, code)).toBe(true);
    expect(String(error)).toMatch(new RegExp(`^${name}: `));
  });

  it('messages start with the operation', () => {
    expect(new HttpError('GET /api/storefront/carts', 'HTTP 502').message).toBe('GET /api/storefront/carts: HTTP 502');
    expect(new TimeoutError('Products', 5000).message).toBe('Products: no answer within 5000 ms');
    expect(new ConfigError('timeoutMs', 'must be positive').message).toBe('Storefront option "timeoutMs" must be positive');
    expect(new InvalidArgumentError('Products', 'first', 'must be 1 to 50').message).toBe(
      'Products: argument "first" must be 1 to 50',
    );
  });

  it('keeps the wrapped cause and the kind-specific fields', () => {
    expect(new NetworkError('Products', 'network error', { cause }).cause).toBe(cause);
    expect(new AbortError('Products', 'aborted', { cause: 'stop' }).cause).toBe('stop');
    expect('cause' in new TimeoutError('Products', 1)).toBe(false);
    expect(new ConfigError('retry.retries', 'x').option).toBe('retry.retries');
    expect(new InvalidArgumentError('Products', 'first', 'x').argument).toBe('first');
    expect(new RateLimitError('Products', 'HTTP 429', 1500).retryAfterMs).toBe(1500);
    expect(new TimeoutError('Products', 5000).timeoutMs).toBe(5000);
    expect(new NetworkError('Products', 'network error').operation).toBe('Products');
  });

  it('GraphQLResponseError counts errors, lists codes, and keeps partial data out of JSON', () => {
    const errors = [
      { message: 'Not found', code: 'NOT_FOUND', path: ['site', 'product'] },
      { message: 'Too complex' },
      { message: 'Also not found', code: 'NOT_FOUND' },
    ];
    const error = new GraphQLResponseError('Product', errors, { site: { product: null, email: 'a@b.c' } });
    expect(error.message).toBe('Product: 3 GraphQL errors (NOT_FOUND)');
    expect(error.errors).toBe(errors);
    expect(error.data).toEqual({ site: { product: null, email: 'a@b.c' } });
    expect(JSON.stringify(error)).not.toContain('a@b.c');
    expect(new GraphQLResponseError('Product', [{ message: 'x' }]).message).toBe('Product: 1 GraphQL error');
  });

  it('serialises to JSON with name, code and message but without the cause', () => {
    const error = new NetworkError('Products', 'network error', { cause: new Error('secret-in-cause') });
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({
      name: 'NetworkError',
      code: 'ERR_NETWORK',
      retryable: true,
      operation: 'Products',
      message: 'Products: network error',
    });
    expect(JSON.stringify(error)).not.toContain('secret-in-cause');
  });
});

describe('isStorefrontError', () => {
  it('narrows by code and rejects other errors', () => {
    const error: unknown = new RateLimitError('Products', 'HTTP 429', 10);
    if (isStorefrontError(error, 'ERR_RATE_LIMITED')) expect(error.retryAfterMs).toBe(10);
    else expect.unreachable();
    expect(isStorefrontError(error, 'ERR_HTTP')).toBe(false);
    expect(isStorefrontError(new Error('x'))).toBe(false);
    expect(isStorefrontError(Object.assign(new Error('x'), { code: 'ERR_NETWORK', retryable: true }))).toBe(false);
    expect(isStorefrontError(null)).toBe(false);
    expect(isStorefrontError('ERR_NETWORK')).toBe(false);
  });

  it('recognises an error branded by another copy of the library in another realm', () => {
    // Another realm: its own Error and Object, but the same registry-wide symbol.
    const foreign = runInNewContext(`
      const e = new Error('Products: network error');
      e.name = 'NetworkError'; e.code = 'ERR_NETWORK'; e.retryable = true;
      Object.defineProperty(e, Symbol.for('bc-storefront.error'), { value: true });
      e;
    `);
    expect(foreign instanceof StorefrontError).toBe(false);
    expect(isStorefrontError(foreign, 'ERR_NETWORK')).toBe(true);
  });
});
