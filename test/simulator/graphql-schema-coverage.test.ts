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
import { DEFAULT_APP_CLIENT_ID, DEFAULT_APP_CLIENT_SECRET } from '../../src/simulator';
import { sampleCatalog, type Catalog } from '../../src/simulator/catalog';
import { createGraphQLExecutor, type GraphQLExecutor } from '../../src/simulator/graphql';
import { simulatorSchema } from '../../src/simulator/graphql/schema';
import { signLogin } from '../session/login-jwt';
import { GIFT_CERTIFICATE_INPUT, US_ADDRESS_INPUT, lineItemFor, testOperation } from './commerce-helpers';

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

/**
 * Types no response can hold with the simulated store: it sells no digital products and has no
 * custom items (those come from the server-to-server Carts API), so these lists are always empty.
 */
const unreachableTypes = ['CartDigitalItem', 'CartCustomItem'];

/** A value as a GraphQL literal (object keys unquoted). */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${literal(item)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * Carts and checkouts in every state the cart, checkout and login fields need, made through the
 * executor as customer 1 (the coverage queries run signed in as Jane); returns their argument plans.
 */
async function commercePlans(catalog: Catalog, run: GraphQLExecutor): Promise<Record<string, string[]>> {
  const call = async (name: string, variables: Record<string, unknown>): Promise<any> => {
    const result = await run({ query: testOperation(name), variables, operationName: name, customerId: 1 });
    if (result.errors) throw new Error(`${name}: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.data;
  };
  const create = async (input: Record<string, unknown>) => (await call('TestCreateCart', { input })).cart.createCart.cart;
  const lines = (cart: any): string[] => cart.lineItems.physicalItems.map((item: any) => item.entityId);
  /** A cart of soap dishes and a saucepan with a billing address and one consignment; `ready` selects its shipping. */
  const prepared = async (ready: boolean, productIds = [105, 109]) => {
    const cart = await create({ lineItems: productIds.map((id) => ({ productEntityId: id, quantity: 1 })) });
    const id = cart.entityId;
    const address = { ...US_ADDRESS_INPUT, customFields: { texts: [{ fieldEntityId: 25, text: 'Gate 12' }] } };
    const billed = (await call('TestAddCheckoutBillingAddress', { input: { checkoutEntityId: id, data: { address } } })).checkout.addCheckoutBillingAddress.checkout;
    const shipped = (await call('TestAddCheckoutShippingConsignments', {
      input: { checkoutEntityId: id, data: { consignments: [{ address: US_ADDRESS_INPUT, lineItems: lines(cart).map((lineItemEntityId) => ({ lineItemEntityId, quantity: 1 })) }] } },
    })).checkout.addCheckoutShippingConsignments.checkout;
    const consignment = shipped.shippingConsignments[0];
    const option = consignment.availableShippingOptions[0].entityId;
    if (ready) await call('TestSelectCheckoutShippingOption', { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: option } } });
    return { id, lines: lines(cart), billingId: billed.billingAddress.entityId, consignmentId: consignment.entityId, option };
  };

  const rich = await create({ lineItems: [105, 115, 117, 131, 134, 135].map((id) => lineItemFor(catalog, id)) });
  const gift = await create({ lineItems: [{ productEntityId: 105, quantity: 1 }], giftCertificates: [GIFT_CERTIFICATE_INPUT] });
  const shown = await prepared(true);
  await call('TestApplyCheckoutCoupon', { input: { checkoutEntityId: shown.id, data: { couponCode: 'SAVE10' } } });
  await call('TestApplyCheckoutGiftCertificate', { input: { checkoutEntityId: shown.id, data: { giftCertificateCode: 'GC-10-SIM' } } });
  const doomed = await create({ lineItems: [{ productEntityId: 105, quantity: 1 }] });
  const changed = await create({ lineItems: [{ productEntityId: 105, quantity: 1 }, { productEntityId: 109, quantity: 1 }] });
  const edited = await prepared(false);
  const ready = await prepared(true);
  // Not ready in three ways: no billing address, items without a consignment, and stock gone.
  const stuck = await create({ lineItems: [{ productEntityId: 104, quantity: 1 }] });
  const mat = catalog.products.find((p) => p.id === 104);
  if (mat) mat.inventoryLevel = 0;
  const jwt = await signLogin({ appClient: { id: DEFAULT_APP_CLIENT_ID, secret: DEFAULT_APP_CLIENT_SECRET } } as never, {
    iss: DEFAULT_APP_CLIENT_ID,
    iat: Math.floor(Date.now() / 1000),
    jti: `coverage-${Math.random()}`,
    operation: 'customer_login',
    store_hash: catalog.settings.storeHash,
    customer_id: 1,
  });
  const [changedA, changedB] = lines(changed);
  const on = (id: string, rest: Record<string, unknown> = {}) => `input: ${literal({ checkoutEntityId: id, ...rest })}`;
  return {
    'Site.cart': [`entityId: ${literal(rich.entityId)}`, `entityId: ${literal(gift.entityId)}`],
    'Site.checkout': [`entityId: ${literal(shown.id)}`],
    'CartMutations.createCart': [`input: ${literal({ lineItems: [{ productEntityId: 105, quantity: 1 }] })}`],
    'CartMutations.deleteCart': [`input: ${literal({ cartEntityId: doomed.entityId })}`],
    'CartMutations.addCartLineItems': [`input: ${literal({ cartEntityId: changed.entityId, data: { lineItems: [{ productEntityId: 111, quantity: 1 }] } })}`],
    'CartMutations.updateCartLineItem': [
      `input: ${literal({ cartEntityId: changed.entityId, lineItemEntityId: changedA, data: { lineItem: { quantity: 2 } } })}`,
    ],
    'CartMutations.deleteCartLineItem': [`input: ${literal({ cartEntityId: changed.entityId, lineItemEntityId: changedB })}`],
    'CartMutations.updateCartCurrency': [`input: ${literal({ cartEntityId: changed.entityId, data: { currencyCode: 'USD' } })}`],
    'CartMutations.createCartRedirectUrls': [`input: ${literal({ cartEntityId: changed.entityId })}`, `input: ${literal({ cartEntityId: 'nope' })}`],
    'CheckoutMutations.addCheckoutBillingAddress': [on(edited.id, { data: { address: US_ADDRESS_INPUT } })],
    'CheckoutMutations.updateCheckoutBillingAddress': [on(edited.id, { addressEntityId: edited.billingId, data: { address: US_ADDRESS_INPUT } })],
    'CheckoutMutations.updateCheckoutCustomerMessage': [on(edited.id, { data: { message: 'Hello' } })],
    'CheckoutMutations.selectCheckoutShippingOption': [on(edited.id, { consignmentEntityId: edited.consignmentId, data: { shippingOptionEntityId: edited.option } })],
    'CheckoutMutations.applyCheckoutCoupon': [on(edited.id, { data: { couponCode: 'TAKE5' } })],
    'CheckoutMutations.unapplyCheckoutCoupon': [on(edited.id, { data: { couponCode: 'TAKE5' } })],
    'CheckoutMutations.applyCheckoutGiftCertificate': [on(edited.id, { data: { giftCertificateCode: 'GC-50-SIM' } })],
    'CheckoutMutations.unapplyCheckoutGiftCertificate': [on(edited.id, { data: { giftCertificateCode: 'GC-50-SIM' } })],
    'CheckoutMutations.addCheckoutShippingConsignments': [
      on(edited.id, { data: { consignments: [{ address: US_ADDRESS_INPUT, lineItems: [{ lineItemEntityId: edited.lines[1], quantity: 1 }] }] } }),
    ],
    'CheckoutMutations.updateCheckoutShippingConsignment': [
      on(edited.id, { consignmentEntityId: edited.consignmentId, data: { consignment: { address: US_ADDRESS_INPUT, lineItems: [{ lineItemEntityId: edited.lines[0], quantity: 1 }] } } }),
    ],
    'CheckoutMutations.deleteCheckoutConsignment': [on(edited.id, { consignmentEntityId: edited.consignmentId })],
    'CheckoutMutations.completeCheckout': [on(stuck.entityId), on(ready.id)],
    'Mutation.login': [`email: "jane@example.com", password: "correct horse battery"`],
    'Mutation.logout': [`cartEntityId: ${literal(changed.entityId)}`],
    'Mutation.loginWithCustomerLoginJwt': [`jwt: ${literal(jwt)}`],
  };
}

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
  it('resolves every field of graphql/schema.graphql without errors', async () => {
    const covered = new Set<string>();
    const base = { ...argumentPlans };
    for (const catalog of fullCoverageCatalogs()) {
      const run = createGraphQLExecutor(catalog);
      Object.assign(argumentPlans, base, await commercePlans(catalog, run));
      const query = `query Everything ${selectionOf(schema.getQueryType()!, [])}`;
      const mutation = `mutation Everything ${selectionOf(schema.getMutationType()!, [])}`;
      for (const [document, root] of [[query, 'Query'], [mutation, 'Mutation']] as const) {
        // Signed in, so `customer` and the wishlist mutations answer rather than null.
        const result = await run({ query: document, customerId: 1 });
        expect(result.errors).toBeUndefined();
        coveredFields({ ...result.data, __typename: root }, covered);
      }
    }
    const missing = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && !unreachableTypes.includes(type.name))
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
