import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Source, buildSchema, parse, type DocumentNode, type GraphQLSchema } from 'graphql';

/** Root of this project (the folder holding package.json). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

// BC_SHARED_DIR may name either the `bigcommerce` folder itself or the `shared` folder holding it.
function locateBigCommerceDir(): string {
  const fromEnv = process.env['BC_SHARED_DIR'];
  if (fromEnv === undefined || fromEnv === '') return path.resolve(projectRoot, '../shared/bigcommerce');
  const dir = path.resolve(projectRoot, fromEnv);
  return existsSync(path.join(dir, 'bigcommerce')) ? path.join(dir, 'bigcommerce') : dir;
}

/** BigCommerce's published contracts (`../shared/bigcommerce`, or `BC_SHARED_DIR`); absent in a user's clone. */
export const bigcommerceDir = locateBigCommerceDir();

/** The real Storefront GraphQL schema (SDL) that our subset is held to. */
export const realSchemaPath = path.join(bigcommerceDir, 'graphql', 'storefront-schema.2026-08.graphql');

/** Whether the real schema is present, so contract suites can run. */
export const hasRealSchema = existsSync(realSchemaPath);

/** Our schema subset, executed by the simulator and used by codegen. */
export const subsetSchemaPath = path.join(projectRoot, 'graphql', 'schema.graphql');

/**
 * Prints why a contract suite is skipped, so a skip is visible in the test output.
 *
 * @example
 * describe.skipIf(!hasRealSchema)('contract', () => {});
 * if (!hasRealSchema) noteSkipped('GraphQL operations against the real schema');
 */
export function noteSkipped(suite: string): void {
  console.warn(
    `[contract] skipped "${suite}": ${realSchemaPath} not found ` +
      '(BigCommerce reference files are not part of the repository; set BC_SHARED_DIR to run it).',
  );
}

/**
 * Builds the real schema from BigCommerce's SDL.
 *
 * @throws when the file is absent; guard with `hasRealSchema`.
 */
export function loadRealSchema(): GraphQLSchema {
  return buildSchema(readFileSync(realSchemaPath, 'utf8'));
}

/** Builds our subset schema from `graphql/schema.graphql`. */
export function loadSubsetSchema(): GraphQLSchema {
  return buildSchema(readFileSync(subsetSchemaPath, 'utf8'));
}

/** One operations file of `graphql/`, parsed. */
export interface OperationsFile {
  readonly file: string;
  readonly document: DocumentNode;
}

/**
 * Parses every `graphql/*.graphql` file except the schema, in file-name order.
 *
 * @throws a GraphQLError naming the file when one does not parse.
 */
export function loadOperationFiles(): OperationsFile[] {
  const dir = path.join(projectRoot, 'graphql');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql') && file !== 'schema.graphql')
    .sort()
    .map((file) => ({
      file,
      document: parse(new Source(readFileSync(path.join(dir, file), 'utf8'), `graphql/${file}`)),
    }));
}
