import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { sampleCatalog, type Catalog } from '../../src/simulator/catalog';
import { createGraphQLExecutor } from '../../src/simulator/graphql';
import { simulatorSchema } from '../../src/simulator/graphql/schema';

// Walks graphql/schema.graphql and asks for every field of every type, so a field the simulator
// cannot resolve fails here (the executor refuses to guess a null for a field it does not know).

const schema = simulatorSchema();

/** Argument lists per `Type.field`; more than one entry asks for the field once per entry (aliased). */
const argumentPlans: Record<string, string[]> = {
  'Site.route': [
    '/turkish-cotton-bath-towel/',
    '/home/bath/towels/',
    '/brands/linen-lane/',
    '/shipping-returns/',
    '/towel-size-guide/',
    '/contact-us/',
    '/journal/',
    '/blog/',
    '/blog/spring-planting-guide/',
    '/turkish-towel/',
    '/bathroom/',
    '/linen-lane/',
    '/shipping/',
    '/blog/cast-iron/',
    '/summer-sale/',
  ].map((path) => `path: ${JSON.stringify(path)}`),
  'Site.category': ['entityId: 22'],
  'Site.brand': ['entityId: 1'],
  'Site.product': ['entityId: 101, variantEntityId: 1008'],
  'Site.products': ['first: 50'],
  'Site.categoryTree': [''],
  'SearchQueries.searchProducts': [
    'filters: {}',
    'filters: { price: { minPrice: 1, maxPrice: 1000 }, rating: { minRating: 1 }, isFreeShipping: true }',
  ],
};

/** Values for required arguments elsewhere in the tree. */
const requiredArguments: Record<string, string> = {
  'Category.breadcrumbs': 'depth: 10',
  // Jane (customer 1, signed in below) owns wishlist 1 with items 1 and 2.
  'WishlistMutations.createWishlist': 'input: { name: "Everything", isPublic: true, items: [{ productEntityId: 101 }] }',
  'WishlistMutations.addWishlistItems': 'input: { entityId: 1, items: [{ productEntityId: 102 }] }',
  'WishlistMutations.deleteWishlistItems': 'input: { entityId: 1, itemEntityIds: [1] }',
  'Image.url': 'width: 100',
  'SwatchOptionValue.imageUrl': 'width: 100',
};

function argumentsFor(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const key = `${parent.name}.${field.name}`;
  const plan = argumentPlans[key];
  if (plan) return plan;
  const required = requiredArguments[key];
  if (required) return [required];
  if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) {
    throw new Error(`No value for the required arguments of ${key}`);
  }
  return [field.args.some((a) => a.name === 'first') ? 'first: 50' : ''];
}

function selectionOf(type: GraphQLNamedType, path: readonly string[]): string {
  if (isLeafType(type)) return '';
  if (isAbstractType(type)) {
    const fragments = schema.getPossibleTypes(type).map((t) => `... on ${t.name} ${selectionOf(t, path)}`);
    return `{ __typename ${fragments.join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const fieldType = getNamedType(field.type);
    // A type already on the path is covered where it is first reached; stop the cycle here.
    if (!isLeafType(fieldType) && path.includes(fieldType.name)) return [];
    return argumentsFor(type, field).map((args, i) => {
      const alias = `${field.name}__${type.name}${i}: `;
      const call = args === '' ? field.name : `${field.name}(${args})`;
      return `${alias}${call} ${selectionOf(fieldType, [...path, type.name])}`;
    });
  });
  return `{ __typename ${fields.join(' ')} }`;
}

/** Every `Type.field` present in a response, read from `__typename` and the (aliased) keys. */
function coveredFields(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) coveredFields(item, found);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const typename = record['__typename'];
    for (const [key, child] of Object.entries(record)) {
      if (key.startsWith('__')) continue;
      if (typeof typename === 'string') found.add(`${typename}.${key.split('__')[0]}`);
      coveredFields(child, found);
    }
  }
  return found;
}

/** The sample store plus what it lacks to reach every type: a pick list, a blog index page, a text logo. */
function fullCoverageCatalogs(): Catalog[] {
  const withExtras = sampleCatalog();
  const product = withExtras.products.find((p) => p.id === 115);
  product?.options.push({
    kind: 'multiple-choice',
    id: 990,
    displayName: 'Add a matching knife',
    displayStyle: 'ProductPickList',
    isRequired: false,
    isVariantOption: false,
    values: [{ id: 991, label: 'Cheese knife', isDefault: false, productId: 111 }],
  });
  const swatch = withExtras.products.find((p) => p.id === 101)?.options[0];
  if (swatch?.kind === 'multiple-choice') swatch.values[0]!.image = { file: 'ivory-weave.svg', altText: 'Ivory weave' };
  withExtras.pages.push({
    id: 9,
    kind: 'blog-index',
    name: 'Journal',
    path: '/journal/',
    htmlBody: '',
    contactFields: [],
    isVisibleInNavigation: true,
    seo: { pageTitle: 'Journal', metaDescription: '', metaKeywords: '' },
  });
  const textLogo = sampleCatalog();
  textLogo.settings.logo = { text: 'Hearth & Garden' };
  return [withExtras, textLogo];
}

describe('simulator GraphQL schema coverage', () => {
  const query = `query Everything ${selectionOf(schema.getQueryType()!, [])}`;
  const mutation = `mutation Everything ${selectionOf(schema.getMutationType()!, [])}`;

  it('resolves every field of graphql/schema.graphql without errors', async () => {
    const covered = new Set<string>();
    for (const catalog of fullCoverageCatalogs()) {
      const run = createGraphQLExecutor(catalog);
      for (const [document, root] of [[query, 'Query'], [mutation, 'Mutation']] as const) {
        // Signed in, so `customer` and the wishlist mutations answer rather than null.
        const result = await run({ query: document, customerId: 1 });
        expect(result.errors).toBeUndefined();
        coveredFields({ ...result.data, __typename: root }, covered);
      }
    }
    const missing = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
      .filter((field) => !covered.has(field));
    expect(missing).toEqual([]);
  });

  it('answers a field the simulator does not know with an error, not a silent null', async () => {
    const catalog = sampleCatalog();
    const run = createGraphQLExecutor(catalog);
    // Reaching into the root value is the only way to make a node lack a field the schema has.
    catalog.settings.storeName = undefined as unknown as string;
    const result = await run({ query: '{ site { settings { storeName storeHash } } }' });
    expect(result.errors?.[0]?.message).toBe('Simulator bug: Settings.storeName has no resolver');
    expect(result.data).toEqual({ site: { settings: null } });
  });
});
