// The cart over the GraphQL Storefront API, for a page on another origin than the store's (a
// headless site): no session cookie is needed, the cart is named by its id. Documents go out as
// strings over `send` itself, without graphql-request: a cart widget then carries no GraphQL client.
import type { Storefront } from '../config/types';
import { ConflictError } from '../errors/conflict-error';
import type { GraphQLResponseError } from '../errors/graphql-response-error';
import { MalformedResponseError } from '../errors/malformed-response-error';
import { NotFoundError } from '../errors/not-found-error';
import { ValidationError } from '../errors/validation-error';
import { graphqlError, isObject } from '../graphql/graphql-error';
import {
  AddCartLineItemsDocument,
  CartByIdDocument,
  CreateCartDocument,
  DeleteCartDocument,
  DeleteCartLineItemDocument,
  UpdateCartCurrencyDocument,
  UpdateCartLineItemDocument,
  type CartFieldsFragment,
} from '../graphql/generated/graphql';
import { send } from '../http/send';
import type { CartTransport } from './cart-transport';
import { toCart, toLinesInput } from './graphql-cart-map';
import { mergeItems } from './merge-items';
import type { Cart } from './types';

/**
 * Sends one cart document and resolves with its `data`. A query retries as every query does; a
 * mutation is resent only after a 429 or 503, as the REST cart's are (the store did no work).
 * `errors` become the error the REST API's status would have: CART_CONFLICT a ConflictError (the
 * manager's 409), a *_NOT_FOUND code a NotFoundError, any other code a ValidationError with the
 * store's message as `title` and the code as `type`; auth codes an UnauthorizedError.
 */
const call = async (storefront: Storefront, document: string | String, variables: object): Promise<any> => {
  const query = String(document);
  const [, kind, operation] = /(\w+) (\w+)/.exec(query)! as unknown as [string, string, string];
  const { token, customerAccessToken, locale } = storefront;
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (customerAccessToken) headers['x-bc-customer-access-token'] = customerAccessToken;
  if (locale) headers['accept-language'] = locale;
  const response = await send(storefront, {
    url: storefront.graphqlUrl,
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables, operationName: operation }),
    operation,
    retry: kind == 'query' || 'refused',
  });
  let answer;
  try {
    answer = JSON.parse(await response.text());
  } catch (cause) {
    throw new MalformedResponseError(operation, 'the answer is not a GraphQL JSON object', { cause });
  }
  const { data, errors } = isObject(answer) ? answer : ({} as Record<string, any>);
  if (Array.isArray(errors) ? errors.length : errors) {
    const error = graphqlError(operation, errors, data, [token, customerAccessToken]);
    const [first] = (error as GraphQLResponseError).errors ?? [];
    const code = first?.code;
    const init = { cause: error };
    if (!code || error.code != 'ERR_GRAPHQL') throw error;
    if (code == 'CART_CONFLICT') throw new ConflictError(operation, `the cart changed (${code})`, init);
    if (/NOT_FOUND$/.test(code)) throw new NotFoundError(operation, `not found (${code})`, init);
    throw new ValidationError(operation, { title: first!.message, type: code }, init);
  }
  if (!isObject(data)) throw new MalformedResponseError(operation, 'the answer has no data');
  return data;
};

/** Reads the cart a mutation answered; a missing one is a MalformedResponseError, as over REST. */
const cartOf = (storefront: Storefront, include: readonly string[] | undefined, node: CartFieldsFragment | null | undefined, optional?: boolean): Cart | null => {
  try {
    return node || !optional ? toCart(node!, storefront.storeOrigin, include) : null;
  } catch (cause) {
    throw new MalformedResponseError('cart', 'the answer does not fit the operation', { cause });
  }
};

/**
 * The cart over the GraphQL Storefront API (`site.cart`, `cart.createCart`, `addCartLineItems`,
 * `updateCartLineItem`, `deleteCartLineItem`, `deleteCart`, `updateCartCurrency`), for a headless
 * site on its own origin: the REST Storefront API answers only the store's own pages. The cart
 * is named by its id, which the cart store keeps (`persistence`); give a bare manager its
 * `cartId`. Answers are the REST-shaped `Cart` and errors the REST transport's kinds (a stale
 * `version` ConflictError, a cart that is gone NotFoundError, a refused line ValidationError), so
 * the manager's guarantees hold unchanged. Line options: a numeric `optionValue` is sent as a
 * multiple choice, a string as a text field; a quantity change resends the line's variant and,
 * with `include`, its options (as the REST transport does).
 * @example
 * ```ts
 * const $cart = createCartStore(storefront, { transport: graphqlCart });
 * ```
 */
export const graphqlCart: CartTransport = {
  async load(storefront, include, id) {
    return id ? cartOf(storefront, include, (await call(storefront, CartByIdDocument, { entityId: id })).site?.cart, true) : null;
  },
  async send(storefront, include, { kind, id, parts, value }, cart) {
    const cartEntityId = cart?.id;
    const version = cart?.version;
    const change = async (document: string | String, input: object, field: string, optional?: boolean) =>
      cartOf(storefront, include, (await call(storefront, document, { input }))?.cart?.[field]?.cart, optional);
    if (kind === 'add') {
      const data = toLinesInput(mergeItems(parts!));
      return cart ? change(AddCartLineItemsDocument, { cartEntityId, data, version }, 'addCartLineItems') : change(CreateCartDocument, data, 'createCart');
    }
    if (kind === 'clear') return cart && call(storefront, DeleteCartDocument, { input: { cartEntityId } }).then(() => null);
    const line = cart && [...cart.lineItems.physicalItems, ...cart.lineItems.digitalItems].find((item) => item.id === id);
    if (!cart || (kind === 'put' && !line)) throw new NotFoundError('cart', cart ? 'no such line' : 'no cart');
    if (kind === 'currency') return change(UpdateCartCurrencyDocument, { cartEntityId, data: { currencyCode: value } }, 'updateCartCurrency');
    if (kind === 'del') return change(DeleteCartLineItemDocument, { cartEntityId, lineItemEntityId: id, version }, 'deleteCartLineItem', true);
    const { productId, variantId, options: chosen } = line!;
    // As over REST: the variant and (when the cart holds them, `include`) the option choices go
    // along, so a quantity change keeps a line's modifiers.
    const optionSelections = chosen?.map((o) => ({ optionId: o.nameId!, optionValue: o.valueId ?? o.value! }));
    const [lineItem] = toLinesInput({ lineItems: [{ productId, quantity: value as number, ...(variantId ? { variantId } : {}), ...(optionSelections?.length ? { optionSelections } : {}) }] }).lineItems!;
    return change(UpdateCartLineItemDocument, { cartEntityId, lineItemEntityId: id, data: { lineItem }, version }, 'updateCartLineItem');
  },
};
