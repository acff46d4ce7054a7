import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { graphqlDocumentsPlugin } from '../vite.config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What a browser bundle of `source` weighs, with every dependency bundled and minified. */
export interface BundleSize {
  bytes: number;
  gzip: number;
  code: string;
}

/**
 * Bundles a snippet that imports from the library the way a browser build would (graphql
 * aliased to graphql-lite, production mode, minified, nothing external) and measures it.
 */
export async function measureBundle(source: string): Promise<BundleSize> {
  const entry = '\0bench-entry';
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { alias: { graphql: `${root}src/graphql/graphql-lite.ts` } },
    plugins: [graphqlDocumentsPlugin(), {
      name: 'bench-entry',
      resolveId: (id) => (id === 'bench-entry' ? entry : null),
      load: (id) => (id === entry ? source.replaceAll('bc-storefront', `${root}src/index.ts`) : null),
    }],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: { input: 'bench-entry', output: { format: 'es' }, preserveEntrySignatures: 'exports-only' },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const code = chunks.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
  return { bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, code };
}
