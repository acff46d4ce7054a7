import { randomBytes } from 'node:crypto';
import { restStore } from '../rest/store';
import type { SimCart } from '../rest/types';
import type { SimulatorState } from './route';

/** Path of the links that load a cart into a browser session (BigCommerce's `cart.php`). */
export const CART_LINK_PATH = '/cart.php';

// token → cart id, per simulator. A link works while its cart exists, as often as it is opened
// (an embedded checkout frame may reload).
const tables = new WeakMap<SimulatorState, Map<string, string>>();

function tableOf(state: SimulatorState): Map<string, string> {
  let table = tables.get(state);
  if (!table) tables.set(state, (table = new Map()));
  return table;
}

/** The URLs `createCartRedirectUrls` answers for a cart, on the store's origin, shaped like BigCommerce's. */
export function cartRedirectUrls(state: SimulatorState, cart: SimCart, origin: string): { redirectedCheckoutUrl: string; embeddedCheckoutUrl: string } {
  const token = randomBytes(32).toString('hex');
  tableOf(state).set(token, cart.id);
  const query = `action=loadInCheckout&id=${encodeURIComponent(cart.id)}&token=${token}`;
  return {
    redirectedCheckoutUrl: `${origin}${CART_LINK_PATH}?${query}`,
    embeddedCheckoutUrl: `${origin}${CART_LINK_PATH}?embedded=1&${query}`,
  };
}

/** The cart a link names, when its token was issued for that cart and the cart still exists. */
export function cartOfLink(state: SimulatorState, cartId: string | null, token: string | null): SimCart | undefined {
  if (cartId === null || token === null || tableOf(state).get(token) !== cartId) return undefined;
  return restStore(state).carts.get(cartId);
}
