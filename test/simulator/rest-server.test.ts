// The REST route inside the simulator's HTTP pipeline: same-origin only (no CORS headers, ever),
// injected faults in REST error shapes, and the request log.
import { afterEach, describe, expect, it } from 'vitest';
import { CONFLICT_TITLE } from '../../src/simulator/rest/errors';
import { restShopper, useRestSimulator } from './rest-helpers';

const suite = useRestSimulator();
const TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

afterEach(() => {
  suite.sim.clearFaults();
  suite.sim.clearLog();
});

describe('same-origin only', () => {
  it('never sends CORS headers: a foreign Origin is answered as the real store does, and logged as denied', async () => {
    const response = await fetch(`${suite.url}/api/storefront/carts`, { headers: { Origin: 'https://elsewhere.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(suite.sim.requests().at(-1)).toMatchObject({ route: 'rest-storefront', path: '/api/storefront/carts', cors: 'denied', status: 200 });
  });

  it('answers a preflight with 204 and Allow but no Access-Control-Allow-* headers, so a browser stops there', async () => {
    const response = await fetch(`${suite.url}/api/storefront/carts/abc/items`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('treats the store\'s own origin as same-origin', async () => {
    await fetch(`${suite.url}/api/storefront/carts`, { headers: { Origin: suite.url } });
    expect(suite.sim.requests().at(-1)?.cors).toBe('same-origin');
  });
});

describe('faults', () => {
  it('answers a queued 429 with the rate-limit headers and a REST error body, then serves normally', async () => {
    suite.sim.fault({ kind: 'rate-limit', match: { path: '/api/storefront/carts' }, resetMs: 1500, retryAfterSeconds: 2 });
    const shopper = restShopper(suite.url);
    const limited = await shopper.get('/carts');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit-time-reset-ms')).toBe('1500');
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body).toEqual({ status: 429, title: 'Too Many Requests', type: TYPE });
    expect((await shopper.get('/carts')).status).toBe(200);
    expect(suite.sim.requests().map((r) => [r.status, r.fault])).toEqual([[429, 'rate-limit'], [200, undefined]]);
  });

  it('answers an injected 409 exactly like a version conflict, and a 503 in the REST shape, without touching the cart', async () => {
    const shopper = restShopper(suite.url);
    const { body: cart } = await shopper.send('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] });
    suite.sim.fault({ kind: 'status', status: 409, match: { method: 'POST', path: /\/items$/ } });
    suite.sim.fault({ kind: 'status', status: 503, match: { method: 'POST', path: /\/items$/ } });
    const add = () => shopper.send('POST', `/carts/${cart.id}/items`, { lineItems: [{ productId: 105, quantity: 1 }] });
    expect((await add()).body).toEqual({ status: 409, title: CONFLICT_TITLE, type: TYPE });
    expect((await add()).body).toEqual({ status: 503, title: 'Service Unavailable', type: TYPE });
    expect((await shopper.get(`/carts/${cart.id}`)).body).toMatchObject({ version: 1, lineItems: { physicalItems: [{ quantity: 1 }] } });
  });

  it('drops a connection and sends malformed JSON on request', async () => {
    suite.sim.fault({ kind: 'drop', match: { path: '/api/storefront/carts' } });
    await expect(fetch(`${suite.url}/api/storefront/carts`)).rejects.toThrow();
    suite.sim.fault({ kind: 'malformed', match: { path: '/api/storefront/carts' } });
    const malformed = await fetch(`${suite.url}/api/storefront/carts`);
    await expect(malformed.json()).rejects.toThrow(SyntaxError);
  });
});

describe('sessions', () => {
  it('keeps one cart per session cookie', async () => {
    const alice = restShopper(suite.url);
    const bob = restShopper(suite.url);
    const a = (await alice.send('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] })).body;
    const b = (await bob.send('POST', '/carts', { lineItems: [{ productId: 102, quantity: 1 }] })).body;
    expect(alice.cookie).not.toBe(bob.cookie);
    expect((await alice.get('/carts')).body.map((c: { id: string }) => c.id)).toEqual([a.id]);
    expect((await bob.get('/carts')).body.map((c: { id: string }) => c.id)).toEqual([b.id]);
    expect((await bob.send('DELETE', `/carts/${a.id}`)).status).toBe(404);
  });
});
