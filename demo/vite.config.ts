import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { DEFAULT_STOREFRONT_TOKEN, simulatorPlugin } from '../src/simulator';

// `npm run demo`: the demo shop on the embedded simulator, served by Vite with the simulator
// mounted as middleware on the same origin. Set BC_STORE_URL and BC_STOREFRONT_TOKEN to point the
// same pages at a real store instead (its storefront token must allow this origin for CORS).
const storeUrl = process.env.BC_STORE_URL;
const token = process.env.BC_STOREFRONT_TOKEN;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  appType: 'spa',
  plugins: storeUrl ? [] : [simulatorPlugin()],
  define: {
    __DEMO_STORE__: JSON.stringify(storeUrl ? { storeUrl, token } : { storeUrl: null, token: DEFAULT_STOREFRONT_TOKEN }),
  },
  server: { port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? 'localhost' },
  resolve: { alias: { graphql: fileURLToPath(new URL('../src/graphql/graphql-lite.ts', import.meta.url)) } },
});
