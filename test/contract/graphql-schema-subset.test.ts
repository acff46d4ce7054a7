import { buildSchema, Kind, parse, print, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../src/graphql/generated/graphql';
import {
  hasRealSchema,
  loadOperationFiles,
  loadRealSchema,
  loadSubsetSchema,
  noteSkipped,
} from './bigcommerce-shared';
import { fragmentsOf, standalone } from './operation-documents';
import { subsetProblems } from './schema-subset-check';

const files = loadOperationFiles();
const subset = loadSubsetSchema();
const fragments = fragmentsOf(files.map(({ document }) => document));
const sourceOperations = new Map(
  files.flatMap(({ document }) =>
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name !== undefined
        ? [[definition.name.value, definition] as const]
        : [],
    ),
  ),
);
const generatedDocuments = Object.entries(generated).flatMap(([name, value]) =>
  name.endsWith('Document') ? [[name, String(value)] as const] : [],
);

// The document a request sends, printed in a canonical order (operation first, fragments by name).
function canonical(text: string): string {
  const document = parse(text);
  const sorted = [...document.definitions].sort((a, b) => {
    const rank = (definition: typeof a): string =>
      definition.kind === Kind.OPERATION_DEFINITION ? '0' : `1${'name' in definition ? (definition.name?.value ?? '') : ''}`;
    return rank(a).localeCompare(rank(b));
  });
  return print({ ...document, definitions: sorted });
}

describe('generated documents (src/graphql/generated)', () => {
  it('export one Document per operation in graphql/', () => {
    expect(generatedDocuments.map(([name]) => name).sort()).toEqual(
      [...sourceOperations.keys()].map((name) => `${name}Document`).sort(),
    );
  });

  it.each(generatedDocuments)('%s equals the operation and fragments in graphql/', (name, text) => {
    const operation = sourceOperations.get(name.replace(/Document$/, ''));
    expect(operation).toBeDefined();
    if (operation === undefined) return;
    expect(canonical(text)).toBe(canonical(print(standalone(operation, fragments))));
  });

  it.each(generatedDocuments)('%s validates against our schema subset', (_name, text) => {
    expect(validate(subset, parse(text)).map((error) => error.message)).toEqual([]);
  });
});

if (!hasRealSchema) noteSkipped('graphql/schema.graphql as a strict subset of the real schema');

describe.skipIf(!hasRealSchema)('graphql/schema.graphql against the real Storefront schema', () => {
  const real = hasRealSchema ? loadRealSchema() : buildSchema('type Query { skipped: Boolean }');

  it('is a strict subset: types, fields, arguments, input fields, enum values, members, interfaces', () => {
    expect(subsetProblems(subset, real)).toEqual([]);
  });

  it.each(generatedDocuments)('%s validates against the real schema', (_name, text) => {
    expect(validate(real, parse(text)).map((error) => error.message)).toEqual([]);
  });

  // Each check below must be able to fail: a deliberately wrong schema is reported.
  it.each([
    ['a field the real type lacks', 'type Query { site: Site! } type Site { notARealField: String }', 'Site.notARealField: field not in the real schema'],
    ['a field with another type', 'type Query { site: Site! } type Site { settings: Settings! } type Settings { storeName: String }', 'Site.settings: type Settings!, real Settings'],
    ['an argument with another type', 'type Query { site: Site! } type Site { category(entityId: Int): Category } type Category { name: String! }', 'Site.category(entityId): argument type Int, real Int!'],
    ['an argument with another default', 'type Query { site: Site! } type Site { brands(entityIds: [Int!] = [1]): BrandConnection! } type BrandConnection { edges: [BrandEdge!] } type BrandEdge { cursor: String! }', 'Site.brands(entityIds): default [1], real []'],
    ['a required argument left out', 'type Query { site: Site! } type Site { route: Route! } type Route { node: Node } interface Node { id: ID! }', 'Site.route(path): required argument missing from the subset'],
    ['an input field the real input lacks', 'type Query { site: Site! } type Site { search: SearchQueries! } type SearchQueries { searchProducts(filters: SearchProductsFiltersInput!): Boolean } input SearchProductsFiltersInput { colour: String }', 'SearchProductsFiltersInput(colour): input field not in the real schema'],
    ['an enum value the real enum lacks', 'type Query { site: Site! } type Site { x: SearchProductsSortInput } enum SearchProductsSortInput { CHEAPEST }', 'SearchProductsSortInput.CHEAPEST: enum value not in the real schema'],
    ['a union member that does not belong', 'type Query { site: Site! } type Site { x: StoreLogo } union StoreLogo = StoreTextLogo | Money type StoreTextLogo { text: String! } type Money { value: BigDecimal! } scalar BigDecimal', 'StoreLogo: Money is not a real member'],
    ['an interface the type does not implement', 'type Query { site: Site! } interface Node { id: ID! } type Site implements Node { id: ID! }', 'Site: does not implement Node in the real schema'],
    ['a type the real schema lacks', 'type Query { site: Site! } type Site { x: Gadget } type Gadget { y: Int }', 'Gadget: type not in the real schema'],
    ['a type of another kind', 'type Query { site: Site! } type Site { x: Money } input Money { value: Float }', 'Money: input here, object in the real schema'],
  ])('reports %s', (_case, sdl, problem) => {
    expect(subsetProblems(buildSchema(sdl), real)).toContain(problem);
  });
});

// Guard against a vacuous pass: the documents really carry operations.
it('finds the operations it compares', () => {
  expect(sourceOperations.size).toBeGreaterThan(0);
  expect(generatedDocuments.length).toBe(sourceOperations.size);
  const anyOperation: OperationDefinitionNode | undefined = sourceOperations.values().next().value;
  expect(anyOperation?.kind).toBe(Kind.OPERATION_DEFINITION);
});
