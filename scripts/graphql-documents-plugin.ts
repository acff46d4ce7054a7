import { stripIgnoredCharacters } from 'graphql';
import type { Plugin } from 'vite';

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
