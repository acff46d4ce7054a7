// Shapes of the REST Storefront order and subscription APIs, written by hand from BigCommerce's
// orders.sf.yml and subscriptions.sf.yml.
import type { CartCoupon, CartCurrency, DigitalLineItem, PhysicalLineItem } from '../cart/types';
import type { Address } from './types';

/** An order as the confirmation page reads it (`GET /orders/{orderId}`). */
export interface Order {
  orderId: number;
  cartId?: string;
  currency?: CartCurrency;
  isTaxIncluded?: boolean;
  baseAmount?: number;
  discountAmount?: number;
  giftWrappingCostTotal?: number;
  orderAmount: number;
  orderAmountAsInteger?: number;
  coupons?: CartCoupon[];
  lineItems?: {
    physicalItems: PhysicalLineItem[];
    digitalItems: (DigitalLineItem & { downloadFileUrls?: string[]; downloadPageUrl?: string; downloadSize?: string })[];
    giftCertificates: { name?: string; quantity?: number; isTaxable?: boolean; amount?: number; type?: string }[];
  };
  customerId?: number;
  billingAddress?: Address;
  /** e.g. `"ORDER_STATUS_AWAITING_FULFILLMENT"`. */
  status?: string;
  hasDigitalItems?: boolean;
  isDownloadable?: boolean;
  isComplete?: boolean;
  customerMessage?: string;
  shippingCostTotal?: number;
  shippingCostBeforeDiscount?: number;
  handlingCostTotal?: number;
  customerCanBeCreated?: boolean;
  taxes?: { name?: string; amount?: number }[];
  taxTotal?: number;
  channelId?: number;
  /** With `include=consignments`. */
  consignments?: { shipping?: unknown[]; pickup?: unknown[] };
  payments?: unknown[];
}

/** What `include=` may ask of `getOrder` (the order then holds its id and these only). */
export type OrderInclude = 'lineItems' | 'billingAddress' | 'coupons' | 'currency' | 'taxes' | 'payments' | 'consignments';

/** A newsletter subscriber, as `POST /subscriptions` answers. */
export interface Subscription {
  id?: number;
  email: string;
  firstName?: string;
  lastName?: string;
  source?: string;
  orderId?: number | null;
  consents?: unknown[];
}
