// `npm run demo` serves the demo shop on the embedded simulator. This starts the same Vite config
// through Vite's API and checks that the page, its script and the store behind it all answer;
// the Chromium journey tests come with the shipped demo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { DEFAULT_STOREFRONT_TOKEN } from '../../src/simulator';

let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    configFile: new URL('../../demo/vite.config.ts', import.meta.url).pathname,
    configLoader: 'runner',
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer!.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => server?.close());

describe('the demo server', () => {
  it('serves the shop page for the home page and for any storefront path', async () => {
    for (const path of ['/', '/home/bath/', '/turkish-cotton-bath-towel/']) {
      const response = await fetch(origin + path);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<main id="main"');
      expect(html).toContain('src="/main.ts"');
    }
  });

  it('compiles the demo script with the library inlined from src/', async () => {
    const response = await fetch(`${origin}/main.ts`);
    expect(response.status).toBe(200);
    const code = await response.text();
    expect(code).toMatch(/import \{[^}]*createStorefront[^}]*\} from "\/@fs\/.*\/src\/index\.ts"/);
  });

  it('answers GraphQL from the embedded simulator on the same origin', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEFAULT_STOREFRONT_TOKEN}` },
      body: JSON.stringify({ query: '{ site { settings { storeName } } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { site: { settings: { storeName: 'Hearth & Garden' } } } });
  });
});
