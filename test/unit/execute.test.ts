import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorefront, withShopper, type StorefrontOptions } from '../../src/config';
import { GraphQLResponseError, isStorefrontError, type StorefrontError } from '../../src/errors';
import { execute } from '../../src/graphql/execute';

// The shape codegen's client preset emits with documentMode: string (a boxed String).
class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  declare __apiType?: (variables: TVariables) => TResult;
}
type ProductsQuery = { site: { products: { edges: { node: { name: string } }[] } } };
const ProductsDocument = new TypedDocumentString<ProductsQuery, { first?: number | null }>(`
  # a comment before the operation
  query Products($first: Int) { site { products(first: $first) { edges { node { ...Card } } } } }
  fragment Card on Product { name }
`);
const ProductDocument = new TypedDocumentString<{ site: { product: { name: string } | null } }, { entityId: number }>(
  'query Product($entityId: Int!) { site { product(entityId: $entityId) { name } } }',
);
const AddToCartDocument = new TypedDocumentString<{ cart: { addCartLineItems: { cart: { entityId: string } } } }, { id: string }>(
  'mutation AddToCart($id: String!) { cart { addCartLineItems(input: { cartEntityId: $id }) { cart { entityId } } } }',
);

const token = 'sf-token-SECRET-123';
const customerAccessToken = 'cat-SECRET-456';
const products = { site: { products: { edges: [{ node: { name: 'Mug' } }] } } };

type Reply = Response | Error;
const fakeFetch = (...replies: Reply[]) => {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init! });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply.clone());
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const raw = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Response(body, { status: 200, headers });

const storefrontWith = (fetch: typeof globalThis.fetch, options: Partial<StorefrontOptions> = {}) =>
  createStorefront({
    graphqlUrl: 'https://store-abc123-2.mybigcommerce.com/graphql',
    token,
    fetch,
    retry: { baseDelayMs: 0 },
    ...options,
  });

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: StorefrontError) => error,
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('execute: the request', () => {
  it('posts the document and variables with the auth, customer and locale headers', async () => {
    const { fetch, calls } = fakeFetch(json({ data: products }));
    const storefront = withShopper(storefrontWith(fetch, { customerAccessToken, credentials: 'include' }), {
      locale: 'fr-CA',
    });
    const data = await execute(storefront, ProductsDocument, { first: 2 });
    expect(data.site.products.edges[0]!.node.name).toBe('Mug');
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0]!;
    expect(url).toBe('https://store-abc123-2.mybigcommerce.com/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('include');
    expect(init.headers).toEqual({
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-bc-customer-access-token': customerAccessToken,
      'accept-language': 'fr-CA',
    });
    // excludeOperationName: no operationName, and the document as written.
    expect(JSON.parse(init.body as string)).toEqual({ query: String(ProductsDocument), variables: { first: 2 } });
  });

  it('leaves out the optional headers and the variables when none are given', async () => {
    const { fetch, calls } = fakeFetch(json({ data: products }));
    await execute(storefrontWith(fetch), ProductsDocument);
    const { init } = calls[0]!;
    expect(init.credentials).toBe('same-origin');
    expect(Object.keys(init.headers as object).sort()).toEqual(['accept', 'authorization', 'content-type']);
    expect(JSON.parse(init.body as string)).toEqual({ query: String(ProductsDocument) });
  });

  it('lets per-call headers replace the defaults without doubling them', async () => {
    const { fetch, calls } = fakeFetch(json({ data: products }));
    await execute(storefrontWith(fetch, { customerAccessToken }), ProductsDocument, {}, {
      headers: { 'X-Bc-Customer-Access-Token': 'other-cat', 'X-Correlation-Id': 'c1' },
    });
    expect(calls[0]!.init.headers).toMatchObject({ 'x-bc-customer-access-token': 'other-cat', 'x-correlation-id': 'c1' });
  });

  it('types variables: optional when none is required, required otherwise', async () => {
    const { fetch } = fakeFetch(json({ data: { site: { product: { name: 'Mug' } } } }));
    const storefront = storefrontWith(fetch);
    const product = await execute(storefront, ProductDocument, { entityId: 1 });
    expect(product.site.product?.name).toBe('Mug');
    // @ts-expect-error entityId is required
    await execute(storefront, ProductDocument).catch(() => {});
    // @ts-expect-error entityId must be a number
    await execute(storefront, ProductDocument, { entityId: '1' }).catch(() => {});
    await execute(storefront, ProductsDocument, undefined, { signal: new AbortController().signal }).catch(() => {});
  });
});

describe('execute: retries', () => {
  it('retries a query that failed with a retryable status', async () => {
    const { fetch, calls } = fakeFetch(new Response('', { status: 503 }), json({ data: products }));
    expect(await execute(storefrontWith(fetch), ProductsDocument)).toEqual(products);
    expect(calls).toHaveLength(2);
  });

  it('sends a mutation once, even on a network error or a 500', async () => {
    for (const reply of [new TypeError('fetch failed'), new Response('', { status: 500 })]) {
      const { fetch, calls } = fakeFetch(reply, json({ data: {} }));
      const error = await failure(execute(storefrontWith(fetch), AddToCartDocument, { id: 'c1' }));
      expect(error.operation).toBe('AddToCart');
      expect(error.retryable).toBe(true);
      expect(calls).toHaveLength(1);
    }
  });
});

describe('execute: failures', () => {
  it('passes the transport\'s typed errors through unchanged', async () => {
    const cause = new TypeError('fetch failed');
    const { fetch } = fakeFetch(cause);
    const error = await failure(execute(storefrontWith(fetch, { retry: false }), ProductsDocument));
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ERR_NETWORK', operation: 'Products' });
    expect(error.cause).toBe(cause);

    const aborted = await failure(execute(storefrontWith(fetch), ProductsDocument, {}, { signal: AbortSignal.abort('x') }));
    expect(aborted).toMatchObject({ name: 'AbortError', cause: 'x' });
  });

  it('maps an HTTP 401 with a GraphQL body to UnauthorizedError', async () => {
    const { fetch, calls } = fakeFetch(json({ errors: [{ message: 'GraphQL invalid credentials. JWT is expired' }] }, 401));
    const error = await failure(execute(storefrontWith(fetch), ProductsDocument));
    expect(error).toMatchObject({ name: 'UnauthorizedError', code: 'ERR_UNAUTHORIZED', status: 401, operation: 'Products' });
    expect(error.message).toBe('Products: HTTP 401 (GraphQL invalid credentials. JWT is expired)');
    expect(calls).toHaveLength(1);
  });

  it('maps errors[] to GraphQLResponseError with codes, paths and partial data', async () => {
    const body = {
      data: { site: { product: null } },
      errors: [
        {
          message: 'Product not found',
          path: ['site', 'product'],
          locations: [{ line: 1, column: 40 }],
          extensions: { code: 'NOT_FOUND' },
        },
        { message: 'The query is too complex as it has a complexity score of 12230 out of 10000.' },
      ],
    };
    const { fetch, calls } = fakeFetch(json(body));
    const error = await failure(execute(storefrontWith(fetch), ProductDocument, { entityId: 7 }));
    expect(calls).toHaveLength(1); // a GraphQL error is an answer, not a transient failure
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error).toMatchObject({ code: 'ERR_GRAPHQL', retryable: false, operation: 'Product' });
    expect(error.message).toBe('Product: 2 GraphQL errors (NOT_FOUND)');
    const graphql = error as GraphQLResponseError;
    expect(graphql.errors).toEqual([
      {
        message: 'Product not found',
        path: ['site', 'product'],
        locations: [{ line: 1, column: 40 }],
        code: 'NOT_FOUND',
        extensions: { code: 'NOT_FOUND' },
      },
      { message: 'The query is too complex as it has a complexity score of 12230 out of 10000.' },
    ]);
    expect(graphql.data).toEqual({ site: { product: null } });
  });

  it('accepts a single error object and errors without a message', async () => {
    const { fetch } = fakeFetch(json({ data: null, errors: { message: 'boom' } }), json({ errors: [{}] }));
    const one = (await failure(execute(storefrontWith(fetch), ProductsDocument))) as GraphQLResponseError;
    expect(one.errors).toEqual([{ message: 'boom' }]);
    expect(one.data).toBeUndefined();
    const blank = (await failure(execute(storefrontWith(fetch), ProductsDocument))) as GraphQLResponseError;
    expect(blank.errors).toEqual([{ message: 'Unknown GraphQL error' }]);
  });

  it.each(['NOT_FOUND', 'ACCESS_TOKEN_ROTATED_SOON', 'FORBIDDEN_FIELD'])('keeps %s a GraphQLResponseError', async (code) => {
    const { fetch } = fakeFetch(json({ data: null, errors: [{ message: 'no', extensions: { code } }] }));
    const error = await failure(execute(storefrontWith(fetch), ProductsDocument));
    expect(error).toMatchObject({ name: 'GraphQLResponseError', code: 'ERR_GRAPHQL' });
  });

  it('returns data when errors is an empty array', async () => {
    const { fetch } = fakeFetch(json({ data: products, errors: [] }));
    expect(await execute(storefrontWith(fetch), ProductsDocument)).toEqual(products);
  });

  it.each([
    'INVALID_CUSTOMER_ACCESS_TOKEN',
    'MISSING_CUSTOMER_ACCESS_TOKEN',
    'INSUFFICIENT_ACCESS_SCOPE',
    'UNAUTHENTICATED',
    'UNAUTHORIZED',
    'FORBIDDEN',
  ])('maps extensions.code %s to UnauthorizedError, keeping the GraphQL error as cause', async (code) => {
    const body = { data: { customer: null }, errors: [{ message: 'nope', path: ['customer'], extensions: { code } }] };
    const { fetch } = fakeFetch(json(body));
    const error = await failure(execute(storefrontWith(fetch), ProductsDocument));
    expect(error).toMatchObject({ name: 'UnauthorizedError', code: 'ERR_UNAUTHORIZED', status: undefined });
    expect(error.message).toBe(`Products: unauthorized (${code})`);
    expect(isStorefrontError(error.cause, 'ERR_GRAPHQL') && error.cause.data).toEqual({ customer: null });
  });

  it.each([
    ['a body that is not JSON', raw('<html>Bad gateway</html>'), 'SyntaxError'],
    ['JSON without a JSON content type', raw(JSON.stringify({ data: products }), { 'content-type': 'text/html' }), 'Error'],
    ['a JSON string', raw('"ok"'), 'Error'],
    ['a JSON array', raw('[1]'), 'Error'],
    ['data that is not an object', raw('{"data":"yes"}'), 'Error'],
  ])('maps %s to MalformedResponseError, keeping the cause', async (_, reply, causeName) => {
    const { fetch, calls } = fakeFetch(reply);
    const error = await failure(execute(storefrontWith(fetch), ProductsDocument));
    expect(error).toMatchObject({ name: 'MalformedResponseError', code: 'ERR_MALFORMED_RESPONSE', operation: 'Products' });
    expect(error.message).toBe('Products: the answer is not a GraphQL JSON object');
    expect((error.cause as Error).name).toBe(causeName);
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['no data', raw('{}')],
    ['null data', raw('{"data":null}')],
    ['an empty batch', raw('[]')],
  ])('maps an answer with %s to MalformedResponseError', async (_, reply) => {
    const { fetch } = fakeFetch(reply);
    const error = await failure(execute(storefrontWith(fetch), ProductsDocument));
    expect(error).toMatchObject({ code: 'ERR_MALFORMED_RESPONSE', message: 'Products: the answer has no data' });
  });

  it('rejects variables that are not JSON before sending anything', async () => {
    const { fetch, calls } = fakeFetch(json({ data: products }));
    const error = await failure(execute(storefrontWith(fetch), ProductDocument, { entityId: 1n as unknown as number }));
    expect(error).toMatchObject({ name: 'InvalidArgumentError', argument: 'variables', operation: 'Product' });
    expect((error.cause as Error).name).toBe('TypeError');
    expect(calls).toHaveLength(0);
  });

  it('rejects a document without an operation', async () => {
    const { fetch, calls } = fakeFetch(json({ data: products }));
    const error = await failure(execute(storefrontWith(fetch), 'fragment Card on Product { name }'));
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument: 'document' });
    expect(calls).toHaveLength(0);
  });

  it('never shows the tokens in a message, String(error) or JSON, even when the store echoes them', async () => {
    const echo = `bad token ${token} / ${customerAccessToken}`;
    const replies: Reply[] = [
      json({ errors: [{ message: echo }] }, 401),
      json({ title: echo }, 403),
      json({ title: echo }, 500),
      json({ title: echo }, 429),
      json({ data: null, errors: [{ message: echo, extensions: { code: 'NOT_FOUND' } }] }),
      json({ errors: [{ message: echo, extensions: { code: 'INVALID_CUSTOMER_ACCESS_TOKEN' } }] }),
      raw(echo),
      raw('{}'),
      new TypeError(echo),
    ];
    for (const reply of replies) {
      const { fetch } = fakeFetch(reply);
      const storefront = storefrontWith(fetch, { customerAccessToken, retry: false });
      const error = await failure(execute(storefront, ProductsDocument, { first: 1 }));
      expect(isStorefrontError(error)).toBe(true);
      for (const text of [error.message, String(error), JSON.stringify(error), JSON.stringify(error.cause ?? null)]) {
        expect(text).not.toContain(token);
        expect(text).not.toContain(customerAccessToken);
      }
    }
  });
});
