import type { SimulatorState } from '../server/route';
import { parseAddress, shortId } from './addresses';
import { invalidInput, notFound, unprocessable } from './errors';
import { checkVersion, isObject, optionalString, type JsonObject } from './input';
import { priceCart } from './pricing';
import type { Consignment, SimCart } from './types';

function lineItemIdsOf(cart: SimCart, raw: unknown, where: string): string[] {
  if (!Array.isArray(raw) || raw.length === 0) throw invalidInput(`${where}lineItems must be a non-empty array of { itemId, quantity }.`);
  return raw.map((item: unknown, i) => {
    const at = `${where}lineItems[${i}].`;
    if (!isObject(item) || typeof item['itemId'] !== 'string' || typeof item['quantity'] !== 'number') {
      throw invalidInput(`${at}itemId (string) and quantity (integer) are required.`);
    }
    const line = cart.lines.find((l) => l.id === item['itemId']);
    if (!line) throw unprocessable('Invalid line item', `${at}itemId ${item['itemId']} is not a physical item of this cart.`);
    const quantity = item['quantity'];
    // The simulator ships whole lines: a consignment names a line with up to its quantity.
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > line.quantity) {
      throw unprocessable('Invalid quantity', `${at}quantity must be a whole number from 1 to ${line.quantity}.`);
    }
    return line.id;
  });
}

function assign(cart: SimCart, target: Consignment, ids: string[]): void {
  // An item belongs to one consignment: assigning it here takes it from any other.
  for (const other of cart.consignments) {
    if (other !== target) other.lineItemIds = other.lineItemIds.filter((id) => !ids.includes(id));
  }
  target.lineItemIds = [...new Set(ids)];
  cart.consignments = cart.consignments.filter((c) => c.lineItemIds.length > 0 || c === target);
}

function selectOption(state: SimulatorState, cart: SimCart, consignment: Consignment, optionId: string): void {
  const priced = priceCart(state, cart).consignments.find((c) => c.consignment === consignment);
  if (!priced?.options.some((o) => o.id === optionId)) {
    throw unprocessable('Invalid shipping option', `Shipping option ${optionId} is not available for consignment ${consignment.id}.`);
  }
  consignment.selectedShippingOptionId = optionId;
}

function refusePickup(raw: JsonObject): void {
  if (raw['pickupOption'] !== undefined) throw unprocessable('Pickup is not available', 'This store offers no pickup methods.');
}

/**
 * `POST .../consignments`: one or more `{ address | shippingAddress, lineItems, shippingOptionId? }`.
 * @throws RestError 400 for a malformed body, 422 for unknown items or bad addresses, 409 on a stale version.
 */
export function createConsignments(state: SimulatorState, cart: SimCart, body: unknown): void {
  const list = Array.isArray(body) ? body : [body];
  if (list.length === 0 || !list.every(isObject)) throw invalidInput('The body must be an array of consignments.');
  for (const raw of list) checkVersion(raw, cart.version);
  const draft: SimCart = { ...cart, consignments: cart.consignments.map((c) => ({ ...c, lineItemIds: [...c.lineItemIds] })) };
  list.forEach((raw, i) => {
    const where = `[${i}].`;
    refusePickup(raw);
    const consignment: Consignment = {
      id: shortId(),
      address: parseAddress(state.catalog, raw['address'] ?? raw['shippingAddress'], `${where}address`),
      lineItemIds: [],
    };
    draft.consignments.push(consignment);
    assign(draft, consignment, lineItemIdsOf(draft, raw['lineItems'], where));
    const optionId = optionalString(raw, 'shippingOptionId', where);
    if (optionId !== undefined) selectOption(state, draft, consignment, optionId);
  });
  cart.consignments = draft.consignments;
}

/**
 * `PUT .../consignments/{id}`: a new address and/or line items, or a shipping option (not both:
 * a new address can invalidate the options).
 * @throws RestError 404 for an unknown consignment, 400/422 for a bad body, 409 on a stale version.
 */
export function updateConsignment(state: SimulatorState, cart: SimCart, id: string, body: JsonObject): void {
  checkVersion(body, cart.version);
  const consignment = cart.consignments.find((c) => c.id === id);
  if (!consignment) throw notFound(`Consignment ${id}`);
  refusePickup(body);
  const rawAddress = body['address'] ?? body['shippingAddress'];
  const optionId = optionalString(body, 'shippingOptionId');
  if (rawAddress === undefined && body['lineItems'] === undefined && optionId === undefined) {
    throw invalidInput('Send address and/or lineItems, or shippingOptionId.');
  }
  if (optionId !== undefined && (rawAddress !== undefined || body['lineItems'] !== undefined)) {
    throw unprocessable('Invalid consignment update', 'Select a shipping option in its own request: a new address or items can change the options.');
  }
  if (optionId !== undefined) {
    selectOption(state, cart, consignment, optionId);
    return;
  }
  const address = rawAddress === undefined ? consignment.address : parseAddress(state.catalog, rawAddress, 'address', consignment.address);
  const ids = body['lineItems'] === undefined ? consignment.lineItemIds : lineItemIdsOf(cart, body['lineItems'], '');
  consignment.address = address;
  consignment.selectedShippingOptionId = undefined;
  assign(cart, consignment, ids);
}

/**
 * `DELETE .../consignments/{id}`.
 * @throws RestError 404 for an unknown consignment, 409 on a stale version.
 */
export function deleteConsignment(cart: SimCart, id: string, body: JsonObject): void {
  checkVersion(body, cart.version);
  if (!cart.consignments.some((c) => c.id === id)) throw notFound(`Consignment ${id}`);
  cart.consignments = cart.consignments.filter((c) => c.id !== id);
}
