// The REST Storefront state of one simulator: carts (which are also checkouts), orders and
// newsletter subscribers. Amounts stored here are in the store's default currency; the money
// maths (pricing.ts) converts to the cart's currency when it answers.

/** An option chosen on a line: a variant option value or a modifier. */
export interface SelectedOption {
  optionId: number;
  name: string;
  value: string;
  /** Absent for free-text modifiers, which have no value id. */
  valueId?: number;
}

/** A product line of a cart. */
export interface CartLine {
  readonly id: string;
  productId: number;
  variantId: number;
  quantity: number;
  options: SelectedOption[];
}

/** A gift certificate bought through the cart (a line item, not a payment). */
export interface GiftCertificateLine {
  readonly id: string;
  name: string;
  amount: number;
  quantity: number;
  theme: string;
  message: string;
  sender: { name: string; email: string };
  recipient: { name: string; email: string };
}

/** A postal address as the checkout stores it. */
export interface SimAddress {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  company: string;
  address1: string;
  address2: string;
  city: string;
  stateOrProvince: string;
  stateOrProvinceCode: string;
  country: string;
  countryCode: string;
  postalCode: string;
  phone: string;
  customFields: { fieldId: string; fieldValue: string }[];
  shouldSaveAddress?: boolean;
}

/** A shipping address with the line items shipped to it. */
export interface Consignment {
  readonly id: string;
  address: SimAddress;
  lineItemIds: string[];
  selectedShippingOptionId?: string | undefined;
}

/** A cart and the checkout built on it (same id). */
export interface SimCart {
  readonly id: string;
  /**
   * The shopper session whose REST calls may read or change it: the one that created it, or the
   * browser that loaded it through a cart redirect URL. Carts made over GraphQL without a session
   * cookie get an id no session has (the GraphQL API reaches carts by entity id).
   */
  ownerSession: string;
  /** The customer the cart is assigned to (set at creation or by login with a guest cart). */
  customerId?: number | undefined;
  /** The store origin the cart was created through (absolute product and image URLs). */
  readonly origin: string;
  currencyCode: string;
  locale: string;
  /** Incremented by every successful change of the cart or its checkout. */
  version: number;
  readonly createdTime: string;
  updatedTime: string;
  lines: CartLine[];
  giftCertificateLines: GiftCertificateLine[];
  /** Seeded coupon codes applied, in the order applied. */
  couponCodes: string[];
  /** Seeded gift certificate codes applied as payment, in the order applied. */
  giftCertificateCodes: string[];
  storeCreditApplied: boolean;
  billingAddress?: SimAddress | undefined;
  consignments: Consignment[];
  customerMessage: string;
  spamProtectionToken?: string | undefined;
}

/** A coupon the simulated store knows. */
export interface SimCoupon {
  readonly id: number;
  readonly code: string;
  readonly displayName: string;
  /** `percentage_discount` takes `amount` percent of the merchandise; `per_total_discount` takes `amount` off. */
  readonly type: 'percentage_discount' | 'per_total_discount';
  /** Percent, or an amount in the store's default currency. */
  readonly amount: number;
}

/** A gift certificate the store sold earlier, usable as payment at checkout. */
export interface SimGiftCertificate {
  readonly code: string;
  /** Remaining balance in the store's default currency; placing an order spends it. */
  balance: number;
  /** `YYYY-MM-DD`. */
  readonly purchaseDate: string;
}
