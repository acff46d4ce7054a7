import type { Storefront } from '../config/types';
import { rest } from '../rest/rest';
import type { Order, OrderInclude } from './order-types';

/**
 * Gets an order of this session for the confirmation page, right after it was placed.
 * @param options.include - sub-resources to add, e.g. `['consignments', 'payments']`
 * @throws {InvalidArgumentError} for an id that is not a positive integer; {NotFoundError} for another session's order
 * @example
 * ```ts
 * const order = await getOrder(storefront, 123, { include: ['consignments'] });
 * ```
 */
export async function getOrder(storefront: Storefront, orderId: number, options: { include?: readonly OrderInclude[]; signal?: AbortSignal } = {}): Promise<Order> {
  return rest(storefront, 'GET /orders/{orderId}', [orderId], options, (value) => Number.isInteger(value?.orderId));
}
