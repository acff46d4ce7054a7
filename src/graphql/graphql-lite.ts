/**
 * A stand-in for the `graphql` package in browser builds (aliased by the bundler config).
 *
 * graphql-request imports `parse`, `print` and `Kind` from `graphql` (about 11 KB gzip), but with
 * string documents and `excludeOperationName` it never calls them. This module keeps those imports
 * resolvable at a few bytes; calling the parser is a bug and says so.
 */

const stringsOnly = (): never => {
  throw new Error('bc-storefront sends GraphQL documents as strings: graphql-lite has no parse or print');
};

/** Not available: bc-storefront sends string documents only. */
export const parse: (source: unknown) => never = stringsOnly;

/** Not available: bc-storefront sends string documents only. */
export const print: (ast: unknown) => never = stringsOnly;

/** The one AST kind graphql-request compares against (only on parsed documents, so never here). */
export const Kind = { OPERATION_DEFINITION: 'OperationDefinition' } as const;

/** Mirrors graphql-js's error class name for code that imports it as a type guard. */
export class GraphQLError extends Error {
  override name = 'GraphQLError';
}
