import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
  stripIgnoredCharacters,
  validate,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin, UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Build-time treatment of codegen's string documents for browser bundles. The committed generated
 * code stays exactly what codegen writes; what changes is the text a bundle carries and sends:
 * - each `new TypedDocumentString(...)` becomes a plain string: the class only carries types,
 *   which live in the generated code, and `execute` takes `string | String` alike. A constant
 *   nobody imports is dropped by any bundler, as the pure `new` was;
 * - fragments are inlined. Codegen appends every fragment a document spreads to that document,
 *   so each document pays for `fragment X on T{...}` headers and `...X` names that the answer
 *   never shows. With the schema at hand, a spread whose type is its parent's becomes the bare
 *   fields; any other becomes `...on T{...}`. The spec's CollectFields yields the same fields
 *   either way, so the data is the same; query complexity counts fields, not fragments. A document
 *   that does not validate against graphql/schema.graphql (an app's own schema) keeps its fragments;
 * - whitespace and comments go, with graphql-js's spec-exact `stripIgnoredCharacters`.
 */
export function graphqlDocumentsPlugin(): Plugin {
  let schema: GraphQLSchema | undefined;

  /** The selections of `set` under `parent`, with every fragment spread inlined. */
  const inline = (set: SelectionSetNode, parent: GraphQLNamedType, fragments: Map<string, FragmentDefinitionNode>): SelectionSetNode => {
    const selections: SelectionNode[] = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        selections.push(
          selection.selectionSet && field
            ? { ...selection, selectionSet: inline(selection.selectionSet, getNamedType(field.type), fragments) }
            : selection,
        );
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value)! : selection;
      const type = fragment.typeCondition ? schema!.getType(fragment.typeCondition.name.value)! : parent;
      const inner = inline(fragment.selectionSet, type, fragments);
      if (type === parent && !selection.directives?.length) selections.push(...inner.selections);
      else selections.push({ ...fragment, kind: Kind.INLINE_FRAGMENT, directives: selection.directives ?? [], selectionSet: inner } as InlineFragmentNode);
    }
    return { ...set, selections };
  };

  /** The document with its fragments inlined, or as it was when the schema does not know it. */
  const inlineFragments = (source: string): string => {
    schema ??= buildSchema(readFileSync(new URL('graphql/schema.graphql', import.meta.url), 'utf8'));
    const document = parse(source);
    if (validate(schema, document).length) return source;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const operations = document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? [{ ...definition, selectionSet: inline(definition.selectionSet, schema!.getRootType(definition.operation)!, fragments) }]
        : [],
    );
    // A fragment document (codegen's `XFragmentDoc`) has no operation: nothing to inline into.
    return operations.length ? print({ ...document, definitions: operations }) : source;
  };

  return {
    name: 'bc-storefront:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]generated[\\/]graphql\.ts$/.test(id)) return null;
      const out = code.replace(/new TypedDocumentString\(`([^`]*)`(?:, \{[^{}]*\})?\)/g, (_match, document: string) =>
        JSON.stringify(stripIgnoredCharacters(inlineFragments(document))),
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
