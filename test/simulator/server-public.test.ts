// The simulator as users get it (`bc-storefront/simulator`): real catalog, real executor.
import { createServer, type ViteDevServer } from 'vite';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSimulator,
  DEFAULT_STOREFRONT_TOKEN,
  generateCatalog,
  sampleCatalog,
  simulatorPlugin,
  type RunningSimulator,
  type Simulator,
} from '../../src/simulator';
import { postGraphQL } from './server-helpers';

describe('createSimulator() with the sample catalog', () => {
  let sim: Simulator;
  let server: RunningSimulator;

  beforeAll(async () => {
    sim = createSimulator();
    server = await sim.listen();
  });
  afterAll(() => server.close());

  it('serves the sample catalog with the default token', async () => {
    expect(sim.token).toBe(DEFAULT_STOREFRONT_TOKEN);
    expect(sim.catalog).toEqual(sampleCatalog());
    const res = await postGraphQL(server.url, { query: 'query S { site { settings { storeName } } }' }, { token: sim.token });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { site: { settings: { storeName: sim.catalog.settings.storeName } } } });
  });

  it('answers a validation error with 200 and errors[], as BigCommerce does', async () => {
    const res = await postGraphQL(server.url, { query: '{ site { noSuchField } }' }, { token: sim.token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    expect(body.errors?.[0]?.message).toMatch(/noSuchField/);
    expect(body.data).toBeUndefined();
  });

  it('serves the product images its GraphQL answers link to', async () => {
    const res = await postGraphQL(
      server.url,
      { query: '{ site { products(first: 1) { edges { node { defaultImage { url(width: 320) } } } } } }' },
      { token: sim.token },
    );
    const body = (await res.json()) as {
      data: { site: { products: { edges: Array<{ node: { defaultImage: { url: string } | null } }> } } };
    };
    const url = body.data.site.products.edges[0]?.node.defaultImage?.url;
    expect(url).toMatch(/\/sim-images\//);
    const image = await fetch(new URL(url ?? '', server.url));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });
});

describe('createSimulator({ catalog })', () => {
  it('serves the catalog it is given', () => {
    const catalog = generateCatalog({ products: 3, seed: 7 });
    expect(createSimulator({ catalog }).catalog).toBe(catalog);
  });
});

describe('simulatorPlugin()', () => {
  let vite: ViteDevServer;
  let url: string;
  let close: () => Promise<void>;
  const plugin = simulatorPlugin({ storefrontTokens: ['plugin-token'] });

  beforeAll(async () => {
    vite = await createServer({
      configFile: false,
      root: import.meta.dirname,
      logLevel: 'silent',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false },
      plugins: [plugin],
    });
    const http = createHttpServer((req, res) => vite.middlewares(req, res));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    close = async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await vite.close();
    };
  });
  afterAll(() => close());

  it('exposes its simulator and serves /graphql from the Vite server', async () => {
    const sim = plugin.api.simulator;
    expect(sim.token).toBe('plugin-token');
    const res = await postGraphQL(url, { query: 'query S { site { settings { storeName } } }' }, { token: sim.token });
    expect(res.status).toBe(200);
    expect(sim.requests()).toMatchObject([{ route: 'graphql', operationName: 'S', status: 200 }]);
  });
});
