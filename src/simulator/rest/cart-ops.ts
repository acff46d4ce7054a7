import { randomUUID } from 'node:crypto';
import { indexCatalog, type CatalogIndex } from '../graphql/catalog-index';
import type { SimulatorState } from '../server/route';
import { sessionsOf, type ShopperSession } from '../server/session';
import { invalidInput, notFound, unprocessable } from './errors';
import { isEmail, isObject, type JsonObject } from './input';
import { checkStock, readQuantity, resolveLineItem, sameConfiguration } from './line-items';
import { priceCart } from './pricing';
import { restStore } from './store';
import type { CartLine, GiftCertificateLine, SimCart } from './types';

/** Gift certificate themes the store offers (`theme` of the specs). */
export const GIFT_CERTIFICATE_THEMES = ['Birthday', 'Boy', 'Celebration', 'Christmas', 'General', 'Girl'];

/** A time as BigCommerce writes it: `2021-03-04T14:17:50+00:00`. */
export function bcTime(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/**
 * The cart with this id, if the session owns it.
 * @throws RestError 404 otherwise (another session's cart is as invisible as a missing one).
 */
export function ownedCart(state: SimulatorState, session: ShopperSession, id: string | undefined): SimCart {
  const cart = id === undefined ? undefined : restStore(state).carts.get(id);
  if (!cart || cart.ownerSession !== session.id) throw notFound(`Cart ${id ?? ''}`);
  return cart;
}

/**
 * Records a successful change: new version and time, items gone from the cart dropped from
 * consignments, and shipping selections that no longer apply cleared.
 */
export function commit(state: SimulatorState, cart: SimCart): void {
  const ids = new Set(cart.lines.map((l) => l.id));
  for (const consignment of cart.consignments) consignment.lineItemIds = consignment.lineItemIds.filter((id) => ids.has(id));
  cart.consignments = cart.consignments.filter((c) => c.lineItemIds.length > 0);
  for (const { consignment, selected } of priceCart(state, cart).consignments) {
    if (selected === undefined) consignment.selectedShippingOptionId = undefined;
  }
  cart.version += 1;
  cart.updatedTime = bcTime();
}

/** Deletes a cart (and forgets it as its session's cart). */
export function deleteCart(state: SimulatorState, cart: SimCart): void {
  restStore(state).carts.delete(cart.id);
  const owner = sessionsOf(state).get(cart.ownerSession);
  if (owner?.cartId === cart.id) owner.cartId = undefined;
}

function contact(raw: unknown, where: string): { name: string; email: string } {
  if (!isObject(raw) || typeof raw['name'] !== 'string' || typeof raw['email'] !== 'string') {
    throw invalidInput(`${where} must be { name, email }.`);
  }
  if (!isEmail(raw['email'])) throw unprocessable('Invalid email address', `${where}.email "${raw['email']}" is not a valid email address.`);
  return { name: raw['name'], email: raw['email'] };
}

/**
 * Reads a gift certificate line (`requestLineItemGiftCertificate`).
 * @throws RestError 400 for missing fields or wrong types, 422 for out-of-range values.
 */
export function parseGiftCertificate(raw: unknown, where: string, id: string = randomUUID()): GiftCertificateLine {
  if (!isObject(raw)) throw invalidInput(`${where} must be an object.`);
  const { amount, name, theme, message } = raw;
  if (typeof amount !== 'number') throw invalidInput(`${where}.amount must be a number.`);
  if (typeof name !== 'string' || typeof theme !== 'string') throw invalidInput(`${where}.name and theme must be strings.`);
  if (message !== undefined && typeof message !== 'string') throw invalidInput(`${where}.message must be a string.`);
  if (!(amount >= 1 && amount <= 1000)) throw unprocessable('Invalid gift certificate', `${where}.amount must be between 1.00 and 1,000.00.`);
  if (!GIFT_CERTIFICATE_THEMES.includes(theme)) throw unprocessable('Invalid gift certificate', `${where}.theme "${theme}" is not offered.`);
  if ((message ?? '').length > 200) throw unprocessable('Invalid gift certificate', `${where}.message is limited to 200 characters.`);
  return {
    id, name, theme, amount: Math.round(amount * 100) / 100, message: message ?? '',
    quantity: readQuantity(raw['quantity'], `${where}.`),
    sender: contact(raw['sender'], `${where}.sender`),
    recipient: contact(raw['recipient'], `${where}.recipient`),
  };
}

/**
 * Reads `lineItems` and `giftCertificates` of a create or add request and merges them into the
 * given lines (identical configurations add up, as on the real store), checking stock on the result.
 * @throws RestError 400 when neither list is given, 422 when an item or the stock refuses.
 */
export function mergeItems(index: CatalogIndex, body: JsonObject, lines: CartLine[], gifts: GiftCertificateLine[]): { lines: CartLine[]; gifts: GiftCertificateLine[] } {
  const rawLines = body['lineItems'] ?? [];
  const rawGifts = body['giftCertificates'] ?? [];
  if (!Array.isArray(rawLines) || !Array.isArray(rawGifts)) throw invalidInput('lineItems and giftCertificates must be arrays.');
  if (rawLines.length + rawGifts.length === 0) throw invalidInput('Send at least one item in lineItems or giftCertificates.');
  const merged = lines.map((line) => ({ ...line }));
  rawLines.forEach((raw: unknown, i) => {
    const resolved = resolveLineItem(index, raw, `lineItems[${i}].`);
    const same = merged.find((line) => sameConfiguration(line, resolved));
    if (same) same.quantity += resolved.quantity;
    else merged.push({ id: randomUUID(), ...resolved });
  });
  checkStock(index, merged);
  return { lines: merged, gifts: [...gifts, ...rawGifts.map((raw: unknown, i) => parseGiftCertificate(raw, `giftCertificates[${i}]`))] };
}

/** Reads the optional `currency: { code }` (or `currencyCode`) of a create request. */
function currencyOf(state: SimulatorState, body: JsonObject): string {
  const raw = isObject(body['currency']) ? body['currency']['code'] : body['currencyCode'];
  const fallback = state.catalog.settings.defaultCurrency;
  if (raw === undefined || raw === null) return fallback;
  const currency = typeof raw === 'string' ? indexCatalog(state.catalog).currency.get(raw.toUpperCase()) : undefined;
  if (!currency || !currency.isTransactional) throw unprocessable('Invalid currency', `Currency ${String(raw)} cannot be used for a cart.`);
  return currency.code;
}

/**
 * Creates a cart from a `POST /carts` body. With a session, it becomes the session's cart (the
 * earlier one stays reachable by id but is no longer the one `GET /carts` answers); without one
 * (GraphQL from a server), only its id reaches it.
 * @param customerId the customer it belongs to; defaults to the one signed in to the session.
 * @throws RestError 400/422 as {@link mergeItems} does.
 */
export function createCart(
  state: SimulatorState,
  session: ShopperSession | undefined,
  origin: string,
  body: JsonObject,
  customerId: number | undefined = session?.customerId,
): SimCart {
  const locale = body['locale'];
  if (locale !== undefined && typeof locale !== 'string') throw invalidInput('locale must be a string.');
  const { lines, gifts } = mergeItems(indexCatalog(state.catalog), body, [], []);
  const now = bcTime();
  const cart: SimCart = {
    id: randomUUID(), ownerSession: session?.id ?? `no-session:${randomUUID()}`, customerId, origin, currencyCode: currencyOf(state, body), locale: locale || 'en',
    version: 1, createdTime: now, updatedTime: now, lines, giftCertificateLines: gifts,
    couponCodes: [], giftCertificateCodes: [], storeCreditApplied: false, consignments: [], customerMessage: '',
  };
  restStore(state).carts.set(cart.id, cart);
  if (session) session.cartId = cart.id;
  return cart;
}
