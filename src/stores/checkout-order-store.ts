// The order confirmation page's store: the order just placed, read once.
import type { Storefront } from '../config/types';
import { getOrder } from '../checkout/orders';
import type { Order, OrderInclude } from '../checkout/order-types';
import { resourceStore, type ResourceStore } from './checkout-resource';

/** Options of {@link createOrderStore}. */
export interface OrderStoreOptions {
  /** The order a server rendered the page with: the store starts from it, with no request. */
  order?: Order;
  /** Sub-resources to read with it, e.g. `['lineItems', 'consignments']`. */
  include?: readonly OrderInclude[];
}

/** The order store: `{ data, loading, error }` of an order, and `refresh()`. */
export type OrderStore = ResourceStore<Order>;

/**
 * Creates a store of an order of this session (`GET /orders/{id}`), read on its first subscriber.
 * @example
 * const $order = createOrderStore(storefront, orderId, { include: ['lineItems'] });
 * $order.subscribe(({ data, error }) => (title.textContent = data ? `Order #${data.orderId}` : error ? 'Order not found' : '…'));
 */
/* @__NO_SIDE_EFFECTS__ */
export function createOrderStore(storefront: Storefront, orderId: number, options: OrderStoreOptions = {}): OrderStore {
  const { include } = options;
  return resourceStore(() => getOrder(storefront, orderId, include ? { include } : {}), options.order);
}
