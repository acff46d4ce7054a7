// Coupons (discounts) and gift certificates and store credit (payments) of a checkout.
import type { SimulatorState } from '../server/route';
import { invalidInput, notFound, restError, unprocessable } from './errors';
import { checkVersion, type JsonObject } from './input';
import { cartCustomer } from './pricing';
import { restStore } from './store';
import type { SimCart } from './types';

/**
 * `POST .../coupons` `{ couponCode }`. Applying an applied coupon again changes nothing.
 * @returns whether the checkout changed.
 * @throws RestError 400 for a missing or unknown code, 409 on a stale version.
 */
export function applyCoupon(state: SimulatorState, cart: SimCart, body: JsonObject): boolean {
  checkVersion(body, cart.version);
  const code = body['couponCode'];
  if (typeof code !== 'string' || code.trim() === '') throw invalidInput('couponCode is required.');
  const coupon = restStore(state).coupons.find((c) => c.code.toLowerCase() === code.trim().toLowerCase());
  if (!coupon) throw restError(400, 'The coupon code you entered is not valid.', `Coupon code "${code}" does not exist.`);
  if (cart.lines.length === 0) throw unprocessable('The coupon code cannot be applied.', 'Coupons apply to products; this cart holds none.');
  if (cart.couponCodes.includes(coupon.code)) return false;
  cart.couponCodes.push(coupon.code);
  return true;
}

/**
 * `DELETE .../coupons/{code}`.
 * @throws RestError 404 when the coupon is not applied, 409 on a stale version.
 */
export function removeCoupon(cart: SimCart, code: string, body: JsonObject): void {
  checkVersion(body, cart.version);
  const applied = cart.couponCodes.find((c) => c.toLowerCase() === code.toLowerCase());
  if (!applied) throw notFound(`Coupon ${code}`);
  cart.couponCodes = cart.couponCodes.filter((c) => c !== applied);
}

/**
 * `POST .../gift-certificates` `{ giftCertificateCode }`. Gift certificates pay the outstanding
 * balance in the order applied; they cannot pay for gift certificates.
 * @returns whether the checkout changed.
 * @throws RestError 400 without a code, 404 for an unknown code, 422 for an empty certificate or a cart buying certificates.
 */
export function applyGiftCertificate(state: SimulatorState, cart: SimCart, body: JsonObject): boolean {
  checkVersion(body, cart.version);
  const code = body['giftCertificateCode'];
  if (typeof code !== 'string' || code.trim() === '') throw invalidInput('giftCertificateCode is required.');
  const certificate = restStore(state).giftCertificates.get(code.trim().toUpperCase());
  if (!certificate) throw restError(404, 'Gift certificate code not found', `Gift certificate "${code}" does not exist.`);
  if (certificate.balance <= 0) throw unprocessable('This gift certificate has no remaining balance.');
  if (cart.giftCertificateLines.length > 0) throw unprocessable('You are not able to purchase a gift certificate with a gift certificate.');
  if (cart.giftCertificateCodes.includes(certificate.code)) return false;
  cart.giftCertificateCodes.push(certificate.code);
  return true;
}

/**
 * `DELETE .../gift-certificates/{code}`.
 * @throws RestError 404 when the certificate is not applied.
 */
export function removeGiftCertificate(cart: SimCart, code: string): void {
  const applied = cart.giftCertificateCodes.find((c) => c === code.toUpperCase());
  if (!applied) throw notFound(`Gift certificate ${code}`);
  cart.giftCertificateCodes = cart.giftCertificateCodes.filter((c) => c !== applied);
}

/**
 * `POST .../store-credit`: uses the signed-in customer's store credit (all of it, up to the balance due).
 * @returns whether the checkout changed.
 * @throws RestError 403 for guests, 422 when the customer has no store credit.
 */
export function applyStoreCredit(state: SimulatorState, cart: SimCart): boolean {
  const customer = cartCustomer(state, cart);
  if (!customer) throw restError(403, 'Store credit is only available to signed-in customers.', 'Sign in to use store credit.');
  if (customer.storeCredit <= 0) throw unprocessable('You have no store credit to apply.');
  if (cart.storeCreditApplied) return false;
  cart.storeCreditApplied = true;
  return true;
}
