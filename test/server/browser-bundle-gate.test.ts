import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { graphqlDocumentsPlugin } from '../../vite.config';

// The gate between the browser and the server: no browser bundle may carry code that signs or
// verifies JWTs, or an option that takes the client secret. Each bundle is built here the way it
// ships, then searched; the server entry is built too, to prove every rule can fail.

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What must never reach a browser bundle, as it reads in unminified, comment-free output. */
const FORBIDDEN: [string, RegExp][] = [
  ["jose's jwtVerify", /\bjwtVerify\b/],
  ["jose's SignJWT", /\bSignJWT\b/],
  ["jose's JWS verification error codes", /ERR_JWS_SIGNATURE_VERIFICATION_FAILED|ERR_JOSE_ALG_NOT_ALLOWED/],
  ['the HS256 algorithm name', /\bHS256\b/],
  ['an HMAC key (WebCrypto algorithm name)', /["']HMAC["']/],
  ['WebCrypto sign, verify or key import', /\bsubtle\s*\.\s*(?:sign|verify|importKey)\s*\(/],
  ['the clientSecret option', /\bclientSecret\b/],
  ['a client_secret field', /\bclient_secret\b/],
  ['the customer_login operation (only a signer writes it)', /["']customer_login["']/],
  ['the server entry functions', /\b(?:verifyCurrentCustomerJwt|createCustomerLoginJwt|customerLoginUrl|createCustomerHandler)\b/],
];

const leaks = (code: string): string[] => FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);

const chunksOf = (output: unknown): Rolldown.OutputChunk[] =>
  (Array.isArray(output) ? output : [output])
    .flatMap((o: Rolldown.RolldownOutput) => o.output)
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');

/**
 * Bundles `entry` as an app's browser build would: every dependency bundled, graphql aliased to
 * graphql-lite, production mode (as bench/bundle-size.ts does). Unminified and without comments,
 * so identifiers keep their names and prose cannot trip a rule.
 */
async function browserBundle(entry: string, source?: string): Promise<string> {
  const virtual = '\0gate-entry';
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { alias: { graphql: `${root}src/graphql/graphql-lite.ts` } },
    plugins: [
      graphqlDocumentsPlugin(),
      // A snippet given as `source` stands in for `entry`.
      { name: 'gate-entry', resolveId: (id) => (source !== undefined && id === entry ? virtual : null), load: (id) => (id === virtual ? source : null) },
    ],
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      rollupOptions: {
        input: source === undefined ? `${root}${entry}` : entry,
        output: { format: 'es', comments: false },
        preserveEntrySignatures: 'exports-only',
      },
    },
  });
  return chunksOf(output).map((chunk) => chunk.code).join('\n');
}

describe('browser bundles carry no signing or verifying code and no client-secret option', () => {
  it('the browser entry (src/index.ts), dependencies bundled', async () => {
    const code = await browserBundle('src/index.ts');
    expect(code.length).toBeGreaterThan(10_000); // it really bundled the library
    expect(leaks(code)).toEqual([]);
  });

  it('the error family, SessionTokenError included, is safe to export to browsers', async () => {
    const code = await browserBundle('gate-errors', `export * from ${JSON.stringify(`${root}src/errors/index.ts`)};`);
    expect(code).toContain('ERR_TOKEN');
    expect(leaks(code)).toEqual([]);
  });

  it('the gate trips on every rule when the server entry is bundled', async () => {
    const code = await browserBundle('src/server.ts');
    // The server entry never writes `client_secret`; a snippet that posts it trips that rule.
    expect(leaks(code)).toEqual(FORBIDDEN.map(([name]) => name).filter((name) => name !== 'a client_secret field'));
    const snippet = "export const send = (s) => fetch('/oauth', { method: 'POST', body: JSON.stringify({ client_secret: s }) });";
    expect(leaks(await browserBundle('gate-snippet', snippet))).toEqual(['a client_secret field']);
  });

  it('the published build: nothing reachable from dist/index.js imports jose or leaks, while dist/server.js does', async () => {
    const output = await build({
      root,
      configFile: `${root}vite.config.ts`,
      logLevel: 'silent',
      build: { write: false, sourcemap: false, rollupOptions: { output: { comments: false } } },
    });
    const chunks = new Map(chunksOf(output).map((chunk) => [chunk.fileName, chunk]));
    const reachable = (entry: string): Rolldown.OutputChunk[] => {
      const seen = new Map<string, Rolldown.OutputChunk>();
      const visit = (fileName: string) => {
        const chunk = chunks.get(fileName);
        if (!chunk || seen.has(fileName)) return;
        seen.set(fileName, chunk);
        [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
      };
      visit(entry);
      return [...seen.values()];
    };
    const browser = reachable('index.js');
    expect(browser.length).toBeGreaterThan(0);
    for (const chunk of browser) {
      expect(chunk.imports.filter((id) => /^jose(\/|$)/.test(id)), chunk.fileName).toEqual([]);
      expect(leaks(chunk.code), chunk.fileName).toEqual([]);
    }
    const server = reachable('server.js');
    expect(server.flatMap((chunk) => chunk.imports)).toContain('jose');
    expect(leaks(server.map((chunk) => chunk.code).join('\n'))).toContain('the clientSecret option');
  });
});
