// Where BigCommerce's REST Storefront specs disagree with the real store (or with themselves), the
// contract helper validates against the corrected shape. Each correction names its evidence;
// everything not listed here is held to the specs as written.

/** A JSON object. */
export type Json = Record<string, unknown>;

/** A place where a spec file disagrees with the real store; the helper holds responses to the real shape. */
export interface OpenApiErratum {
  readonly file: string;
  /** The `components.schemas` entry patched. */
  readonly schema: string;
  readonly why: string;
  readonly patch: (schema: Json, ref: (name: string) => Json) => void;
}

const arrayOf = (items: Json): Json => ({ type: 'array', items });
const propertiesOf = (schema: Json): Json => schema['properties'] as Json;

/**
 * Corrections applied on load, each with its evidence. Kept few and explicit: everything else in
 * the specs is held to as written.
 */
export const OPENAPI_ERRATA: readonly OpenApiErratum[] = [
  {
    file: 'orders.sf.yml',
    schema: 'Order',
    why:
      'lineItems is an object {physicalItems, digitalItems, giftCertificates, customItems} and customerId a number, as ' +
      "BigCommerce's checkout-sdk reads orders (packages/core/src/order/orders.mock.ts); the spec says an array and a string.",
    patch: (order, ref) => {
      propertiesOf(order)['customerId'] = { type: 'integer' };
      propertiesOf(order)['lineItems'] = {
        type: 'object',
        required: ['physicalItems', 'digitalItems', 'giftCertificates'],
        properties: {
          physicalItems: arrayOf(ref('ItemPhysical')),
          digitalItems: arrayOf(ref('OrderItemDigital')),
          giftCertificates: arrayOf(ref('OrderItemGiftCertificate')),
          customItems: { type: 'array' },
        },
      };
    },
  },
  {
    file: 'orders.sf.yml',
    schema: 'Order',
    why:
      'taxTotal and taxes[].amount are money (27.45 in the REST cart/checkout guide; numbers in checkouts.sf.yml); ' +
      'orders.sf.yml types them as integers.',
    patch: (order) => {
      propertiesOf(order)['taxTotal'] = { type: 'number' };
      propertiesOf(order)['taxes'] = arrayOf({ type: 'object', properties: { name: { type: 'string' }, amount: { type: 'number' } } });
    },
  },
  {
    file: 'carts.sf.yml',
    schema: 'requestLineItemPut',
    why:
      'The gift certificate variants define a `giftCertificate` property but require `giftCertificates` (a typo: no body ' +
      'could name the property and meet the requirement); checkouts.sf.yml `cart_Put` names it `giftCertificate`.',
    patch: (put) => {
      for (const variant of put['anyOf'] as Json[]) {
        variant['required'] = (variant['required'] as string[]).map((key) => (key === 'giftCertificates' ? 'giftCertificate' : key));
      }
    },
  },
  {
    file: 'orders.sf.yml',
    schema: 'Status',
    why: "The real store prefixes statuses (ORDER_STATUS_AWAITING_FULFILLMENT), as checkout-sdk's order mock shows.",
    patch: (status) => {
      status['enum'] = (status['enum'] as string[]).map((value) => `ORDER_STATUS_${value}`);
    },
  },
];
