// Shapes of the REST Storefront cart API, written by hand from BigCommerce's carts.sf.yml
// (responseCart, requestCartPostLineItem, requestLineItemGiftCertificate).

/** The cart's currency; always the same between cart and checkout. */
export interface CartCurrency {
  code: string;
  name?: string;
  symbol?: string;
  decimalPlaces?: number;
}

/** A coupon applied to the cart. `couponType` is 0–5 (per item, percentage, per total, shipping, free shipping, promotion). */
export interface CartCoupon {
  code: string;
  id?: string | number;
  displayName?: string;
  couponType?: number | string;
  discountedAmount?: number;
}

/** A selected product option on a line (with `include=lineItems.*.options`). */
export interface LineItemOption {
  name?: string;
  nameId?: number;
  value?: string;
  valueId?: number | string;
}

/** What physical and digital lines share. */
export interface ProductLineItem {
  /** The line-item id (a UUID on real stores). */
  id: string;
  productId: number;
  variantId?: number;
  parentId?: number | string | null;
  sku?: string;
  name?: string;
  url?: string;
  quantity: number;
  brand?: string;
  isTaxable?: boolean;
  imageUrl?: string;
  discounts?: { id?: string | number; discountedAmount?: number }[];
  discountAmount?: number;
  couponAmount?: number;
  originalPrice?: number;
  listPrice?: number;
  salePrice?: number;
  extendedListPrice?: number;
  extendedSalePrice?: number;
  comparisonPrice?: number;
  extendedComparisonPrice?: number;
  /** False for lines added by a promotion: they cannot be changed or removed. */
  isMutable?: boolean;
  addedByPromotion?: boolean;
  /** Present with `include=lineItems.physicalItems.options` (or digital). */
  options?: LineItemOption[];
}

/** A line that ships. */
export interface PhysicalLineItem extends ProductLineItem {
  type?: 'physical';
  isShippingRequired?: boolean;
  giftWrapping?: { amount?: number; message?: string; name?: string } | null;
}

/** A downloadable line. */
export interface DigitalLineItem extends ProductLineItem {
  type?: 'digital';
}

/** A name and email on a gift certificate. */
export interface Contact {
  name?: string;
  email?: string;
}

/** A gift certificate bought in the cart. */
export interface GiftCertificateLineItem {
  id?: string;
  type?: 'giftCertificate';
  name?: string;
  amount: number;
  taxable?: boolean;
  message?: string;
  theme: string;
  sender: Contact;
  recipient: Contact;
}

/** A line added through the management API only (read-only here). */
export interface CustomLineItem {
  id: string;
  sku?: string;
  name?: string;
  quantity: number;
  listPrice?: number;
  extendedListPrice?: number;
}

/** A cart as the REST Storefront API returns it. */
export interface Cart {
  /** Cart id (a UUID); also the checkout id. */
  id: string;
  customerId?: number;
  email?: string;
  currency: CartCurrency;
  isTaxIncluded?: boolean;
  baseAmount?: number;
  discountAmount?: number;
  cartAmount: number;
  coupons?: CartCoupon[];
  discounts?: { id?: string | number; discountedAmount?: number }[];
  lineItems: {
    physicalItems: PhysicalLineItem[];
    digitalItems: DigitalLineItem[];
    giftCertificates: GiftCertificateLineItem[];
    customItems?: CustomLineItem[];
  };
  createdTime?: string;
  updatedTime?: string;
  locale?: string;
  /** Increments with each change; sent back with a mutation, a stale one gets a 409. */
  version?: number;
}

/** A modifier option choice: `optionValue` is a value id, or the text of a text field. */
export interface OptionSelection {
  optionId: number;
  optionValue: number | string;
}

/** Gift wrapping for a line; `null` on an update removes it. */
export interface GiftWrappingInput {
  wrapTogether: boolean;
  wrapDetails: { id: number; message?: string }[];
}

/** A product line to add: a product, optionally a variant and modifier choices. */
export interface LineItemInput {
  productId: number;
  quantity: number;
  variantId?: number;
  optionSelections?: OptionSelection[];
  giftWrapping?: GiftWrappingInput | null;
}

/** A gift certificate to buy. `amount` is 1–1000 in the store's default currency. */
export interface GiftCertificateInput {
  name: string;
  theme: 'Birthday' | 'Boy' | 'Celebration' | 'Christmas' | 'General' | 'Girl';
  amount: number;
  quantity: number;
  sender: Contact;
  recipient: Contact;
  message?: string;
}

/** Lines for `createCart` and `addCartItems`: product lines, gift certificates, or both. */
export interface CartItemsInput {
  lineItems?: LineItemInput[];
  giftCertificates?: GiftCertificateInput[];
}

/** What `include=` may ask of cart endpoints: line item options. */
export type CartInclude = 'lineItems.physicalItems.options' | 'lineItems.digitalItems.options';

/** Options every cart function takes. */
export interface CartRequestOptions {
  /** Adds line item options to the answer (a UI showing "Size: L" needs them). */
  include?: readonly CartInclude[] | undefined;
  signal?: AbortSignal | undefined;
}

/** Options of cart mutations guarded by the cart's version. */
export interface CartMutationOptions extends CartRequestOptions {
  /** The cart `version` the change is meant for; a stale one makes the store answer 409. */
  version?: number | undefined;
}
