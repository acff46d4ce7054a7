// Writes graphql/schema.graphql into a TypeScript module for the simulator, so it loads the same
// way everywhere (vitest, Vite's config loader, Node builds) without `?raw` or file paths that
// differ between src/ and dist/. Part of `npm run codegen`; `codegen:check` keeps it fresh.
import { readFileSync, writeFileSync } from 'node:fs';

const sdl = readFileSync(new URL('../graphql/schema.graphql', import.meta.url), 'utf8');
const out = new URL('../src/simulator/graphql/schema-sdl.generated.ts', import.meta.url);
writeFileSync(
  out,
  '/* Generated from graphql/schema.graphql by scripts/schema-module.mjs (npm run codegen). Do not edit. */\n\n' +
    '/** Our subset of the Storefront schema, as SDL: what the simulator executes. */\n' +
    `export const schemaSdl: string = ${JSON.stringify(sdl)};\n`,
);
