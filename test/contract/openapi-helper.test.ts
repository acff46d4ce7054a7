import { describe, expect, it } from 'vitest';
import { allOperations, findOperation, hasOpenApi, noteOpenApiSkipped, OPENAPI_ERRATA, toJsonSchema, validateRequest, validateResponse } from './openapi';

if (!hasOpenApi) noteOpenApiSkipped('OpenAPI helper');

// A cart in the shape of the spec's own getCarts example (trimmed), so "good" is BigCommerce's idea of good.
const cart = {
  id: '770ded29-da45-4ee0-abc6-883e83c0e5ed',
  customerId: 0,
  email: '',
  currency: { name: 'US Dollars', code: 'USD', symbol: '$', decimalPlaces: 2 },
  isTaxIncluded: false,
  baseAmount: 246,
  discountAmount: 0,
  cartAmount: 246,
  coupons: [],
  discounts: [],
  lineItems: { physicalItems: [], digitalItems: [], giftCertificates: [], customItems: [] },
  createdTime: '2021-03-04T14:17:50+00:00',
  updatedTime: '2021-03-04T14:17:50+00:00',
  locale: 'en',
  version: 1,
};

describe('toJsonSchema', () => {
  it('turns OpenAPI 3.0 nullable, boolean exclusive bounds and local refs into JSON Schema', () => {
    expect(toJsonSchema({ type: 'integer', nullable: true, example: 3, minimum: 1, exclusiveMinimum: true }, 'f')).toEqual({
      type: ['integer', 'null'],
      exclusiveMinimum: 1,
    });
    expect(toJsonSchema({ $ref: '#/components/schemas/X', nullable: true }, 'f')).toEqual({
      anyOf: [{ $ref: 'f#/components/schemas/X' }, { type: 'null' }],
    });
    // A property *named* like a keyword is a property, not a keyword.
    expect(toJsonSchema({ properties: { nullable: { type: 'string' }, example: { type: 'string' } } }, 'f')).toEqual({
      properties: { nullable: { type: 'string' }, example: { type: 'string' } },
    });
    expect(toJsonSchema({ type: 'string', enum: ['a'], nullable: true }, 'f')).toEqual({ type: ['string', 'null'], enum: ['a', null] });
  });
});

describe.skipIf(!hasOpenApi)('findOperation', () => {
  it('resolves templates under /api/storefront, the singular checkout alias and query strings', () => {
    expect(findOperation('post', 'http://s.test/api/storefront/carts/abc/items?include=x')).toMatchObject({
      file: 'carts.sf.yml', method: 'POST', template: '/carts/{cartId}/items', operationId: 'addCartLineItem',
    });
    expect(findOperation('GET', '/api/storefront/checkout/abc').template).toBe('/checkouts/{checkoutId}');
    expect(findOperation('DELETE', '/api/storefront/checkouts/abc/coupons/SAVE10').operationId).toBeDefined();
    expect(findOperation('GET', '/api/storefront/orders/100').file).toBe('orders.sf.yml');
  });

  it('knows GET /carts/{cartId}, which the real store serves and the spec omits, as one cart', () => {
    expect(findOperation('GET', '/api/storefront/carts/abc')).toMatchObject({ template: '/carts/{cartId}', operationId: 'getCartById' });
    expect(validateResponse('GET', '/api/storefront/carts/abc', 200, cart)).toEqual([]);
    expect(validateResponse('GET', '/api/storefront/carts/abc', 200, [cart])).toEqual(['response 200/ must be object']);
  });

  it('throws for unknown operations and other URLs', () => {
    expect(() => findOperation('PATCH', '/api/storefront/carts')).toThrow(/no OpenAPI operation/);
    expect(() => findOperation('GET', '/graphql')).toThrow(/not a REST Storefront URL/);
  });
});

describe.skipIf(!hasOpenApi)('validateRequest', () => {
  it('accepts a conforming body and flags a wrong type by path', () => {
    expect(validateRequest('POST', '/api/storefront/carts', { lineItems: [{ productId: 1, quantity: 2 }] })).toEqual([]);
    expect(validateRequest('POST', '/api/storefront/carts/c/items', { lineItems: [{ productId: 1, quantity: 'two' }] })).toContain(
      'request/lineItems/0/quantity must be number',
    );
  });

  it('flags a missing required body and a body sent where none is taken', () => {
    expect(validateRequest('PUT', '/api/storefront/carts/c/items/i', undefined)).toEqual(['request: a body is required']);
    expect(validateRequest('GET', '/api/storefront/carts', { x: 1 })).toEqual(['request: this operation takes no body']);
    expect(validateRequest('DELETE', '/api/storefront/carts/c', undefined)).toEqual([]);
  });

  it('holds checkout requests to the checkouts spec', () => {
    expect(validateRequest('POST', '/api/storefront/checkouts/c/coupons', { couponCode: 'SAVE10' })).toEqual([]);
    expect(validateRequest('POST', '/api/storefront/checkouts/c/coupons', { couponCode: 10 })).not.toEqual([]);
  });
});

describe.skipIf(!hasOpenApi)('validateResponse', () => {
  it('accepts a conforming body and flags wrong types and missing required fields', () => {
    expect(validateResponse('GET', '/api/storefront/carts', 200, [cart])).toEqual([]);
    expect(validateResponse('GET', '/api/storefront/carts', 200, [{ ...cart, id: 7, version: '1' }])).toEqual([
      'response 200/0/id must be string',
      'response 200/0/version must be integer',
    ]);
    expect(validateResponse('GET', '/api/storefront/carts', 200, [{ ...cart, coupons: [{ id: 'x' }] }])).toEqual([
      "response 200/0/coupons/0 must have required property 'code'",
    ]);
  });

  it('allows extra properties where the spec does not forbid them', () => {
    expect(validateResponse('GET', '/api/storefront/carts', 200, [{ ...cart, somethingNew: true }])).toEqual([]);
  });

  it('checks documented error bodies, and undocumented errors against the REST error shapes', () => {
    const conflict = { status: 409, title: 'Conflict', type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes' };
    expect(validateResponse('POST', '/api/storefront/carts/c/items', 409, conflict)).toEqual([]);
    expect(validateResponse('POST', '/api/storefront/carts/c/items', 409, { ...conflict, status: '409' })).toEqual([
      'response 409/status must be integer',
    ]);
    expect(validateResponse('DELETE', '/api/storefront/carts/c', 404, undefined).length).toBeGreaterThan(0);
    expect(validateResponse('POST', '/api/storefront/carts', 422, { status: 422, title: 'Bad', type: 't', detail: 'd' })).toEqual([]);
    expect(validateResponse('POST', '/api/storefront/carts', 422, { errors: [{ status: 422, title: 'Bad' }] })).toEqual([]);
    expect(validateResponse('POST', '/api/storefront/carts', 404, 'Not found').length).toBeGreaterThan(0);
  });

  it('flags undocumented success statuses and bodies where the spec documents none', () => {
    expect(validateResponse('DELETE', '/api/storefront/carts/c', 204, undefined)).toEqual([]);
    expect(validateResponse('DELETE', '/api/storefront/carts/c', 204, { id: 'c' })).toEqual(['response 204: the spec documents no body']);
    expect(validateResponse('GET', '/api/storefront/carts', 201, [])).toEqual([
      'response 201: status not documented for GET /carts',
    ]);
  });

  it('treats OpenAPI nullable as null-or-type', () => {
    const subscription = { id: 1, email: 'a@b.test', firstName: '', lastName: '', source: 'storefront', orderId: null, consents: [] };
    expect(validateResponse('POST', '/api/storefront/subscriptions', 200, subscription)).toEqual([]);
    expect(validateResponse('POST', '/api/storefront/subscriptions', 200, { ...subscription, orderId: 'x' })).not.toEqual([]);
  });
});

describe.skipIf(!hasOpenApi)('errata and real-store additions', () => {
  const order = {
    orderId: 100, cartId: cart.id, status: 'ORDER_STATUS_AWAITING_FULFILLMENT', customerId: 0, taxTotal: 4.5,
    taxes: [{ name: 'Tax', amount: 4.5 }], billingAddress: { countryCode: 'US' },
    lineItems: { physicalItems: [{ id: '1', quantity: 2 }], digitalItems: [], giftCertificates: [], customItems: [] },
  };

  it('each names its evidence', () => {
    for (const erratum of OPENAPI_ERRATA) expect(erratum.why.length).toBeGreaterThan(40);
  });

  it("holds orders to the real store's shape, and still flags wrong types there", () => {
    expect(validateResponse('GET', '/api/storefront/orders/100', 200, order)).toEqual([]);
    expect(validateResponse('GET', '/api/storefront/orders/100', 200, { ...order, status: 'AWAITING_FULFILLMENT' })).toEqual([
      'response 200/status must be equal to one of the allowed values',
    ]);
    expect(validateResponse('GET', '/api/storefront/orders/100', 200, { ...order, lineItems: [] })).toEqual(['response 200/lineItems must be object']);
    expect(validateResponse('GET', '/api/storefront/orders/100', 200, { ...order, customerId: '0', taxTotal: '4.5' })).toEqual([
      'response 200/customerId must be integer',
      'response 200/taxTotal must be number',
    ]);
  });

  it('takes a gift certificate update under the property name the spec defines', () => {
    const giftCertificate = { amount: 10, name: 'Gift', quantity: 1, theme: 'General', sender: {}, recipient: {} };
    expect(validateRequest('PUT', '/api/storefront/carts/c/items/i', { giftCertificate })).toEqual([]);
  });

  it('documents 204 for deleting the last line item, with no body', () => {
    expect(validateResponse('DELETE', '/api/storefront/carts/c/items/i', 204, undefined)).toEqual([]);
    expect(validateResponse('DELETE', '/api/storefront/checkouts/c/carts/c/items/i', 204, {})).toEqual(['response 204: the spec documents no body']);
  });

  it('lists every operation of the four files once', () => {
    const names = allOperations().map((op) => `${op.method} ${op.template}`);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['GET /carts', 'GET /carts/{cartId}', 'POST /subscriptions', 'GET /orders/{orderId}', 'POST /checkouts/{checkoutId}/spam-protection']));
    expect(names).toHaveLength(26); // 25 in the files, plus GET /carts/{cartId}
  });
});
