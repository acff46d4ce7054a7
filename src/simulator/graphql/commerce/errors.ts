import { GraphQLError } from 'graphql';
import { RestError } from '../../rest/errors';

// BigCommerce's GraphQL API reports a refused cart or checkout change as an entry of `errors`
// (the mutation's field is null). Its messages for these cases are not published; the simulator
// sends the REST API's wording, and an `extensions.code` from the schema's own CartErrorCode and
// CheckoutErrorCode enums so clients can branch without parsing text.

/** Codes for REST refusals, matched on the REST title (first match wins). */
const CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/stock on hand/, 'INSUFFICIENT_STOCK'],
  [/maximum of/, 'MAXIMUM_QUANTITY_EXCEEDED'],
  [/minimum of/, 'MINIMUM_QUANTITY_NOT_MET'],
  [/^Product not found/, 'INVALID_PRODUCT'],
  [/^Variant not found/, 'VARIANT_NOT_PURCHASABLE'],
  [/cannot be purchased/, 'PRODUCT_NOT_PURCHASABLE'],
  [/^Invalid quantity/, 'INVALID_ITEM_QUANTITY'],
  [/^Missing required option/, 'MODIFIER_OPTIONS_REQUIRED'],
  [/^(Invalid option value|Option not found)/, 'OPTION_VALIDATION_FAILED'],
  [/^Invalid gift certificate/, 'INVALID_GIFT_CERTIFICATE_AMOUNT'],
  [/^Invalid currency/, 'CURRENCY_NOT_TRANSACTIONAL'],
  [/^Currency not found/, 'INVALID_CURRENCY'],
  [/coupon code/i, 'COUPON_INVALID'],
  [/^Invalid shipping option/, 'INVALID_SHIPPING_OPTION'],
  [/^Invalid line item/, 'ITEM_NOT_FOUND'],
  [/^Invalid address/, 'INCOMPLETE_BILLING_ADDRESS'],
];

function codeOf(error: RestError, title: string, detail: string | undefined): string | undefined {
  if (error.status === 409) return 'CART_CONFLICT';
  if (error.status === 404) {
    if (/^Consignment/.test(detail ?? '')) return 'CONSIGNMENT_NOT_FOUND';
    if (/^Line item/.test(detail ?? '')) return 'ITEM_NOT_FOUND';
    if (/^Cart/.test(detail ?? '')) return 'CART_NOT_FOUND';
  }
  if (error.status === 400 && /^Send at least one item/.test(detail ?? '')) return 'EMPTY_CART_CREATION';
  return CODES.find(([pattern]) => pattern.test(title))?.[1];
}

/** A GraphQL error saying what a REST refusal says, with a code where the schema has one. */
export function graphqlErrorOf(error: RestError): GraphQLError {
  const body = error.body as { title?: unknown; detail?: unknown };
  const title = typeof body.title === 'string' ? body.title : `Request refused (${error.status})`;
  const detail = typeof body.detail === 'string' ? body.detail : undefined;
  const message = detail === undefined ? title : `${title}${/[.!?]$/.test(title) ? ' ' : ': '}${detail}`;
  const code = codeOf(error, title, detail);
  return new GraphQLError(message, { extensions: code === undefined ? {} : { code } });
}

/** Runs a change built on the REST functions, turning their refusals into GraphQL errors. */
export function asGraphQL<T>(change: () => T): T {
  try {
    return change();
  } catch (error) {
    if (error instanceof RestError) throw graphqlErrorOf(error);
    throw error;
  }
}

/** The error for a cart or checkout id the request cannot reach (missing, or another customer's). */
export function cartNotFound(kind: 'Cart' | 'Checkout', id: string): GraphQLError {
  return new GraphQLError(`${kind} ${id} was not found.`, { extensions: { code: 'CART_NOT_FOUND' } });
}
