import { describe, expect, it } from 'vitest';
import {
  execute,
  getCategory,
  getProduct,
  getProducts,
  getProductsByIds,
  isStorefrontError,
  searchProducts,
  type SearchSort,
} from '../../src/index';
import { TypedDocumentString } from '../../src/graphql/generated/graphql';
import { expectNoSecret, rejectionOf, useSimulator } from './helpers';

const suite = useSimulator();
const statuses = () => suite.graphql().map((e) => e.status);
/** The rejection of a catalog call, after checking the storefront token shows nowhere in it. */
const failureOf = async (promise: Promise<unknown>, token = suite.sim.token) => {
  const error = await rejectionOf(promise);
  expectNoSecret(error, token);
  return error;
};

describe('retries against the simulator faults', () => {
  it('429: waits X-Rate-Limit-Time-Reset-Ms, then succeeds', async () => {
    suite.sim.fault({ kind: 'rate-limit', resetMs: 120, match: { operationName: 'Products' } });
    const page = await getProducts(suite.storefront(), { first: 3 });
    expect(page.items.map((p) => p.entityId)).toEqual([101, 102, 103]);
    const [limited, retried] = suite.graphql('Products');
    expect([limited!.status, limited!.fault, retried!.status]).toEqual([429, 'rate-limit', 200]);
    // A real wait happened (exact waits are asserted with fake timers in test/unit/http.test.ts;
    // wall-clock log times on a shared machine are not precise enough for a tight bound).
    expect(retried!.time - limited!.time).toBeGreaterThanOrEqual(60);
  });

  it('429: the millisecond header wins over a longer Retry-After in seconds', async () => {
    suite.sim.fault({ kind: 'rate-limit', resetMs: 30, retryAfterSeconds: 5 });
    const started = Date.now();
    await getProduct(suite.storefront(), { entityId: 101 });
    expect(Date.now() - started).toBeLessThan(3_000); // Retry-After would have taken 5 s
    expect(statuses()).toEqual([429, 200]);
  });

  it('503 twice, then success', async () => {
    suite.sim.fault({ kind: 'status', status: 503, times: 2 });
    expect(await getProductsByIds(suite.storefront(), [108])).toMatchObject([{ name: 'Cast Iron Skillet' }]);
    expect(statuses()).toEqual([503, 503, 200]);
  });

  it('a dropped connection is retried', async () => {
    suite.sim.fault({ kind: 'drop' });
    expect(await searchProducts(suite.storefront(), { searchTerm: 'skillet' })).toMatchObject({ products: { totalItems: 1 } });
    expect(suite.graphql('SearchProducts').map((e) => [e.status, e.fault])).toEqual([[0, 'drop'], [200, undefined]]);
  });

  it('429 asking for longer than retry.maxDelayMs fails at once with the wait it asked for', async () => {
    suite.sim.fault({ kind: 'rate-limit', resetMs: 60_000 });
    const error = await failureOf(getProducts(suite.storefront(), { first: 1 }));
    expect(error).toMatchObject({ code: 'ERR_RATE_LIMITED', operation: 'Products', retryAfterMs: 60_000 });
    expect(statuses()).toEqual([429]);
  });

  it('an abort while waiting to retry: ERR_ABORTED at once, no second request', async () => {
    suite.sim.fault({ kind: 'rate-limit', resetMs: 5_000 });
    const started = Date.now();
    const error = await failureOf(getProducts(suite.storefront(), { first: 1 }, { signal: AbortSignal.timeout(100) }));
    expect(Date.now() - started).toBeLessThan(2_500); // the retry wait was 5 s
    expect(error).toMatchObject({ code: 'ERR_ABORTED', operation: 'Products' });
    expect(statuses()).toEqual([429]);
  });

  it.each([
    ['503', { kind: 'status', status: 503 }, 'ERR_HTTP', 503],
    ['429', { kind: 'rate-limit', resetMs: 10 }, 'ERR_RATE_LIMITED', 429],
    ['dropped', { kind: 'drop' }, 'ERR_NETWORK', undefined],
  ] as const)('retries exhausted (%s): the typed error names the operation', async (_, fault, code, status) => {
    suite.sim.fault({ ...fault, times: 3 });
    const error = await failureOf(getProducts(suite.storefront(), { first: 1 }));
    expect(isStorefrontError(error, code)).toBe(true);
    expect(error).toMatchObject({ operation: 'Products', status, retryable: true });
    if (code === 'ERR_RATE_LIMITED') expect(error.retryAfterMs).toBe(10);
    expect(suite.graphql('Products')).toHaveLength(3); // the first attempt and 2 retries
  });
});

describe('failures that are not retried', () => {
  it('a malformed 200 body: ERR_MALFORMED_RESPONSE after one request', async () => {
    suite.sim.fault({ kind: 'malformed' });
    const error = await failureOf(getProducts(suite.storefront(), { first: 1 }));
    expect(isStorefrontError(error, 'ERR_MALFORMED_RESPONSE')).toBe(true);
    expect(error).toMatchObject({ operation: 'Products', retryable: false });
    expect(suite.graphql().map((e) => [e.status, e.fault])).toEqual([[200, 'malformed']]);
  });

  it('a 200 without data: ERR_MALFORMED_RESPONSE', async () => {
    suite.sim.fault({ kind: 'status', status: 200, body: '{"site":{}}' });
    const error = await failureOf(getProduct(suite.storefront(), { sku: 'SKILLET' }));
    expect(error).toMatchObject({ code: 'ERR_MALFORMED_RESPONSE', operation: 'Product', message: 'Product: the answer has no data' });
  });

  // BUG (src/catalog): a 2xx whose data lacks the connection escapes as a raw TypeError from toPage,
  // not the MalformedResponseError the error family promises. Flip to `it` once fixed.
  it('a 200 whose data lacks the listing: ERR_MALFORMED_RESPONSE', async () => {
    suite.sim.fault({ kind: 'status', status: 200, body: '{"data":{"site":{"products":null}}}' });
    const error = await failureOf(getProducts(suite.storefront(), { first: 1 }));
    expect(error).toMatchObject({ code: 'ERR_MALFORMED_RESPONSE', operation: 'Products' });
  });

  it('a wrong token: ERR_UNAUTHORIZED, sent once', async () => {
    const wrong = 'eyJhbGciOiJFUzI1NiJ9.eyJ3cm9uZyI6InRva2VuIn0.bm90LXRoZS1yaWdodC1vbmU';
    const error = await failureOf(getProducts(suite.storefront({ token: wrong }), { first: 1 }), wrong);
    expectNoSecret(error, suite.sim.token);
    expect(isStorefrontError(error, 'ERR_UNAUTHORIZED')).toBe(true);
    expect(error).toMatchObject({ operation: 'Products', status: 401, retryable: false });
    expect(error.message).toBe('Products: HTTP 401 (GraphQL invalid credentials. JWT signature is invalid)');
    expect(statuses()).toEqual([401]);
  });

  it('a GraphQL auth code in errors: ERR_UNAUTHORIZED', async () => {
    const body = { data: null, errors: [{ message: 'Missing scope', extensions: { code: 'INSUFFICIENT_ACCESS_SCOPE' } }] };
    suite.sim.fault({ kind: 'status', status: 200, body: JSON.stringify(body) });
    const error = await failureOf(getCategory(suite.storefront(), 22));
    expect(error).toMatchObject({ code: 'ERR_UNAUTHORIZED', operation: 'CategoryPage', cause: { code: 'ERR_GRAPHQL' } });
    expect(statuses()).toEqual([200]);
  });

  it('an abort mid-latency: ERR_ABORTED at once', async () => {
    suite.sim.setLatency(3_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await failureOf(getProducts(suite.storefront(), { first: 1 }, { signal: controller.signal }));
    expect(Date.now() - started).toBeLessThan(1_500); // the answer was 3 s away
    expect(error).toMatchObject({ code: 'ERR_ABORTED', operation: 'Products', retryable: false });
    expect(suite.graphql('Products')).toHaveLength(1);
  });

  it('a signal aborted before the call: ERR_ABORTED with nothing sent', async () => {
    const error = await failureOf(getProducts(suite.storefront(), {}, { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ code: 'ERR_ABORTED', operation: 'Products' });
    expect(suite.sim.requests()).toHaveLength(0);
  });

  it('latency beyond timeoutMs: ERR_TIMEOUT, after each attempt timed out', async () => {
    suite.sim.setLatency(6_000);
    const started = Date.now();
    const error = await failureOf(getProducts(suite.storefront({ timeoutMs: 100, retry: { retries: 1, baseDelayMs: 5 } }), { first: 1 }));
    expect(Date.now() - started).toBeLessThan(3_000); // two 100 ms attempts, not a 6 s answer
    expect(isStorefrontError(error, 'ERR_TIMEOUT')).toBe(true);
    expect(error).toMatchObject({ operation: 'Products', timeoutMs: 100, retryable: true });
    expect(suite.graphql('Products')).toHaveLength(2);
  });
});

describe('bad arguments fail before any request', () => {
  const cases: Array<[string, (storefront: ReturnType<typeof suite.storefront>) => Promise<unknown>, string, string]> = [
    ['first: 51', (s) => getProducts(s, { first: 51 }), 'Products', 'first'],
    ['first: 0', (s) => getProducts(s, { first: 0 }), 'Products', 'first'],
    ['first and last', (s) => getProducts(s, { first: 5, last: 5 }), 'Products', 'last'],
    ['a negative entity id', (s) => getProduct(s, { entityId: -3 }), 'Product', 'entityId'],
    ['a fractional id in a list', (s) => getProductsByIds(s, [101, 1.5]), 'Products', 'entityIds'],
    ['an empty sku', (s) => getProduct(s, { sku: ' ' }), 'Product', 'sku'],
    ['a sort the API lacks', (s) => searchProducts(s, { sort: 'CHEAPEST' as SearchSort }), 'SearchProducts', 'sort'],
    ['min price above max', (s) => searchProducts(s, { price: { minPrice: 50, maxPrice: 10 } }), 'SearchProducts', 'price'],
    ['a rating above 5', (s) => getCategory(s, 22, { rating: { minRating: 6 } }), 'CategoryPage', 'rating'],
    ['category id 0', (s) => getCategory(s, 0), 'CategoryPage', 'entityId'],
  ];
  it.each(cases)('%s', async (_, call, operation, argument) => {
    const error = await failureOf(call(suite.storefront()));
    expect(isStorefrontError(error, 'ERR_INVALID_ARGUMENT')).toBe(true);
    expect(error).toMatchObject({ operation, argument, retryable: false });
    expect(suite.sim.requests()).toHaveLength(0);
  });
});

describe('GraphQL errors from the server', () => {
  it('a custom document with a bad field: ERR_GRAPHQL with the server errors', async () => {
    const document = new TypedDocumentString<{ site: unknown }, Record<string, never>>('query BadField { site { notAField } }');
    const error = await failureOf(execute(suite.storefront(), document));
    expect(isStorefrontError(error, 'ERR_GRAPHQL')).toBe(true);
    expect(error).toMatchObject({ operation: 'BadField', retryable: false, message: 'BadField: 1 GraphQL error' });
    expect(error.errors).toEqual([expect.objectContaining({ message: 'Cannot query field "notAField" on type "Site".' })]);
    expect(suite.graphql().map((e) => [e.operationName, e.status])).toEqual([['BadField', 200]]);
  });

  it('an HTTP error body that quotes the token back has it blanked', async () => {
    suite.sim.fault({ kind: 'status', status: 500, times: 3, body: JSON.stringify({ title: `Bad token ${suite.sim.token}` }) });
    const error = await failureOf(getProducts(suite.storefront(), { first: 1 }));
    expect(error).toMatchObject({ code: 'ERR_HTTP', status: 500, message: 'Products: HTTP 500 (Bad token [redacted])' });
    expect(statuses()).toEqual([500, 500, 500]);
  });

  it('a server error that quotes the token back has it blanked', async () => {
    const document = new TypedDocumentString<unknown, { id: unknown }>(
      'query EchoVariable($id: Int!) { site { product(entityId: $id) { name } } }',
    );
    // graphql-js quotes an invalid variable value in its message: here, the token.
    const error = await failureOf(execute(suite.storefront(), document, { id: suite.sim.token }));
    expect(error.code).toBe('ERR_GRAPHQL');
    expect(error.errors[0].message).toContain('[redacted]');
  });
});
