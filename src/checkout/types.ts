// Shapes of the REST Storefront checkout API, written by hand from BigCommerce's checkouts.sf.yml.
import type { Cart, CartCoupon, DigitalLineItem, GiftCertificateLineItem, PhysicalLineItem } from '../cart/types';

/** A custom form field value on an address. */
export interface AddressCustomField {
  fieldId: string;
  fieldValue: string | number | (string | number)[];
}

/** An address to send: billing (with `email` for guests) or a consignment's shipping address. */
export interface AddressInput {
  firstName: string;
  lastName: string;
  address1: string;
  address2?: string;
  city: string;
  /** ISO 3166-1 alpha-2, e.g. `"US"`. */
  countryCode: string;
  postalCode: string;
  email?: string;
  company?: string;
  stateOrProvince?: string;
  stateOrProvinceCode?: string;
  /** E.164-like: `+15125550100` (the spec's pattern). */
  phone?: string;
  customFields?: AddressCustomField[];
  /** Saves the address to a signed-in customer's address book. */
  shouldSaveAddress?: boolean;
}

/** An address as the checkout returns it. */
export interface Address extends Partial<Omit<AddressInput, 'customFields'>> {
  id?: string;
  country?: string;
  countryCode: string;
  customFields?: { fieldId?: string; fieldValue?: string }[];
}

/** A way to ship a consignment; pick one with `selectShippingOption`. */
export interface ShippingOption {
  id: string;
  type?: string;
  description?: string;
  imageUrl?: string;
  cost?: number;
  transitTime?: string;
  additionalDescription?: string;
  isRecommended?: boolean;
}

/** A shipping address with the line items going there. */
export interface Consignment {
  id: string;
  address?: Address;
  /** Present when asked for with `include=consignments.availableShippingOptions` (the default). */
  availableShippingOptions?: ShippingOption[];
  selectedShippingOption?: ShippingOption | null;
  selectedPickupOption?: { pickupMethodId?: number } | null;
  lineItemIds: string[];
  shippingCost?: number;
  handlingCost?: number;
  shippingCostBeforeDiscount?: number;
  couponDiscounts?: { amount?: number; code?: string }[];
  discounts?: { id?: string }[];
}

/**
 * The cart as a checkout embeds it: the cart's fields without `discounts`, and looser line items
 * (checkouts.sf.yml makes gift certificates optional and types custom items loosely).
 */
export interface CheckoutCart extends Omit<Cart, 'discounts' | 'lineItems'> {
  lineItems: {
    physicalItems: PhysicalLineItem[];
    digitalItems: DigitalLineItem[];
    giftCertificates?: GiftCertificateLineItem[];
    customItems?: { id?: string; name?: string; sku?: string; quantity?: number | string; listPrice?: number | string }[];
  };
}

/** A gift certificate applied as payment. */
export interface AppliedGiftCertificate {
  code: string;
  balance?: number;
  remaining?: number;
  used?: number;
  purchaseDate?: string;
}

/** The shopper, with `include=customer`. */
export interface CheckoutCustomer {
  id?: number;
  email?: string;
  firstName?: string;
  lastName?: string;
  fullName?: string;
  isGuest?: boolean;
  storeCredit?: number;
  shouldEncourageSignIn?: boolean;
  customerGroup?: { id?: number; name?: string };
  addresses?: (Address & { id?: number | string })[];
}

/** A checkout: the cart plus addresses, shipping, discounts, payments and totals. Its id is the cart id. */
export interface Checkout {
  id: string;
  cart: CheckoutCart;
  billingAddress?: Address;
  consignments: Consignment[];
  coupons?: (CartCoupon & { couponType?: number | string })[];
  fees?: { id?: string; name?: string; displayName?: string; cost?: number }[];
  customer?: CheckoutCustomer;
  customerMessage?: string;
  giftCertificates?: AppliedGiftCertificate[];
  giftWrappingCostTotal?: number;
  grandTotal: number;
  handlingCostTotal?: number;
  isStoreCreditApplied?: boolean;
  orderId?: string | null;
  /** `grandTotal` less store credit and gift certificates. */
  outstandingBalance?: number;
  payments?: { providerId?: string; gatewayId?: string | null; providerType?: string; detail?: string[] }[];
  /** With `include=promotions`. */
  promotions?: { type?: string; text?: string; banners?: { type?: string; text?: string }[] }[];
  shippingCostTotal?: number;
  shippingCostBeforeDiscount?: number;
  comparisonShippingCost?: number;
  shouldExecuteSpamCheck?: boolean;
  subtotal?: number;
  taxes?: { name?: string; amount?: number }[];
  taxTotal?: number;
  createdTime?: string;
  updatedTime?: string;
  channelId?: number;
  /** The cart version; send it back with a change, a stale one gets a 409. */
  version?: number;
}

/** What `include=` may ask of checkout endpoints. */
export type CheckoutInclude =
  | 'cart.lineItems.physicalItems.options'
  | 'cart.lineItems.digitalItems.options'
  | 'cart.lineItems.physicalItems.categoryNames'
  | 'cart.lineItems.digitalItems.categoryNames'
  | 'cart.lineItems.customItems.categoryNames'
  | 'customer'
  | 'customer.customerGroup'
  | 'payments'
  | 'promotions'
  | 'consignments.availableShippingOptions'
  | 'consignments.availablePickupOptions';

/** Options every checkout function takes. */
export interface CheckoutRequestOptions {
  signal?: AbortSignal | undefined;
}

/** Options of checkout changes the store guards with the cart version. */
export interface CheckoutMutationOptions extends CheckoutRequestOptions {
  /** The checkout `version` the change is meant for; a stale one makes the store answer 409. */
  version?: number | undefined;
}

/** A consignment's line: which cart line and how many of it ship to the address. */
export interface ConsignmentLineItem {
  itemId: string;
  quantity: number;
}

/** A consignment to create: a shipping address and its lines (or a pickup method instead of the address). */
export interface ConsignmentInput {
  address?: AddressInput;
  lineItems: ConsignmentLineItem[];
  pickupOption?: { pickupMethodId: number };
}

/** What a consignment update changes: address and/or lines, or (alone) the shipping option. */
export type ConsignmentUpdate =
  | { address?: AddressInput; lineItems?: ConsignmentLineItem[] }
  | { shippingOptionId: string }
  | { pickupOption: { pickupMethodId: number } };
