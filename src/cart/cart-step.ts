import type { Storefront } from '../config/types';
import { NotFoundError } from '../errors/not-found-error';
import { addCartItems, createCart, deleteCart, deleteCartItem, updateCartCurrency, updateCartItem } from './cart-api';
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
 * @returns the cart after the change; null when it was deleted
 * @throws {NotFoundError} for a change of a line or cart this cart does not hold; otherwise as the cart functions
 */
export async function sendStep(storefront: Storefront, include: readonly CartInclude[] | undefined, { kind, id, parts, value }: Step, cart: Cart | null): Promise<Cart | null> {
  const guard = { include, version: cart?.version };
  if (kind === 'add') return cart ? addCartItems(storefront, cart.id, mergeItems(parts!), guard) : createCart(storefront, mergeItems(parts!), { include });
  if (kind === 'clear') return cart && deleteCart(storefront, cart.id).then(() => null);
  const line = cart && [...cart.lineItems.physicalItems, ...cart.lineItems.digitalItems].find((item) => item.id === id);
  if (!cart || (kind === 'put' && !line)) throw new NotFoundError(OPERATIONS[kind], cart ? 'no such line' : 'no cart');
  if (kind === 'currency') return updateCartCurrency(storefront, cart.id, value as string, { include });
  if (kind === 'del') return deleteCartItem(storefront, cart.id, id!, guard);
  const { productId, variantId, options: chosen } = line!;
  // The endpoint takes the whole configuration: resend the variant and, when the cart holds
  // them (`include`), the option choices, so a quantity change keeps a line's modifiers.
  const optionSelections = chosen?.map((o) => ({ optionId: o.nameId!, optionValue: o.valueId ?? o.value! }));
  return updateCartItem(storefront, cart.id, id!, { productId, quantity: value as number, ...(variantId ? { variantId } : {}), ...(optionSelections?.length ? { optionSelections } : {}) }, guard);
}
