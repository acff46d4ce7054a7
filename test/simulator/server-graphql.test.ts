import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STOREFRONT_TOKEN } from '../../src/simulator/server/auth';
import type { RunningSimulator, Simulator } from '../../src/simulator/server/types';
import { postGraphQL, startStub, stubSimulator, type StubExecutor } from './server-helpers';

const QUERY = 'query StoreName { site { settings { storeName } } }';

describe('POST /graphql', () => {
  let sim: Simulator;
  let executor: StubExecutor;
  let server: RunningSimulator;

  beforeAll(async () => {
    ({ sim, executor, server } = await startStub());
  });
  afterAll(() => server.close());
  beforeEach(() => {
    executor.mockClear();
    sim.clearLog();
  });

  it('runs the query with the default token and answers JSON', async () => {
    expect(sim.token).toBe(DEFAULT_STOREFRONT_TOKEN);
    const res = await postGraphQL(server.url, { query: QUERY, variables: { first: 2 } }, { token: sim.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ data: { echo: { operationName: null, variables: { first: 2 } } } });
    expect(executor).toHaveBeenCalledTimes(1);
    expect(executor.mock.calls[0]?.[0]).toEqual({
      query: QUERY,
      variables: { first: 2 },
      // What cart and login mutations need: the session (made on demand), origin, caller.
      session: expect.any(Function),
      origin: server.url,
      browser: false,
      remoteAddress: expect.stringMatching(/127\.0\.0\.1/),
    });
  });

  it('passes operationName, Accept-Language (first tag) and the customer access token to the executor', async () => {
    await postGraphQL(
      server.url,
      { query: QUERY, operationName: 'StoreName', variables: null },
      {
        token: sim.token,
        headers: {
          'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5',
          'X-Bc-Customer-Access-Token': 'cat-123',
          'X-Bc-Error-On-Invalid-Customer-Access-Token': 'true',
        },
      },
    );
    expect(executor.mock.calls[0]?.[0]).toMatchObject({
      query: QUERY,
      operationName: 'StoreName',
      locale: 'fr-FR',
      customerAccessToken: 'cat-123',
      errorOnInvalidCustomerAccessToken: true,
    });
  });

  it('sends the documented query hash (sha256 of the query text) and no made-up complexity', async () => {
    const res = await postGraphQL(server.url, { query: QUERY }, { token: sim.token });
    expect(res.headers.get('x-bc-graphql-query-hash')).toBe(createHash('sha256').update(QUERY).digest('hex'));
    expect(res.headers.has('x-bc-graphql-complexity')).toBe(false);
  });

  it('answers 401 with BigCommerce\'s message when no token is sent, without executing', async () => {
    const res = await postGraphQL(server.url, { query: QUERY });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ errors: [{ message: 'GraphQL credentials were missing. No token was sent.' }] });
    expect(executor).not.toHaveBeenCalled();
  });

  it('treats a non-Bearer Authorization header as no token', async () => {
    const res = await postGraphQL(server.url, { query: QUERY }, { headers: { Authorization: `Basic ${sim.token}` } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/missing/);
  });

  it('answers 401 "not a JWT" for an unknown opaque token and "signature is invalid" for an unknown JWT', async () => {
    const opaque = await postGraphQL(server.url, { query: QUERY }, { token: 'wrong-token' });
    expect(opaque.status).toBe(401);
    expect(await opaque.json()).toEqual({ errors: [{ message: 'GraphQL invalid credentials. String is not a JWT' }] });

    const forged = await postGraphQL(server.url, { query: QUERY }, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ errors: [{ message: 'GraphQL invalid credentials. JWT signature is invalid' }] });
    expect(executor).not.toHaveBeenCalled();
  });

  it.each([
    ['invalid JSON', '{"query": ', 'Request body is not valid JSON.'],
    ['a JSON array (no batching)', JSON.stringify([{ query: QUERY }]), 'Request body must be a JSON object.'],
    ['no query', JSON.stringify({ variables: {} }), 'Request body must contain a "query" string.'],
    ['array variables', JSON.stringify({ query: QUERY, variables: [1] }), '"variables" must be a JSON object.'],
    ['numeric operationName', JSON.stringify({ query: QUERY, operationName: 1 }), '"operationName" must be a string.'],
  ])('answers 400 for %s', async (_label, body, message) => {
    const res = await postGraphQL(server.url, body, { token: sim.token });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message }] });
    expect(executor).not.toHaveBeenCalled();
  });

  it('checks the token before the body, like the real store', async () => {
    const res = await postGraphQL(server.url, 'not json');
    expect(res.status).toBe(401);
  });

  it('answers GET /graphql with 405 and Allow, as live stores do', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(QUERY)}`, {
      headers: { Authorization: `Bearer ${sim.token}` },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await res.json()).toEqual({ errors: [{ message: 'Method Not Allowed' }] });
    expect(executor).not.toHaveBeenCalled();
  });

  it('answers 413 for a body over 1 MiB', async () => {
    const res = await postGraphQL(server.url, { query: QUERY, variables: { pad: 'x'.repeat(1024 * 1024) } }, { token: sim.token });
    expect(res.status).toBe(413);
    expect(executor).not.toHaveBeenCalled();
  });

  it('answers a bare 500 (no stack, no detail) when the executor throws', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    executor.mockRejectedValueOnce(new Error('boom at /secret/path.ts:12'));
    const res = await postGraphQL(server.url, { query: QUERY }, { token: sim.token });
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('{"errors":[{"message":"Internal Server Error"}]}');
    // The simulator's author sees the crash on the console instead.
    expect(consoleError).toHaveBeenCalledWith('[bc-storefront simulator] POST /graphql failed:', expect.any(Error));
    consoleError.mockRestore();
  });

  it('returns the executor result as is, errors included, with 200', async () => {
    const errors = [{ message: 'Cannot query field "nope" on type "Site".', locations: [{ line: 1, column: 10 }] }];
    executor.mockResolvedValueOnce({ errors } as never);
    const res = await postGraphQL(server.url, { query: '{ site { nope } }' }, { token: sim.token });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ errors });
  });
});

describe('configured tokens', () => {
  it('accepts every configured token, rejects the default one, and exposes the first as .token', async () => {
    const { sim, server } = await startStub({ storefrontTokens: ['tok-a', 'tok-b'] });
    try {
      expect(sim.token).toBe('tok-a');
      expect((await postGraphQL(server.url, { query: QUERY }, { token: 'tok-b' })).status).toBe(200);
      expect((await postGraphQL(server.url, { query: QUERY }, { token: DEFAULT_STOREFRONT_TOKEN })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('refuses an empty token list and a negative latency', () => {
    expect(() => stubSimulator({ storefrontTokens: [] })).toThrow(RangeError);
    expect(() => stubSimulator({ latencyMs: -1 })).toThrow(RangeError);
    expect(() => stubSimulator().sim.setLatency(Number.NaN)).toThrow(RangeError);
  });
});

describe('standalone routing', () => {
  it('answers unknown paths with a BigCommerce-style 404 and logs them', async () => {
    const { sim, server } = await startStub();
    try {
      const res = await fetch(`${server.url}/nope?x=1`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found' });
      expect(sim.requests()).toMatchObject([{ route: 'not-found', method: 'GET', path: '/nope', query: { x: '1' }, status: 404 }]);
    } finally {
      await server.close();
    }
  });
});
