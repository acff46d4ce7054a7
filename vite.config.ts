import { defineConfig } from 'vitest/config';
import { graphqlDocumentsPlugin } from './scripts/graphql-documents-plugin';

// `npm run build`: ESM for bundlers with dependencies external (the browser entry and the Node-only
// simulator); `tsc -p tsconfig.build.json` writes the declarations beside them.
// `npm test`: vitest, Node environment; type tests in *.test-d.ts.
export default defineConfig({
  plugins: [{ ...graphqlDocumentsPlugin(), apply: 'build' }],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        simulator: 'src/simulator/index.ts',
        // Aliased as `graphql` in browser builds so graphql-request's parse/print never ship.
        'graphql-lite': 'src/graphql/graphql-lite.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^node:/, /^graphql(\/|$)/, 'graphql-request', /^vite(\/|$)/],
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
