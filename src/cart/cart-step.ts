import type { Storefront } from '../config/types';
import { NotFoundError } from '../errors/not-found-error';
import { isCart, rest } from '../rest/rest';
import type { Step } from './cart-manager-types';
import { mergeItems } from './merge-items';
import type { Cart, CartInclude } from './types';

/** The operation each line or currency step names in its errors. */
export const OPERATIONS = {
  put: 'PUT /carts/{cartId}/items/{itemId}',
  del: 'DELETE /carts/{cartId}/items/{itemId}',
  currency: 'POST /carts/{cartId}/currency',
} as Record<string, string> & Record<'put' | 'del' | 'currency', string>;

/**
 * Sends one step of the cart manager's queue against `cart` (null: none yet), with its version.
 * An add without a cart creates one; a change of a line or cart that is not there fails here.
 * It calls `rest` itself, not the cart functions: the manager has checked the caller's input
 * already and the rest comes from the store's own cart, so the functions' checks and option
 * handling would only add weight to the cart widget. Operations, bodies and includes are theirs.
 * @returns the cart after the change; null when it was deleted
 * @throws {NotFoundError} for a change of a line or cart this cart does not hold; otherwise as the cart functions
 */
export async function sendStep(storefront: Storefront, include: readonly CartInclude[] | undefined, { kind, id, parts, value }: Step, cart: Cart | null): Promise<Cart | null> {
  const version = cart?.version;
  const call = (operation: string, body: object, shape: (value: any) => unknown = isCart): Promise<any> =>
    rest(storefront, operation, [cart?.id!, id!], { include, body }, shape);
  if (kind === 'add') return cart ? call('POST /carts/{cartId}/items', { ...mergeItems(parts!), version }) : call('POST /carts', mergeItems(parts!));
  if (kind === 'clear') return cart && rest(storefront, 'DELETE /carts/{cartId}', [cart.id]).then(() => null);
  const line = cart && [...cart.lineItems.physicalItems, ...cart.lineItems.digitalItems].find((item) => item.id === id);
  if (!cart || (kind === 'put' && !line)) throw new NotFoundError(OPERATIONS[kind], cart ? 'no such line' : 'no cart');
  // The spec documents an array answer (as GET /carts); a single cart is read as well.
  if (kind === 'currency') return [await call(OPERATIONS.currency, { currencyCode: value }, (v) => isCart([v].flat()[0]))].flat()[0];
  if (kind === 'del') return (await call(OPERATIONS.del, { version }, (v) => !v || isCart(v))) ?? null;
  const { productId, variantId, options: chosen } = line!;
  // The endpoint takes the whole configuration: resend the variant and, when the cart holds
  // them (`include`), the option choices, so a quantity change keeps a line's modifiers.
  const optionSelections = chosen?.map((o) => ({ optionId: o.nameId!, optionValue: o.valueId ?? o.value! }));
  const lineItem = { productId, quantity: value as number, ...(variantId ? { variantId } : {}), ...(optionSelections?.length ? { optionSelections } : {}) };
  return call(OPERATIONS.put, { lineItem, version });
}
