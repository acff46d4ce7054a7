import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator, Simulator } from '../../src/simulator/server/types';
import { postGraphQL, startStub, type StubExecutor } from './server-helpers';

const QUERY = 'query Q { site { settings { storeName } } }';

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type, x-bc-customer-access-token',
    },
  });
}

const CORS_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
];

function corsHeadersOf(res: Response): string[] {
  return CORS_HEADERS.filter((name) => res.headers.has(name));
}

describe('CORS with the default origins (any localhost)', () => {
  let sim: Simulator;
  let executor: StubExecutor;
  let server: RunningSimulator;

  beforeAll(async () => {
    ({ sim, executor, server } = await startStub());
  });
  afterAll(() => server.close());
  beforeEach(() => {
    sim.clearLog();
    executor.mockClear();
  });

  it('answers a preflight from a localhost origin with 204 and the allow-lists', async () => {
    const res = await preflight(server.url, 'http://localhost:5173');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    const allowHeaders = res.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/);
    expect(allowHeaders).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'x-bc-customer-access-token', 'accept-language']),
    );
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(executor).not.toHaveBeenCalled();
    expect(sim.requests()).toMatchObject([{ method: 'OPTIONS', status: 204, origin: 'http://localhost:5173', cors: 'allowed' }]);
  });

  it('answers a preflight from another origin with 204 and no CORS headers, and logs the denial', async () => {
    const res = await preflight(server.url, 'https://evil.example');
    expect(res.status).toBe(204);
    expect(corsHeadersOf(res)).toEqual([]);
    expect(sim.requests()).toMatchObject([{ method: 'OPTIONS', origin: 'https://evil.example', cors: 'denied' }]);
  });

  it('lets an allowed origin read the answer: ACAO = origin, credentials, Vary: Origin', async () => {
    const res = await postGraphQL(server.url, { query: QUERY }, { token: sim.token, headers: { Origin: 'http://127.0.0.1:3000' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('vary')).toBe('Origin');
    expect(executor).toHaveBeenCalledTimes(1);
  });

  it('sends CORS headers on a 401 too, so a browser client can read why', async () => {
    const res = await postGraphQL(server.url, { query: QUERY }, { headers: { Origin: 'http://localhost:3000' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('refuses a denied origin: no CORS headers, BigCommerce\'s origin error, no execution, logged', async () => {
    const res = await postGraphQL(server.url, { query: QUERY }, { token: sim.token, headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(401);
    expect(corsHeadersOf(res)).toEqual([]);
    const body = (await res.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]?.message).toMatch(/^'Origin' header invalid/);
    expect(executor).not.toHaveBeenCalled();
    expect(sim.requests()).toMatchObject([{ method: 'POST', status: 401, origin: 'https://evil.example', cors: 'denied' }]);
  });

  it('passes requests with no Origin (servers, tests) without CORS headers', async () => {
    const res = await postGraphQL(server.url, { query: QUERY }, { token: sim.token });
    expect(res.status).toBe(200);
    expect(corsHeadersOf(res)).toEqual([]);
    expect(sim.requests()[0]).not.toHaveProperty('cors');
  });

  it('treats the simulator\'s own origin as same-origin (a page served next to /graphql)', async () => {
    const res = await postGraphQL(server.url, { query: QUERY }, { token: sim.token, headers: { Origin: server.url } });
    expect(res.status).toBe(200);
    expect(corsHeadersOf(res)).toEqual([]);
    expect(sim.requests()[0]).toMatchObject({ cors: 'same-origin' });
  });

  it('adds CORS headers to fault answers, so a browser can read a 429', async () => {
    sim.fault({ kind: 'rate-limit' });
    const res = await postGraphQL(server.url, { query: QUERY }, { token: sim.token, headers: { Origin: 'http://localhost:5173' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

describe('CORS with configured origins', () => {
  let sim: Simulator;
  let server: RunningSimulator;

  beforeAll(async () => {
    ({ sim, server } = await startStub({ allowedOrigins: ['https://shop.example', 'https://www.shop.example/'] }));
  });
  afterAll(() => server.close());

  it('allows exactly the configured origins (trailing slash ignored)', async () => {
    for (const origin of ['https://shop.example', 'https://www.shop.example']) {
      const res = await postGraphQL(server.url, { query: QUERY }, { token: sim.token, headers: { Origin: origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('denies localhost and near misses once origins are configured', async () => {
    for (const origin of ['http://localhost:5173', 'http://shop.example', 'https://shop.example:8443', 'null']) {
      const res = await preflight(server.url, origin);
      expect(corsHeadersOf(res), origin).toEqual([]);
    }
  });
});
