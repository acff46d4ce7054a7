import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, Source, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hasRealSchema, loadRealSchema, loadSubsetSchema, noteSkipped, projectRoot } from './bigcommerce-shared';
import { fragmentsOf, selectionDepth, standalone } from './operation-documents';

// The simulator suites' own operations (test/simulator/operations): the cart, checkout and login
// requests they send must be requests the real Storefront API accepts, or the simulator would be
// tested against requests no client can make.

const dir = path.join(projectRoot, 'test', 'simulator', 'operations');
const documents = readdirSync(dir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => parse(new Source(readFileSync(path.join(dir, file), 'utf8'), `test/simulator/operations/${file}`)));
const fragments = fragmentsOf(documents);
const operations = documents
  .flatMap((document) => document.definitions)
  .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
  .map((operation) => [operation.name?.value ?? '(anonymous)', operation] as const);
const subset = loadSubsetSchema();

describe('test/simulator/operations', () => {
  it('hold named operations', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const [name] of operations) expect(name).toMatch(/^Test[A-Z][A-Za-z]+$/);
  });

  it.each(operations)('%s validates against our schema subset and stays within depth 16', (_name, operation) => {
    expect(validate(subset, standalone(operation, fragments)).map((e) => e.message)).toEqual([]);
    expect(selectionDepth(operation.selectionSet, fragments)).toBeLessThanOrEqual(16);
  });
});

if (!hasRealSchema) noteSkipped('simulator test operations against the real schema');

describe.skipIf(!hasRealSchema)('test/simulator/operations against the real Storefront schema', () => {
  const real = hasRealSchema ? loadRealSchema() : undefined;
  it.each(operations)('%s validates', (_name, operation) => {
    if (real !== undefined) expect(validate(real, standalone(operation, fragments)).map((e) => e.message)).toEqual([]);
  });
});
