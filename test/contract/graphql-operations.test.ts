import { Kind, print, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  hasRealSchema,
  loadOperationFiles,
  loadRealSchema,
  loadSubsetSchema,
  noteSkipped,
} from './bigcommerce-shared';
import { fragmentsOf, selectionDepth, standalone } from './operation-documents';

// The operation names and variables other modules (catalog functions, simulator) are written
// against. Changing one here is a breaking change for them.
const CONTRACT: Record<string, string> = {
  Products:
    '$first: Int, $after: String, $last: Int, $before: String, $entityIds: [Int!] = [], $hideOutOfStock: Boolean, $currencyCode: currencyCode',
  Product:
    '$entityId: Int, $sku: String, $variantEntityId: Int, $optionValueIds: [OptionValueId!] = [], $useDefaultOptionSelections: Boolean, $currencyCode: currencyCode',
  SearchProducts:
    '$filters: SearchProductsFiltersInput!, $sort: SearchProductsSortInput, $first: Int, $after: String, $last: Int, $before: String, $currencyCode: currencyCode',
  CategoryTree: '$rootEntityId: Int',
  CategoryPage:
    '$entityId: Int!, $filters: SearchProductsFiltersInput!, $sort: SearchProductsSortInput, $first: Int, $after: String, $last: Int, $before: String, $currencyCode: currencyCode',
  Brands: '$first: Int, $after: String, $last: Int, $before: String, $entityIds: [Int!] = []',
  BrandPage: '$entityId: Int!, $first: Int, $after: String, $last: Int, $before: String, $currencyCode: currencyCode',
  Route: '$path: String!, $currencyCode: currencyCode',
  Currencies: '',
  StoreSettings: '',
  Countries: '',
  CustomerProfile: '',
  CustomerAddresses: '',
  CustomerWishlists: '$currencyCode: currencyCode',
  CreateWishlist: '$input: CreateWishlistInput!, $currencyCode: currencyCode',
  AddWishlistItems: '$input: AddWishlistItemsInput!, $currencyCode: currencyCode',
  DeleteWishlistItems: '$input: DeleteWishlistItemsInput!, $currencyCode: currencyCode',
  CartById: '$entityId: String!',
  CreateCart: '$input: CreateCartInput!',
  AddCartLineItems: '$input: AddCartLineItemsInput!',
  UpdateCartLineItem: '$input: UpdateCartLineItemInput!',
  DeleteCartLineItem: '$input: DeleteCartLineItemInput!',
  DeleteCart: '$input: DeleteCartInput!',
  UpdateCartCurrency: '$input: UpdateCartCurrencyInput!',
  CreateCartRedirectUrls: '$cartEntityId: String!',
};

const files = loadOperationFiles();
const operations = files.flatMap(({ document }) =>
  document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION),
);
const fragments = fragmentsOf(files.map(({ document }) => document));
const subset = loadSubsetSchema();
const named = operations.map((operation) => [operation.name?.value ?? '(anonymous)', operation] as const);

function validationMessages(schema: GraphQLSchema, operation: OperationDefinitionNode): string[] {
  return validate(schema, standalone(operation, fragments)).map((error) => error.message);
}

describe('graphql/*.graphql operations', () => {
  it('parse, and hold only named queries, mutations and fragments', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { document } of files) {
      for (const definition of document.definitions) {
        expect([Kind.OPERATION_DEFINITION, Kind.FRAGMENT_DEFINITION]).toContain(definition.kind);
      }
    }
    for (const operation of operations) {
      expect(operation.name?.value, print(operation).slice(0, 60)).toMatch(/^[A-Z][A-Za-z]+$/);
      // Mutations only where the shopper changes their own data (wishlists); no subscriptions.
      expect(['query', 'mutation']).toContain(operation.operation);
    }
  });

  it('use unique operation and fragment names', () => {
    const operationNames = named.map(([name]) => name);
    expect(new Set(operationNames).size).toBe(operationNames.length);
    const fragmentNames = files.flatMap(({ document }) =>
      document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [])),
    );
    expect(new Set(fragmentNames).size).toBe(fragmentNames.length);
  });

  it('are exactly the agreed operations with the agreed variables', () => {
    const actual = Object.fromEntries(
      named.map(([name, operation]) => [name, (operation.variableDefinitions ?? []).map((definition) => print(definition)).join(', ')]),
    );
    expect(actual).toEqual(CONTRACT);
  });

  it('use every fragment they define', () => {
    const used = new Set(
      operations.flatMap((operation) =>
        standalone(operation, fragments).definitions.flatMap((definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [],
        ),
      ),
    );
    expect([...fragments.keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  it.each(named)('%s stays within the depth limit of 16', (_name, operation) => {
    expect(selectionDepth(operation.selectionSet, fragments)).toBeLessThanOrEqual(16);
  });

  it.each(named)('%s validates against our schema subset', (_name, operation) => {
    expect(validationMessages(subset, operation)).toEqual([]);
  });
});

if (!hasRealSchema) noteSkipped('GraphQL operations against the real schema');

describe.skipIf(!hasRealSchema)('graphql/*.graphql operations against the real Storefront schema', () => {
  const real = hasRealSchema ? loadRealSchema() : undefined;

  it.each(named)('%s validates', (_name, operation) => {
    expect(real).toBeDefined();
    if (real !== undefined) expect(validationMessages(real, operation)).toEqual([]);
  });

  it('reports a field the real schema lacks (the check can fail)', () => {
    const [, operation] = named[0] ?? [];
    expect(operation).toBeDefined();
    if (real === undefined || operation === undefined) return;
    const broken = { ...operation, selectionSet: { ...operation.selectionSet, selections: [
      ...operation.selectionSet.selections,
      { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'notARealField' } },
    ] } } as OperationDefinitionNode;
    expect(validationMessages(real, broken)).toEqual(['Cannot query field "notARealField" on type "Query".']);
  });
});
