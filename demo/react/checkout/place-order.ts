import type { Shop } from '../shop/shop';

/** Why the order was not placed, in the shopper's words. */
export class PlaceOrderError extends Error {
  override name = 'PlaceOrderError';
}

/**
 * The payment step: the shop's server takes the payment and turns the checkout into an order.
 * @throws {PlaceOrderError} when the checkout is incomplete or the server cannot be reached
 */
export async function placeOrder(shop: Shop, checkoutId: string): Promise<number> {
  let response: Response;
  try {
    response = await fetch(`${shop.config.apiBase}/place-order`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ checkoutId }),
    });
  } catch {
    throw new PlaceOrderError('We could not reach the shop, and your order was not placed. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as { orderId?: unknown };
  if (response.ok && typeof body.orderId === 'number') return body.orderId;
  if (response.status === 422) throw new PlaceOrderError('Your order is missing something: check your billing details, shipping address and delivery option.');
  throw new PlaceOrderError('Payment is not available right now, and your order was not placed. Please try again in a moment.');
}
