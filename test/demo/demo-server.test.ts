// `npm run demo` serves the demo shop on the embedded simulator. This starts the same Vite config
// through Vite's API and checks that the theme page, its scripts and the store behind it all
// answer; test/browser/theme-journey.chromium.test.ts runs the shop in Chromium.
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
  it('serves the theme page for the home page, the shop pages and any storefront path', async () => {
    for (const path of ['/', '/home/bath/', '/turkish-cotton-bath-towel/', '/search.php?search_query=towel', '/cart.php', '/checkout', '/checkout/order-confirmation/100', '/login.php', '/account.php']) {
      const response = await fetch(origin + path, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain('<main id="main"');
      // The script-tag build first, then the theme's classic scripts (no modules of its own).
      expect(html).toMatch(/<script src="\/bc-storefront\.iife\.js" defer><\/script>\s*<script src="\/theme\/core\.js" defer>/);
      expect(html).not.toMatch(/<script type="module" src="\/(main|theme)/);
    }
  });

  it('renders the store settings into the page as Stencil does', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const settings = JSON.parse(/<script type="application\/json" id="theme-settings">([^<]*)<\/script>/.exec(html)![1]!);
    expect(settings).toEqual({ token: DEFAULT_STOREFRONT_TOKEN, storeUrl: '', appClientId: expect.any(String) });
    expect(settings.appClientId).not.toBe('');
    expect(html).not.toContain('{{');
  });

  it('serves the script-tag build and the theme files as they are', async () => {
    const iife = await fetch(`${origin}/bc-storefront.iife.js`);
    expect(iife.status).toBe(200);
    expect(await iife.text()).toMatch(/BCStorefront/);
    for (const file of ['core', 'header', 'listing', 'product', 'cart', 'checkout', 'account', 'app']) {
      const response = await fetch(`${origin}/theme/${file}.js`);
      expect(response.status, file).toBe(200);
      const code = await response.text();
      expect(code, file).toContain('window.Theme');
      expect(code, file).not.toMatch(/^\s*import\s/m);
      // Data from the store goes into the page as text only.
      expect(code, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
    const css = await fetch(`${origin}/theme/theme.css`);
    expect(css.status).toBe(200);
  });

  it('leaves logout to the store: /login.php?action=logout ends the session and goes home', async () => {
    const response = await fetch(`${origin}/login.php?action=logout`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
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
