import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorPluginFor } from '../../src/simulator/server/mount-vite';
import type { Simulator } from '../../src/simulator/server/types';
import { postGraphQL, stubSimulator, type StubExecutor } from './server-helpers';

describe('Vite middleware (simulatorPluginFor)', () => {
  let sim: Simulator;
  let executor: StubExecutor;
  let vite: ViteDevServer;
  let http: Server;
  let url: string;

  beforeAll(async () => {
    ({ sim, executor } = stubSimulator({ allowedOrigins: ['https://shop.example'] }));
    const simPlugin = simulatorPluginFor(sim);
    expect(simPlugin.api.simulator).toBe(sim);
    vite = await createServer({
      configFile: false,
      root: import.meta.dirname,
      logLevel: 'silent',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false },
      plugins: [simPlugin],
    });
    // What a user's own server does with Vite in middleware mode; unknown paths fall through to it.
    http = createHttpServer((req, res) =>
      vite.middlewares(req, res, () => {
        res.statusCode = 404;
        res.end('fell through');
      }),
    );
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
    await vite.close();
  });

  it('answers POST /graphql through the Vite server', async () => {
    const res = await postGraphQL(url, { query: 'query Q { a }', variables: { v: 1 } }, { token: sim.token });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { echo: { operationName: null, variables: { v: 1 } } } });
    expect(executor).toHaveBeenCalledTimes(1);
    expect(sim.requests().at(-1)).toMatchObject({ route: 'graphql', operationName: 'Q', status: 200 });
  });

  it('answers /graphql preflights itself, ahead of Vite\'s own CORS middleware', async () => {
    const allowed = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(allowed.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');

    // Vite's CORS middleware would allow localhost; this simulator's token does not.
    const denied = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(denied.headers.has('access-control-allow-origin')).toBe(false);
    expect(sim.requests().at(-1)).toMatchObject({ method: 'OPTIONS', cors: 'denied' });
  });

  it('serves /sim-images and faults through Vite', async () => {
    expect((await fetch(`${url}/sim-images/x.svg`)).headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    sim.fault({ kind: 'status', status: 503 });
    expect((await postGraphQL(url, { query: '{ a }' }, { token: sim.token })).status).toBe(503);
  });

  it('leaves other paths to Vite and does not log them', async () => {
    sim.clearLog();
    const res = await fetch(`${url}/not-the-simulators`);
    expect(await res.text()).toBe('fell through');
    expect(sim.requests()).toEqual([]);
  });
});
