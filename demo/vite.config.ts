import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';
import { defineConfig, type Connect, type Plugin } from 'vite';
import { createSimulator, DEFAULT_STOREFRONT_TOKEN, simulatorPluginFor } from '../src/simulator';
import { demoApiPlugin } from './server/demo-api';
import { iifePlugin } from './server/iife-plugin';

// `npm run demo`: the demo shop on the embedded simulator, served by Vite with the simulator
// mounted as middleware on the same origin:
//   /         the Stencil-like theme: plain script that loads the IIFE with a <script> tag
//   /react/   the headless React shop on the ESM build and @nanostores/react
// Set BC_STORE_URL and BC_STOREFRONT_TOKEN to point the pages at a real store instead (its token
// must allow this origin for CORS), and BC_CLIENT_ID, BC_CLIENT_SECRET, BC_STORE_HASH (and
// BC_CHANNEL_ID) for the login and current-customer routes.
const env = process.env;
const real = env.BC_STORE_URL ? { storeUrl: env.BC_STORE_URL, token: env.BC_STOREFRONT_TOKEN ?? '' } : undefined;
const simulator = real ? undefined : createSimulator();
const store = real ?? { storeUrl: null, token: DEFAULT_STOREFRONT_TOKEN };

/** What the pages are told about the store: the theme reads it from the page, as Stencil renders it. */
export const demoStore = {
  ...store,
  appClientId: simulator?.appClient.id ?? env.BC_CLIENT_ID ?? '',
};

/**
 * Renders the theme's Handlebars-style placeholders the way Stencil would render
 * `{{settings.storefront_api.token}}` into a page, and serves /react/* from the React page.
 */
/** Paths the theme renders although the simulator has a page there too. */
const THEME_PAGES = ['/login.php', '/cart.php', '/checkout'];

const pagesPlugin = (): Plugin => ({
  name: 'demo:pages',
  transformIndexHtml: (html) =>
    html
      .replaceAll('{{settings.storefront_api.token}}', demoStore.token)
      .replaceAll('{{settings.store_url}}', demoStore.storeUrl ?? '')
      .replaceAll('{{settings.app_client_id}}', demoStore.appClientId),
  configureServer(server) {
    // The theme's sign-in, cart and checkout pages are /login.php, /cart.php and /checkout, as a
    // Stencil store renders its templates there. The simulator answers those paths too (logout, a
    // bare page after a refused login token; cart redirect links and its plain hosted checkout),
    // so the theme goes first; any `?action=` (logout, loadInCheckout) still reaches the simulator.
    server.middlewares.stack.unshift({
      route: '',
      handle: (req: Connect.IncomingMessage, _res: ServerResponse, next: Connect.NextFunction) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (req.method === 'GET' && THEME_PAGES.includes(url.pathname) && !url.searchParams.has('action')) req.url = '/index.html';
        next();
      },
    });
    server.middlewares.use((req, _res, next) => {
      const [path = '', query] = (req.url ?? '').split('?');
      // Client-side routes of the React page; files (with an extension) are served as they are.
      if (/^\/react(\/[^.]*)?$/.test(path)) req.url = `/react/index.html${query ? `?${query}` : ''}`;
      if (path === '/favicon.ico') req.url = '/favicon.svg';
      next();
    });
  },
});

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  appType: 'spa',
  plugins: [
    ...(simulator ? [simulatorPluginFor(simulator)] : []),
    demoApiPlugin({
      ...(simulator && { simulator }),
      ...(real && { storeUrl: real.storeUrl }),
      clientId: simulator?.appClient.id ?? env.BC_CLIENT_ID ?? '',
      clientSecret: simulator?.appClient.secret ?? env.BC_CLIENT_SECRET ?? '',
      storeHash: simulator?.catalog.settings.storeHash ?? env.BC_STORE_HASH ?? '',
      ...(env.BC_CHANNEL_ID && { channelId: Number(env.BC_CHANNEL_ID) }),
    }),
    iifePlugin(),
    pagesPlugin(),
  ],
  define: { __DEMO_STORE__: JSON.stringify(demoStore) },
  // This checkout's own dependency cache (node_modules may be shared between checkouts), and every
  // page's dependencies found at startup: a dependency found later makes Vite re-optimise and
  // reload the page mid-visit. react/jsx-dev-runtime is what .tsx compiles to, invisible to the scan.
  cacheDir: fileURLToPath(new URL('.vite', import.meta.url)),
  optimizeDeps: { entries: ['index.html', 'react/index.html'], include: ['react/jsx-dev-runtime'] },
  server: { port: Number(env.PORT ?? 5173), host: env.HOST ?? 'localhost' },
  resolve: {
    alias: [
      // The React page imports the package by name; in the demo it is built from src/ on the fly,
      // the same modules the ESM build bundles.
      { find: /^bc-storefront$/, replacement: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
      { find: /^graphql$/, replacement: fileURLToPath(new URL('../src/graphql/graphql-lite.ts', import.meta.url)) },
    ],
  },
});
