import { indexCatalog } from '../graphql/catalog-index';
import type { SimulatorState } from '../server/route';
import { deleteCart } from './cart-ops';
import { notFound } from './errors';
import { checkStock } from './line-items';
import { orderBody } from './order-view';
import { priceCart, toMajor, type CartTotals } from './pricing';
import { ok, type RestEndpoint } from './router';
import { restStore } from './store';
import type { SimCart } from './types';

/** Why a checkout cannot become an order yet. */
export interface CheckoutProblem {
  readonly kind: 'empty' | 'billing-address' | 'unshipped-items' | 'no-shipping-option' | 'stock';
  readonly message: string;
}

/** Why a checkout cannot become an order yet (empty when it can); the payment step refuses the same cases. */
export function checkoutProblems(state: SimulatorState, cart: SimCart, totals: CartTotals = priceCart(state, cart)): CheckoutProblem[] {
  const problems: CheckoutProblem[] = [];
  if (totals.lines.length + totals.gifts.length === 0) problems.push({ kind: 'empty', message: 'the cart is empty' });
  if (!cart.billingAddress) problems.push({ kind: 'billing-address', message: 'no billing address' });
  const shipped = new Set(cart.consignments.flatMap((c) => c.lineItemIds));
  if (totals.lines.some((l) => !shipped.has(l.line.id))) problems.push({ kind: 'unshipped-items', message: 'physical items without a consignment' });
  if (totals.consignments.some((c) => c.selected === undefined)) {
    problems.push({ kind: 'no-shipping-option', message: 'a consignment without a selected shipping option' });
  }
  try {
    checkStock(indexCatalog(state.catalog), cart.lines);
  } catch {
    problems.push({ kind: 'stock', message: 'not enough stock' });
  }
  return problems;
}

/**
 * Turns a checkout into an order, as a successful payment step would: takes stock, spends the
 * gift certificates and store credit it uses, deletes the cart, and stores the order for the
 * session that owned the checkout.
 * @returns the new order's id.
 * @throws Error naming what is missing when the checkout cannot be ordered (unknown id, empty
 *   cart, no billing address, items without a consignment or shipping option, not enough stock).
 */
export function placeOrder(state: SimulatorState, checkoutId: string): number {
  const store = restStore(state);
  const cart = store.carts.get(checkoutId);
  if (!cart) throw new Error(`placeOrder: no checkout ${checkoutId}`);
  const totals = priceCart(state, cart);
  const problems = checkoutProblems(state, cart, totals);
  if (problems.length > 0) {
    throw new Error(`placeOrder: checkout ${checkoutId} cannot be ordered: ${problems.map((p) => p.message).join('; ')}`);
  }
  const orderId = store.nextOrderId++;
  store.orders.set(orderId, { id: orderId, ownerSession: cart.ownerSession, body: orderBody(state, cart, totals, orderId) });
  for (const { line, product, variant } of totals.lines) {
    if (product.inventoryTracking === 'product') product.inventoryLevel -= line.quantity;
    if (product.inventoryTracking === 'variant') variant.inventoryLevel -= line.quantity;
    product.totalSold += line.quantity;
  }
  const rate = totals.currency.exchangeRate;
  for (const { certificate, used } of totals.giftCertificates) {
    certificate.balance = Math.max(0, Math.round((certificate.balance - toMajor(used, totals.decimals) / rate) * 100) / 100);
  }
  if (totals.customer && totals.storeCreditUsed > 0) {
    const spent = toMajor(totals.storeCreditUsed, totals.decimals) / rate;
    totals.customer.storeCredit = Math.max(0, Math.round((totals.customer.storeCredit - spent) * 100) / 100);
  }
  deleteCart(state, cart);
  return orderId;
}

/** The parts of a stored order an `include` list leaves out. */
function withIncludes(body: Record<string, unknown>, includes: ReadonlySet<string>): Record<string, unknown> {
  const { consignments, payments, lineItems, ...rest } = body;
  const items = lineItems as { physicalItems: Record<string, unknown>[] };
  const options = includes.has('lineItems.physicalItems.options');
  return {
    ...rest,
    lineItems: { ...items, physicalItems: items.physicalItems.map(({ options: list, ...item }) => (options ? { ...item, options: list } : item)) },
    ...(includes.has('consignments') ? { consignments } : {}),
    ...(includes.has('payments') ? { payments } : {}),
  };
}

/**
 * `GET /orders/{orderId}`: only the session that placed the order sees it (others get 404, as for a
 * missing order); `include=consignments`, `payments` and `lineItems.physicalItems.options` add those parts.
 */
export const orderEndpoints: readonly RestEndpoint[] = [
  {
    method: 'GET',
    path: '/orders/{orderId}',
    handle: (call) => {
      const id = Number(call.params[0]);
      const order = Number.isInteger(id) ? restStore(call.state).orders.get(id) : undefined;
      if (!order || order.ownerSession !== call.session.id) throw notFound(`Order ${call.params[0] ?? ''}`);
      return ok(withIncludes(order.body, call.includes));
    },
  },
];
