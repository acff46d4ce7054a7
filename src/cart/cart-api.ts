import type { Storefront } from '../config/types';
import { isCart, rest } from '../rest/rest';
import type { Cart, CartItemsInput, CartMutationOptions, CartRequestOptions, LineItemInput } from './types';
import { check } from '../rest/validate';
import { checkCartItems, checkLineItem } from './validate';

// The REST Storefront cart endpoints, one stateless function each. They work same-origin only
// (the session cookie names the cart); a headless site on another origin uses GraphQL instead.
// Ids are checked by `rest` before any request.

/**
 * Gets the session's cart: `GET /carts` answers an array, whose first entry is the cart.
 * @returns the cart, or null when the session has none
 * @throws {StorefrontError} as `send` (retried like a query)
 * @example
 * ```ts
 * const cart = await getCart(storefront, { include: ['lineItems.physicalItems.options'] });
 * ```
 */
export async function getCart(storefront: Storefront, options?: CartRequestOptions): Promise<Cart | null> {
  const carts = await rest<Cart[]>(storefront, 'GET /carts', [], options, (v) => Array.isArray(v) && v.every(isCart));
  return carts[0] ?? null;
}

/**
 * Creates a cart with its first lines (product lines and/or gift certificates).
 * @throws {InvalidArgumentError} for a malformed line, before any request
 * @throws {ValidationError} when the store refuses a line (unknown product, out of stock)
 * @example
 * ```ts
 * const cart = await createCart(storefront, { lineItems: [{ productId: 77, quantity: 1 }] });
 * ```
 */
export async function createCart(storefront: Storefront, items: CartItemsInput & { locale?: string }, options?: CartRequestOptions): Promise<Cart> {
  checkCartItems('POST /carts', items);
  return rest(storefront, 'POST /carts', [], { ...options, body: items }, isCart);
}

/**
 * Adds lines to a cart; with `version`, a concurrent change makes it fail with 409.
 * @throws {InvalidArgumentError} for a malformed id or line, before any request
 * @throws {ConflictError} when `version` is stale; {NotFoundError} when the cart is gone
 * @example
 * ```ts
 * cart = await addCartItems(storefront, cart.id, { lineItems: [{ productId: 77, quantity: 2 }] }, { version: cart.version });
 * ```
 */
export async function addCartItems(storefront: Storefront, cartId: string, items: CartItemsInput, { version, ...options }: CartMutationOptions = {}): Promise<Cart> {
  const operation = 'POST /carts/{cartId}/items';
  checkCartItems(operation, items);
  return rest(storefront, operation, [cartId], { ...options, body: { ...items, version } }, isCart);
}

/**
 * Changes one product line: its quantity, or its variant or options (the endpoint wants the
 * product named again).
 * @throws {InvalidArgumentError} for a malformed id or line, before any request
 * @throws {ConflictError} when `version` is stale; {NotFoundError} when the cart or line is gone
 * @example
 * ```ts
 * await updateCartItem(storefront, cart.id, line.id, { productId: line.productId, quantity: 3 }, { version: cart.version });
 * ```
 */
export async function updateCartItem(storefront: Storefront, cartId: string, itemId: string, lineItem: LineItemInput, { version, ...options }: CartMutationOptions = {}): Promise<Cart> {
  const operation = 'PUT /carts/{cartId}/items/{itemId}';
  checkLineItem(operation, lineItem, 'lineItem');
  return rest(storefront, operation, [cartId, itemId], { ...options, body: { lineItem, version } }, isCart);
}

/**
 * Removes one line; removing the last one deletes the cart.
 * @returns the cart without the line, or null when the cart went with it
 * @throws {InvalidArgumentError} for a malformed id; {ConflictError} for a stale `version`
 * @example
 * ```ts
 * const cart = await deleteCartItem(storefront, cart.id, line.id, { version: cart.version });
 * ```
 */
export async function deleteCartItem(storefront: Storefront, cartId: string, itemId: string, { version, ...options }: CartMutationOptions = {}): Promise<Cart | null> {
  const body = { version };
  const cart = await rest<Cart | undefined>(storefront, 'DELETE /carts/{cartId}/items/{itemId}', [cartId, itemId], { ...options, body }, (v) => !v || isCart(v));
  return cart ?? null;
}

/**
 * Deletes a cart; it cannot be recovered.
 * @throws {InvalidArgumentError} for a malformed id; {NotFoundError} when it is already gone
 * @example
 * ```ts
 * await deleteCart(storefront, cart.id);
 * ```
 */
export async function deleteCart(storefront: Storefront, cartId: string, options?: Pick<CartRequestOptions, 'signal'>): Promise<void> {
  await rest(storefront, 'DELETE /carts/{cartId}', [cartId], options);
}

/**
 * Changes the cart's currency; promotions and gift certificates that do not apply are removed.
 * @throws {InvalidArgumentError} for a code that is not ISO 4217; {ValidationError} for one the store lacks
 * @example
 * ```ts
 * const cart = await updateCartCurrency(storefront, cart.id, 'EUR');
 * ```
 */
export async function updateCartCurrency(storefront: Storefront, cartId: string, currencyCode: string, options?: CartRequestOptions): Promise<Cart> {
  const operation = 'POST /carts/{cartId}/currency';
  check(/^[A-Z]{3}$/.test(currencyCode), operation, 'currencyCode', 'must be an ISO 4217 code such as "EUR"');
  // The spec documents an array answer (as GET /carts); a single cart is read as well.
  const answer = await rest<Cart | Cart[]>(storefront, operation, [cartId], { ...options, body: { currencyCode } }, (v) => isCart([v].flat()[0]));
  return [answer].flat()[0]!;
}
