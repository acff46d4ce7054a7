import type { SimulatorState } from '../server/route';
import type { SimCart, SimCoupon, SimGiftCertificate } from './types';

/** An order placed from a checkout, as `GET /api/storefront/orders/{id}` answers it. */
export interface SimOrder {
  readonly id: number;
  /** The shopper session that placed it; only that session may read it. */
  readonly ownerSession: string;
  /** The full answer, consignments included (they are sent only when `include`d). */
  readonly body: Record<string, unknown>;
}

/** A newsletter subscriber. */
export interface SimSubscriber {
  readonly id: number;
  email: string;
  firstName: string;
  lastName: string;
  source: string;
  acceptsMarketingNewsletter: boolean;
  acceptsAbandonedCartEmails: boolean;
}

/** Everything the REST Storefront API of one simulator remembers. */
export interface RestStore {
  readonly carts: Map<string, SimCart>;
  readonly orders: Map<number, SimOrder>;
  readonly subscribers: Map<string, SimSubscriber>;
  readonly coupons: readonly SimCoupon[];
  readonly giftCertificates: Map<string, SimGiftCertificate>;
  nextOrderId: number;
  nextSubscriberId: number;
}

/** Coupons every simulated store accepts (codes match case-insensitively, as BigCommerce's do). */
export const SEEDED_COUPONS: readonly SimCoupon[] = [
  { id: 1, code: 'SAVE10', displayName: '10% off the order total', type: 'percentage_discount', amount: 10 },
  { id: 2, code: 'TAKE5', displayName: '$5.00 off the order total', type: 'per_total_discount', amount: 5 },
];

/** Gift certificates every simulated store starts with: code and balance in the default currency. */
export const SEEDED_GIFT_CERTIFICATES: readonly SimGiftCertificate[] = [
  { code: 'GC-50-SIM', balance: 50, purchaseDate: '2025-01-15' },
  { code: 'GC-10-SIM', balance: 10, purchaseDate: '2025-03-01' },
  { code: 'GC-EMPTY-SIM', balance: 0, purchaseDate: '2024-11-30' },
];

/** First order id a simulator hands out. */
export const FIRST_ORDER_ID = 100;

const stores = new WeakMap<SimulatorState, RestStore>();

/** The REST state of one simulator, made on first use. */
export function restStore(state: SimulatorState): RestStore {
  let store = stores.get(state);
  if (!store) {
    store = {
      carts: new Map(),
      orders: new Map(),
      subscribers: new Map(),
      coupons: SEEDED_COUPONS,
      giftCertificates: new Map(SEEDED_GIFT_CERTIFICATES.map((gc) => [gc.code, { ...gc }])),
      nextOrderId: FIRST_ORDER_ID,
      nextSubscriberId: 1,
    };
    stores.set(state, store);
  }
  return store;
}
