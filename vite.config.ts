import { stripIgnoredCharacters } from 'graphql';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Build-time treatment of codegen's string documents for browser bundles:
 * - marks each `new TypedDocumentString(...)` pure, so bundlers drop the documents an app never
 *   sends (the client preset has no option for that in string mode);
 * - strips whitespace and comments with graphql-js's spec-exact `stripIgnoredCharacters`, so a
 *   document costs what it says, not its indentation.
 * The committed generated code stays exactly what codegen writes.
 */
export function graphqlDocumentsPlugin(): Plugin {
  return {
    name: 'bc-storefront:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]generated[\\/]graphql\.ts$/.test(id)) return null;
      const out = code.replace(
        /new TypedDocumentString\(`([^`]*)`/g,
        (_match, document: string) => `/*#__PURE__*/ new TypedDocumentString(${JSON.stringify(stripIgnoredCharacters(document))}`,
      );
      // Generated code has no source worth mapping into; keep the file's own (approximate) map.
      return { code: out, map: null };
    },
  };
}

/** The global the script-tag build defines: `window.BCStorefront.createStorefront(...)`. */
export const IIFE_GLOBAL = 'BCStorefront';

/**
 * The script-tag build: every browser export in one self-contained, minified file with one global.
 * Dependencies are bundled, graphql-js is replaced by graphql-lite (string documents are never
 * parsed), and `process.env.NODE_ENV` is fixed, since nanostores reads it and a browser has no
 * `process`. A separate build from the ESM one because `external` applies to every format of one.
 */
const iifeBuild = (): UserConfig => ({
  plugins: [graphqlDocumentsPlugin()],
  define: { 'process.env.NODE_ENV': '"production"' },
  resolve: { alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('src/graphql/graphql-lite.ts', import.meta.url)) }] },
  build: {
    target: 'es2020',
    sourcemap: true,
    minify: true,
    emptyOutDir: false,
    lib: { entry: 'src/index.ts', formats: ['iife'], name: IIFE_GLOBAL, fileName: () => 'bc-storefront.iife.js' },
  },
});

// `npm run build`: ESM for bundlers with dependencies external (browser entry, `server` and the
// Node-only simulator), then the IIFE (`--mode iife`); declarations are bundled per entry by
// scripts/bundle-types.config.mjs. `npm test`: vitest, Node environment; type tests in *.test-d.ts.
export default defineConfig(({ mode }) => mode === 'iife' ? iifeBuild() : {
  plugins: [{ ...graphqlDocumentsPlugin(), apply: 'build' }],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        simulator: 'src/simulator/index.ts',
        // Node/edge-only (`bc-storefront/server`): signs and verifies with the client secret.
        server: 'src/server.ts',
        // Aliased as `graphql` in browser builds so graphql-request's parse/print never ship.
        'graphql-lite': 'src/graphql/graphql-lite.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^node:/, /^graphql(\/|$)/, 'graphql-request', /^vite(\/|$)/, /^jose(\/|$)/, /^nanostores(\/|$)/, /^@nanostores\//],
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
