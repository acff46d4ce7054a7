import { indexCatalog } from '../graphql/catalog-index';
import { commit, createCart, deleteCart, mergeItems, ownedCart, parseGiftCertificate } from './cart-ops';
import { cartView } from './cart-view';
import { invalidInput, notFound, restError, unprocessable } from './errors';
import { checkVersion, isObject, readObject } from './input';
import { checkStock, resolveLineItem } from './line-items';
import { priceCart } from './pricing';
import { ok, type RestAnswer, type RestCall, type RestEndpoint } from './router';
import { restStore } from './store';
import type { SimulatorState } from '../server/route';
import type { SimCart } from './types';

function cartBody(call: RestCall, cart: SimCart): Record<string, unknown> {
  // Digital items would take `lineItems.digitalItems.options`; the simulated catalog sells none.
  const options = call.includes.has('lineItems.physicalItems.options');
  return cartView(call.state, cart, priceCart(call.state, cart), { flavour: 'cart', options, categoryNames: false });
}

/** The session's cart, or undefined when it has none (or it was deleted or ordered). */
function sessionCart(call: RestCall): SimCart | undefined {
  const id = call.session.cartId;
  const cart = id === undefined ? undefined : restStore(call.state).carts.get(id);
  return cart?.ownerSession === call.session.id ? cart : undefined;
}

/**
 * `PUT .../items/{itemId}`: a product line's quantity, variant or options, or a gift certificate line.
 * @throws RestError 404 for an unknown item, 400/422 for a bad body, 422 when stock refuses.
 */
export function updateItem(state: SimulatorState, cart: SimCart, itemId: string, body: Record<string, unknown>): void {
  checkVersion(body, cart.version);
  const index = indexCatalog(state.catalog);
  const giftAt = cart.giftCertificateLines.findIndex((g) => g.id === itemId);
  if (giftAt >= 0) {
    if (!isObject(body['giftCertificate'])) throw invalidInput('giftCertificate is required to update a gift certificate item.');
    cart.giftCertificateLines[giftAt] = parseGiftCertificate(body['giftCertificate'], 'giftCertificate', itemId);
    return;
  }
  const line = cart.lines.find((l) => l.id === itemId);
  if (!line) throw notFound(`Line item ${itemId}`);
  if (!isObject(body['lineItem'])) throw invalidInput('lineItem is required.');
  const raw = { productId: line.productId, variantId: line.variantId, ...body['lineItem'] };
  if (raw.productId !== line.productId) throw unprocessable('Invalid line item', 'lineItem.productId must be the product of the line; remove the line and add the new product.');
  // Options are kept unless the request names new ones (or a new variant).
  if (body['lineItem']['optionSelections'] === undefined && body['lineItem']['variantId'] === undefined) {
    Object.assign(raw, { optionSelections: line.options.map((o) => ({ optionId: o.optionId, optionValue: o.valueId ?? o.value })) });
  }
  const resolved = resolveLineItem(index, raw, 'lineItem.');
  const next = cart.lines.map((l) => (l.id === itemId ? { ...l, ...resolved } : l));
  checkStock(index, next);
  cart.lines = next;
}

/**
 * `DELETE .../items/{itemId}`: removes a line; removing the last one deletes the cart.
 * @returns whether the cart still exists.
 * @throws RestError 404 for an unknown item, 409 on a stale version.
 */
export function removeItem(state: SimulatorState, cart: SimCart, itemId: string, body: Record<string, unknown>): boolean {
  checkVersion(body, cart.version);
  const before = cart.lines.length + cart.giftCertificateLines.length;
  cart.lines = cart.lines.filter((l) => l.id !== itemId);
  cart.giftCertificateLines = cart.giftCertificateLines.filter((g) => g.id !== itemId);
  if (cart.lines.length + cart.giftCertificateLines.length === before) throw notFound(`Line item ${itemId}`);
  if (before > 1) return true;
  deleteCart(state, cart);
  return false;
}

/**
 * Adds `lineItems` and `giftCertificates` of a body to a cart (not committed).
 * @throws RestError 400/422 as `mergeItems` does, 409 on a stale version.
 */
export function addItems(state: SimulatorState, cart: SimCart, body: Record<string, unknown>): void {
  checkVersion(body, cart.version);
  const { lines, gifts } = mergeItems(indexCatalog(state.catalog), body, cart.lines, cart.giftCertificateLines);
  cart.lines = lines;
  cart.giftCertificateLines = gifts;
}

/**
 * Switches a cart to another transactional currency, committing when it changed.
 * @throws RestError 404 for a currency the store has not enabled, 422 for a display-only one.
 */
export function changeCartCurrency(state: SimulatorState, cart: SimCart, code: string): void {
  const currency = indexCatalog(state.catalog).currency.get(code.toUpperCase());
  if (!currency) throw restError(404, 'Currency not found', `Currency ${code} is not enabled on this store.`);
  if (!currency.isTransactional) throw unprocessable('Invalid currency', `${currency.code} is a display currency; carts can only use transactional currencies.`);
  if (cart.currencyCode !== currency.code) {
    cart.currencyCode = currency.code;
    commit(state, cart);
  }
}

async function changeCurrency(call: RestCall): Promise<RestAnswer> {
  const cart = ownedCart(call.state, call.session, call.params[0]);
  const body = await readObject(call.ctx);
  checkVersion(body, cart.version);
  const code = body['currencyCode'];
  if (typeof code !== 'string') throw invalidInput('currencyCode is required.');
  changeCartCurrency(call.state, cart, code);
  // carts.sf.yml answers this operation with `getCarts`: an array holding the cart.
  return ok([cartBody(call, cart)]);
}

/** The cart endpoints of the REST Storefront API. */
export const cartEndpoints: readonly RestEndpoint[] = [
  { method: 'GET', path: '/carts', handle: (call) => ok(((cart) => (cart ? [cartBody(call, cart)] : []))(sessionCart(call))) },
  {
    method: 'POST',
    path: '/carts',
    handle: async (call) => ok(cartBody(call, createCart(call.state, call.session, call.origin, await readObject(call.ctx)))),
  },
  { method: 'GET', path: '/carts/{cartId}', handle: (call) => ok(cartBody(call, ownedCart(call.state, call.session, call.params[0]))) },
  {
    method: 'DELETE',
    path: '/carts/{cartId}',
    handle: (call) => {
      deleteCart(call.state, ownedCart(call.state, call.session, call.params[0]));
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: '/carts/{cartId}/items',
    handle: async (call) => {
      const cart = ownedCart(call.state, call.session, call.params[0]);
      addItems(call.state, cart, await readObject(call.ctx));
      commit(call.state, cart);
      return ok(cartBody(call, cart));
    },
  },
  {
    method: 'PUT',
    path: '/carts/{cartId}/items/{itemId}',
    handle: async (call) => {
      const cart = ownedCart(call.state, call.session, call.params[0]);
      updateItem(call.state, cart, call.params[1] as string, await readObject(call.ctx));
      commit(call.state, cart);
      return ok(cartBody(call, cart));
    },
  },
  {
    method: 'DELETE',
    path: '/carts/{cartId}/items/{itemId}',
    handle: async (call) => {
      const cart = ownedCart(call.state, call.session, call.params[0]);
      if (!removeItem(call.state, cart, call.params[1] as string, await readObject(call.ctx, true))) return { status: 204 };
      commit(call.state, cart);
      return ok(cartBody(call, cart));
    },
  },
  { method: 'POST', path: '/carts/{cartId}/currency', handle: changeCurrency },
];
