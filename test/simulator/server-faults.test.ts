import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator, Simulator } from '../../src/simulator/server/types';
import { postGraphQL, startStub, type StubExecutor } from './server-helpers';

const PRODUCTS = 'query Products { site { products { edges { node { entityId } } } } }';
const CART = 'mutation AddToCart($id: String!) { cart { addCartLineItems(input: { cartEntityId: $id }) { cart { entityId } } } }';

describe('faults', () => {
  let sim: Simulator;
  let executor: StubExecutor;
  let server: RunningSimulator;
  const post = (query = PRODUCTS, extra: Record<string, unknown> = {}): Promise<Response> =>
    postGraphQL(server.url, { query, ...extra }, { token: sim.token });

  beforeAll(async () => {
    ({ sim, executor, server } = await startStub());
  });
  afterAll(() => server.close());
  beforeEach(() => {
    sim.clearFaults();
    sim.clearLog();
    sim.setLatency(0);
    executor.mockClear();
  });

  it('rate-limit: 429 with numeric X-Rate-Limit-* headers, then normal answers', async () => {
    sim.fault({ kind: 'rate-limit', resetMs: 2500 });
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('x-rate-limit-time-reset-ms'))).toBe(2500);
    expect(Number(limited.headers.get('x-rate-limit-requests-left'))).toBe(0);
    expect(Number(limited.headers.get('x-rate-limit-time-window-ms'))).toBe(30000);
    expect(Number(limited.headers.get('x-rate-limit-requests-quota'))).toBe(150);
    expect(limited.headers.has('retry-after')).toBe(false);
    expect(await limited.json()).toEqual({ errors: [{ message: 'Too Many Requests' }] });
    expect(executor).not.toHaveBeenCalled();

    expect((await post()).status).toBe(200);
  });

  it('rate-limit: Retry-After in whole seconds when asked, and a short default reset', async () => {
    sim.fault({ kind: 'rate-limit', retryAfterSeconds: 3 });
    const res = await post();
    expect(res.headers.get('retry-after')).toBe('3');
    expect(Number(res.headers.get('x-rate-limit-time-reset-ms'))).toBe(1000);
  });

  it('status: the given status with an error body in the route\'s shape, or the given body', async () => {
    sim.fault({ kind: 'status', status: 503 });
    const unavailable = await post();
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toEqual({ errors: [{ message: 'Service Unavailable' }] });

    sim.fault({ kind: 'status', status: 502, body: '<html>Bad Gateway</html>' });
    const gateway = await post();
    expect(gateway.status).toBe(502);
    expect(gateway.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await gateway.text()).toBe('<html>Bad Gateway</html>');
  });

  it('status: a REST-shaped body ({status,title,type}) on non-GraphQL routes', async () => {
    sim.fault({ kind: 'status', status: 500, match: { path: /^\/sim-images\// } });
    const res = await fetch(`${server.url}/sim-images/a.svg`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      status: 500,
      title: 'Internal Server Error',
      type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
    });
  });

  it('drop: fetch rejects with a network error and the log shows no status', async () => {
    sim.fault({ kind: 'drop' });
    await expect(post()).rejects.toThrow(TypeError);
    await expect.poll(() => sim.requests()[0]).toMatchObject({ fault: 'drop', status: 0 });
    expect((await post()).status).toBe(200);
  });

  it('malformed: 200 application/json whose body does not parse', async () => {
    sim.fault({ kind: 'malformed' });
    const res = await post();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(executor).not.toHaveBeenCalled();
  });

  it('delay: waits, then answers normally', async () => {
    sim.fault({ kind: 'delay', ms: 150 });
    const started = performance.now();
    const res = await post();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
    expect(executor).toHaveBeenCalledTimes(1);
    expect(sim.requests()[0]).toMatchObject({ fault: 'delay', status: 200 });
  });

  it('matches by operationName (from the body or parsed from the query) and leaves others alone', async () => {
    sim.fault({ kind: 'status', status: 500, match: { operationName: 'AddToCart' }, times: 2 });
    expect((await post(PRODUCTS)).status).toBe(200);
    expect((await post(CART, { variables: { id: 'c1' } })).status).toBe(500); // name parsed from the document
    expect((await post('{ site { x } }', { operationName: 'AddToCart' })).status).toBe(500); // name from the body
    expect((await post(CART)).status).toBe(200); // used up
    expect(sim.requests().map((entry) => [entry.operationName, entry.status, entry.fault])).toEqual([
      ['Products', 200, undefined],
      ['AddToCart', 500, 'status'],
      ['AddToCart', 500, 'status'],
      ['AddToCart', 200, undefined],
    ]);
  });

  it('matches by method and path, in the order queued', async () => {
    sim.fault({ kind: 'status', status: 418, match: { method: 'get', path: '/sim-images/x.svg' } });
    sim.fault({ kind: 'status', status: 503, match: { path: '/graphql' } });
    sim.fault({ kind: 'status', status: 502, match: { path: '/graphql' } });
    expect((await post()).status).toBe(503);
    expect((await fetch(`${server.url}/sim-images/y.svg`)).status).toBe(200);
    expect((await fetch(`${server.url}/sim-images/x.svg`)).status).toBe(418);
    expect((await post()).status).toBe(502);
    expect((await post()).status).toBe(200);
  });

  it('does not spend an unmatched fault on a CORS preflight, but an OPTIONS fault hits it', async () => {
    sim.fault({ kind: 'status', status: 503 });
    const pre = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:1', 'Access-Control-Request-Method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect((await post()).status).toBe(503);

    sim.fault({ kind: 'drop', match: { method: 'OPTIONS' } });
    await expect(fetch(`${server.url}/graphql`, { method: 'OPTIONS' })).rejects.toThrow(TypeError);
  });

  it('clearFaults drops queued faults', async () => {
    sim.fault({ kind: 'status', status: 500, times: 5 });
    sim.clearFaults();
    expect((await post()).status).toBe(200);
  });

  it('applies faults before authentication (a 429 reaches a client with a bad token too)', async () => {
    sim.fault({ kind: 'rate-limit' });
    const res = await postGraphQL(server.url, { query: PRODUCTS }, { token: 'bad' });
    expect(res.status).toBe(429);
  });

  it('refuses nonsense specs when they are queued', () => {
    expect(() => sim.fault({ kind: 'drop', times: 0 })).toThrow(RangeError);
    expect(() => sim.fault({ kind: 'status', status: 99 })).toThrow(RangeError);
    expect(() => sim.fault({ kind: 'delay', ms: -5 })).toThrow(RangeError);
    expect(() => sim.fault({ kind: 'rate-limit', resetMs: -1 })).toThrow(RangeError);
  });
});

describe('latency', () => {
  it('delays every answer by latencyMs, and setLatency changes it', async () => {
    // Latencies far apart, so a loaded machine cannot blur "waited" and "did not wait".
    const { sim, server } = await startStub({ latencyMs: 1200 });
    try {
      let started = performance.now();
      expect((await postGraphQL(server.url, { query: PRODUCTS }, { token: sim.token })).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(1190);

      sim.setLatency(0);
      started = performance.now();
      await postGraphQL(server.url, { query: PRODUCTS }, { token: sim.token });
      expect(performance.now() - started).toBeLessThan(600);
    } finally {
      await server.close();
    }
  });

  it('waits per request, not per queue: concurrent requests overlap', async () => {
    const { sim, server } = await startStub({ latencyMs: 600 });
    try {
      const started = performance.now();
      const all = await Promise.all([1, 2, 3].map(() => postGraphQL(server.url, { query: PRODUCTS }, { token: sim.token })));
      expect(all.map((res) => res.status)).toEqual([200, 200, 200]);
      // Overlapping: about 600 ms; one after another would take 1800 ms.
      expect(performance.now() - started).toBeLessThan(1500);
    } finally {
      await server.close();
    }
  });
});
