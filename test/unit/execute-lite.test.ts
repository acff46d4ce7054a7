import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lite from '../../src/graphql/graphql-lite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const litePath = resolve(root, 'src/graphql/graphql-lite.ts');

/** Every name graphql-request's published ESM entry (and what it imports) takes from 'graphql'. */
const namesImportedFromGraphql = (): Set<string> => {
  const entry = createRequire(import.meta.url).resolve('graphql-request');
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifiers, from] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
      if (from === 'graphql') for (const name of specifiers!.split(',')) name.trim() && names.add(name.trim().split(/\s+as\s+/)[0]!);
    }
    expect(source).not.toMatch(/import\s+\*\s+as\s+\w+\s+from\s*['"]graphql['"]/);
    expect(source).not.toMatch(/import\s+\w+\s*(,|from)\s*['"]?graphql['"]/);
    for (const [, from] of source.matchAll(/(?:import|export)[^'"]*from\s*['"](\.[^'"]+)['"]/g)) visit(resolve(dirname(file), from!));
  };
  visit(entry.replace(/main\.cjs$/, 'main.js'));
  expect(seen.size).toBeGreaterThan(5); // the walk really followed the imports
  return names;
};

describe('graphql-lite', () => {
  it('exports every name graphql-request imports from graphql', () => {
    const imported = namesImportedFromGraphql();
    expect(imported).toContain('parse');
    for (const name of imported) expect(lite, `graphql-lite must export ${name}`).toHaveProperty(name);
  });

  it('refuses to parse or print, saying why', () => {
    expect(() => lite.parse('{ a }')).toThrow(/sends GraphQL documents as strings/);
    expect(() => lite.print({})).toThrow(/sends GraphQL documents as strings/);
    expect(lite.Kind.OPERATION_DEFINITION).toBe('OperationDefinition');
    expect(new lite.GraphQLError('x')).toMatchObject({ name: 'GraphQLError', message: 'x' });
  });
});

// graphql-request loaded through Vite with `graphql` aliased, as the browser builds alias it. The
// alias points at a thin spy over graphql-lite that logs each parse/print call.
describe('execute with graphql aliased to graphql-lite', () => {
  let server: ViteDevServer;
  const calls: string[] = [];
  const spy: Plugin = {
    name: 'graphql-lite-spy',
    enforce: 'pre',
    resolveId: (id) => (id === 'graphql' ? '\0graphql-lite-spy' : undefined),
    load: (id) =>
      id === '\0graphql-lite-spy'
        ? `import * as lite from ${JSON.stringify(litePath)};
           const log = globalThis.__graphqlLiteCalls;
           export const parse = (...args) => { log.push('parse'); return lite.parse(...args); };
           export const print = (...args) => { log.push('print'); return lite.print(...args); };
           export const Kind = lite.Kind;
           export const GraphQLError = lite.GraphQLError;`
        : undefined,
  };

  beforeAll(async () => {
    (globalThis as { __graphqlLiteCalls?: string[] }).__graphqlLiteCalls = calls;
    server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      appType: 'custom',
      plugins: [spy],
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
      // Inline graphql-request, and 'graphql' too: an external bare import never reaches the alias
      // plugin (with graphql-request alone, the control test below fails).
      ssr: { noExternal: ['graphql-request', 'graphql'] },
    });
  });
  afterAll(async () => {
    await server?.close();
    delete (globalThis as { __graphqlLiteCalls?: string[] }).__graphqlLiteCalls;
  });

  it('runs a query end to end without calling parse or print', async () => {
    const { execute } = await server.ssrLoadModule('/src/graphql/execute.ts');
    const { createStorefront } = await server.ssrLoadModule('/src/config/index.ts');
    const fetch = async () =>
      new Response(JSON.stringify({ data: { site: { settings: { storeName: 'Lite' } } } }), {
        headers: { 'content-type': 'application/json' },
      });
    const storefront = createStorefront({ storeUrl: 'https://shop.example.com', token: 't', fetch });
    calls.length = 0;
    const data = await execute(storefront, 'query StoreName { site { settings { storeName } } }');
    expect(data).toEqual({ site: { settings: { storeName: 'Lite' } } });
    const mutation = await execute(storefront, 'mutation Noop { site { settings { storeName } } }');
    expect(mutation).toEqual(data);
    expect(calls).toEqual([]);
  });

  it('would notice a call: graphql-request in this module graph does use the alias', async () => {
    const { analyzeDocument } = await server.ssrLoadModule('graphql-request');
    calls.length = 0;
    // Without excludeOperationName graphql-request parses (and swallows the error lite throws).
    expect(analyzeDocument('query Named { a }', false)).toMatchObject({ operationName: undefined });
    expect(calls).toEqual(['parse']);
  });
});
