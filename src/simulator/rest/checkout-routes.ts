import { parseAddress } from './addresses';
import { removeItem, updateItem } from './cart-routes';
import { commit, ownedCart } from './cart-ops';
import { checkoutView } from './checkout-view';
import { createConsignments, deleteConsignment, updateConsignment } from './consignments';
import { invalidInput, notFound, restError, unprocessable } from './errors';
import { checkVersion, readJson, readObject, type JsonObject } from './input';
import { applyCoupon, applyGiftCertificate, applyStoreCredit, removeCoupon, removeGiftCertificate } from './payments';
import { cartCustomer, priceCart } from './pricing';
import { ok, type RestAnswer, type RestCall, type RestEndpoint } from './router';
import type { SimulatorState } from '../server/route';
import type { SimCart } from './types';

/** Longest customer message the store keeps (checkouts.sf.yml: "2000 character limit"). */
export const MAX_CUSTOMER_MESSAGE = 2000;

function answer(call: RestCall, cart: SimCart): RestAnswer {
  return ok(checkoutView(call.state, cart, priceCart(call.state, cart), call.includes));
}

/** An endpoint on one checkout: finds it (404 for other sessions), runs `change`, commits when it changed. */
function onCheckout(
  method: string,
  path: string,
  change: (call: RestCall, cart: SimCart, body: JsonObject) => boolean | void,
  bodyKind: 'object' | 'optional' | 'none' = 'object',
): RestEndpoint {
  return {
    method,
    path: `/checkouts/{checkoutId}${path}`,
    handle: async (call) => {
      const cart = ownedCart(call.state, call.session, call.params[0]);
      const body = bodyKind === 'none' ? {} : await readObject(call.ctx, bodyKind === 'optional');
      if (change(call, cart, body) !== false) commit(call.state, cart);
      return answer(call, cart);
    },
  };
}

/**
 * Sets (or, with `addressId`, updates) the billing address from a REST-shaped body (not committed).
 * @throws RestError 404 for another address id, 400/422 for a bad address, 403 when a guest uses
 *   a registered customer's email, 409 on a stale version.
 */
export function setBillingAddress(state: SimulatorState, cart: SimCart, body: JsonObject, addressId?: string): void {
  checkVersion(body, cart.version);
  if (addressId !== undefined && cart.billingAddress?.id !== addressId) throw notFound(`Billing address ${addressId}`);
  const address = parseAddress(state.catalog, body, 'billingAddress', cart.billingAddress);
  const customer = cartCustomer(state, cart);
  if (!customer && address.email === '') throw unprocessable('Invalid address', 'billingAddress.email is required for guest shoppers.');
  if (!customer && state.catalog.customers.some((c) => c.email.toLowerCase() === address.email.toLowerCase())) {
    throw restError(403, 'The email trying to be set for the guest is associated with an account. The customer must sign in.');
  }
  if (customer && address.email === '') address.email = customer.email;
  cart.billingAddress = address;
}

/**
 * Sets the customer message from `{ customerMessage, version? }` (not committed).
 * @returns false when the body names no message (nothing changed).
 * @throws RestError 400/422 for a bad message, 409 on a stale version.
 */
export function setCustomerMessage(cart: SimCart, body: JsonObject): boolean {
  checkVersion(body, cart.version);
  const message = body['customerMessage'];
  if (message === undefined) return false;
  if (typeof message !== 'string') throw invalidInput('customerMessage must be a string.');
  if (message.length > MAX_CUSTOMER_MESSAGE) throw unprocessable('Invalid customer message', `customerMessage is limited to ${MAX_CUSTOMER_MESSAGE} characters.`);
  cart.customerMessage = message;
  return true;
}

/** The checkout endpoints of the REST Storefront API (also reachable as `/checkout/{id}`). */
export const checkoutEndpoints: readonly RestEndpoint[] = [
  { method: 'GET', path: '/checkouts/{checkoutId}', handle: (call) => answer(call, ownedCart(call.state, call.session, call.params[0])) },
  onCheckout('PUT', '', (_call, cart, body) => setCustomerMessage(cart, body)),
  onCheckout('POST', '/billing-address', (call, cart, body) => setBillingAddress(call.state, cart, body)),
  onCheckout('PUT', '/billing-address/{addressId}', (call, cart, body) => setBillingAddress(call.state, cart, body, call.params[1])),
  {
    method: 'POST',
    path: '/checkouts/{checkoutId}/consignments',
    handle: async (call) => {
      const cart = ownedCart(call.state, call.session, call.params[0]);
      createConsignments(call.state, cart, await readJson(call.ctx));
      commit(call.state, cart);
      return answer(call, cart);
    },
  },
  onCheckout('PUT', '/consignments/{consignmentId}', (call, cart, body) => updateConsignment(call.state, cart, call.params[1] as string, body)),
  onCheckout('DELETE', '/consignments/{consignmentId}', (call, cart, body) => deleteConsignment(cart, call.params[1] as string, body), 'optional'),
  onCheckout('POST', '/coupons', (call, cart, body) => applyCoupon(call.state, cart, body)),
  onCheckout('DELETE', '/coupons/{couponCode}', (call, cart, body) => removeCoupon(cart, call.params[1] as string, body), 'optional'),
  onCheckout('POST', '/gift-certificates', (call, cart, body) => applyGiftCertificate(call.state, cart, body)),
  onCheckout('DELETE', '/gift-certificates/{code}', (call, cart) => removeGiftCertificate(cart, call.params[1] as string), 'none'),
  onCheckout('POST', '/store-credit', (call, cart) => applyStoreCredit(call.state, cart), 'none'),
  onCheckout('DELETE', '/store-credit', (_call, cart) => {
    if (!cart.storeCreditApplied) return false;
    cart.storeCreditApplied = false;
  }, 'none'),
  onCheckout('POST', '/spam-protection', (_call, cart, body) => {
    const token = body['token'];
    if (typeof token !== 'string' || token.trim() === '') throw unprocessable('Invalid spam protection token', 'token is required.');
    cart.spamProtectionToken = token;
    return false; // recorded, but the cart and its totals are unchanged: no new version
  }),
  {
    method: 'PUT',
    path: '/checkouts/{checkoutId}/carts/{cartId}/items/{itemId}',
    handle: async (call) => {
      const cart = ownedCart(call.state, call.session, call.params[0]);
      if (call.params[1] !== cart.id) throw notFound(`Cart ${call.params[1] ?? ''}`);
      updateItem(call.state, cart, call.params[2] as string, await readObject(call.ctx));
      commit(call.state, cart);
      return answer(call, cart);
    },
  },
  {
    method: 'DELETE',
    path: '/checkouts/{checkoutId}/carts/{cartId}/items/{itemId}',
    handle: async (call) => {
      const cart = ownedCart(call.state, call.session, call.params[0]);
      if (call.params[1] !== cart.id) throw notFound(`Cart ${call.params[1] ?? ''}`);
      if (!removeItem(call.state, cart, call.params[2] as string, await readObject(call.ctx, true))) return { status: 204 };
      commit(call.state, cart);
      return answer(call, cart);
    },
  },
];
