import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStorefront, withShopper } from '../../src/config';
import { execute } from '../../src/graphql/execute';
import { send } from '../../src/http';

// A real server on port 0: what crosses the wire, through Node's own fetch.
type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let server: Server;
let origin: string;
let handlers: Handler[] = [];
let seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const handler = handlers.length > 1 ? handlers.shift()! : handlers[0]!;
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  handlers = [];
  seen = [];
});

const token = 'sf-token-wire';
const reply = (status: number, body: unknown, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const storefront = () =>
  createStorefront({ storeUrl: origin, token, timeoutMs: 300, retry: { baseDelayMs: 1, maxDelayMs: 50 } });

describe('send over a real socket', () => {
  it('retries a dropped connection and returns the decoded, buffered body', async () => {
    handlers = [
      (req) => req.socket.destroy(),
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(gzipSync(JSON.stringify({ carts: [] })));
      },
    ];
    const response = await send(storefront(), {
      url: `${origin}/api/storefront/carts`,
      method: 'GET',
      headers: { accept: 'application/json' },
      operation: 'GET /api/storefront/carts',
      retry: true,
    });
    expect(await response.json()).toEqual({ carts: [] });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject({ method: 'GET', url: '/api/storefront/carts', headers: { accept: 'application/json' } });
  });

  it('times out a server that never answers, once per attempt', async () => {
    handlers = [() => {}];
    const error = await send(storefront(), { url: `${origin}/slow`, method: 'GET', operation: 'GET /slow', retry: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'ERR_TIMEOUT', timeoutMs: 300 });
    expect(seen).toHaveLength(3);
  });

  it('reads real rate-limit headers and gives up past maxDelayMs', async () => {
    handlers = [reply(429, { title: 'Too many requests' }, { 'X-Rate-Limit-Time-Reset-Ms': '15000' })];
    const error = await send(storefront(), { url: `${origin}/graphql`, method: 'POST', operation: 'Products', retry: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'ERR_RATE_LIMITED', retryAfterMs: 15_000, message: 'Products: HTTP 429, retry after 15000 ms (Too many requests)' });
    expect(seen).toHaveLength(1);
  });
});

describe('execute over a real socket', () => {
  it('posts the query with the token, customer token, locale and JSON content type', async () => {
    handlers = [reply(200, { data: { site: { settings: { storeName: 'Demo' } } } })];
    const sf = withShopper(createStorefront({ storeUrl: origin, token, customerAccessToken: 'cat-1' }), { locale: 'de-DE' });
    const query = 'query StoreName { site { settings { storeName } } }';
    const data = await execute(sf, query as string & { __apiType?: (v: { first?: number }) => unknown }, { first: 1 });
    expect(data).toEqual({ site: { settings: { storeName: 'Demo' } } });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/graphql');
    expect(request!.headers).toMatchObject({
      authorization: `Bearer ${token}`,
      'x-bc-customer-access-token': 'cat-1',
      'accept-language': 'de-DE',
      'content-type': 'application/json',
    });
    expect(JSON.parse(request!.body)).toEqual({ query, variables: { first: 1 } });
  });
});
