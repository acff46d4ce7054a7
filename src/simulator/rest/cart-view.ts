// Cart bodies. The REST cart (carts.sf.yml `responseCart`) and the cart inside a checkout
// (checkouts.sf.yml `checkoutCart`) differ in small ways the specs insist on: coupon ids are
// strings in one and integers in the other, option `valueId`s are numbers in one and strings in
// the other. Fields a spec types as non-nullable (`parentId`) are left out rather than sent null.
import type { CatalogCurrency, CatalogProduct, CatalogVariant } from '../catalog';
import { indexCatalog } from '../graphql/catalog-index';
import type { SimulatorState } from '../server/route';
import { toMajor, type CartTotals, type PricedLine } from './pricing';
import type { SimCart, SimCoupon } from './types';

/** Which cart body to build, and its optional parts. */
export interface CartViewOptions {
  flavour: 'cart' | 'checkout';
  /** Adds `options` to physical items. */
  options: boolean;
  /** Adds `categoryNames` to items (checkout only). */
  categoryNames: boolean;
}

/** The numeric coupon types of the REST cart and checkout (`couponType` table of the specs). */
export const COUPON_TYPE_NUMBER: Record<SimCoupon['type'], number> = { percentage_discount: 1, per_total_discount: 2 };

/** `{ name, code, symbol, decimalPlaces }` of a currency. */
export function currencyView(currency: CatalogCurrency): Record<string, unknown> {
  return { name: currency.name, code: currency.code, symbol: currency.display.symbol, decimalPlaces: currency.display.decimalPlaces };
}

/** Product image URL: the variant's image, else the product's default, absolute. */
export function imageUrl(state: SimulatorState, origin: string, product: CatalogProduct, variant: CatalogVariant): string {
  const image = variant.image ?? product.images.find((i) => i.isDefault) ?? product.images[0];
  if (!image) return `${origin}/sim-images/330x330/product.svg`;
  if (/^(https?|data):/i.test(image.file)) return image.file;
  return `${state.catalog.settings.cdnUrl || origin}/sim-images/330x330/${encodeURIComponent(image.file)}`;
}

/** The email of a cart: the billing address's, else the signed-in customer's. */
export function cartEmail(cart: SimCart, totals: CartTotals): string {
  return cart.billingAddress?.email || totals.customer?.email || '';
}

function itemView(state: SimulatorState, cart: SimCart, totals: CartTotals, priced: PricedLine, view: CartViewOptions): Record<string, unknown> {
  const { line, product, variant } = priced;
  const money = (minor: number): number => toMajor(minor, totals.decimals);
  const brand = product.brandId === null ? undefined : indexCatalog(state.catalog).brand.get(product.brandId)?.name;
  const item: Record<string, unknown> = {
    id: line.id,
    variantId: line.variantId,
    productId: line.productId,
    sku: variant.sku,
    name: product.name,
    url: `${cart.origin}${product.path}`,
    quantity: line.quantity,
    brand: brand ?? '',
    isTaxable: true,
    imageUrl: imageUrl(state, cart.origin, product, variant),
    discounts: [],
    discountAmount: 0,
    couponAmount: money(priced.coupon),
    originalPrice: money(priced.original),
    listPrice: money(priced.list),
    salePrice: money(priced.sale),
    extendedListPrice: money(priced.extendedList),
    extendedSalePrice: money(priced.extendedSale),
    isShippingRequired: true,
    type: 'physical',
    isMutable: true,
  };
  if (view.flavour === 'cart') item['giftWrapping'] = null;
  else Object.assign(item, { comparisonPrice: money(priced.list), extendedComparisonPrice: money(priced.extendedSale), addedByPromotion: false });
  if (view.options) {
    item['options'] = line.options.map((o) => ({
      name: o.name,
      nameId: o.optionId,
      value: o.value,
      ...(o.valueId === undefined ? {} : { valueId: view.flavour === 'cart' ? o.valueId : String(o.valueId) }),
    }));
  }
  if (view.categoryNames) {
    const categories = indexCatalog(state.catalog).category;
    item['categoryNames'] = product.categoryIds.flatMap((id) => categories.get(id)?.name ?? []);
  }
  return item;
}

function couponView(entry: CartTotals['coupons'][number], decimals: number, flavour: CartViewOptions['flavour']): Record<string, unknown> {
  const { coupon } = entry;
  return {
    id: flavour === 'cart' ? String(coupon.id) : coupon.id,
    code: coupon.code,
    displayName: coupon.displayName,
    couponType: flavour === 'cart' ? COUPON_TYPE_NUMBER[coupon.type] : coupon.type,
    discountedAmount: toMajor(entry.amount, decimals),
  };
}

/** A cart body as the REST cart endpoints, or a checkout's `cart`, answer it. */
export function cartView(state: SimulatorState, cart: SimCart, totals: CartTotals, view: CartViewOptions): Record<string, unknown> {
  const money = (minor: number): number => toMajor(minor, totals.decimals);
  return {
    id: cart.id,
    customerId: totals.customer?.id ?? 0,
    email: cartEmail(cart, totals),
    currency: currencyView(totals.currency),
    isTaxIncluded: false,
    baseAmount: money(totals.baseAmount),
    discountAmount: 0,
    cartAmount: money(totals.cartAmount),
    coupons: totals.coupons.map((entry) => couponView(entry, totals.decimals, view.flavour)),
    discounts: [],
    lineItems: {
      physicalItems: totals.lines.map((priced) => itemView(state, cart, totals, priced, view)),
      digitalItems: [],
      giftCertificates: totals.gifts.map(({ line, amount }) => ({
        id: line.id,
        name: line.name,
        amount: money(amount),
        quantity: line.quantity,
        taxable: false,
        message: line.message,
        sender: line.sender,
        recipient: line.recipient,
        theme: line.theme,
        type: 'giftCertificate',
      })),
      customItems: [],
    },
    createdTime: cart.createdTime,
    updatedTime: cart.updatedTime,
    locale: cart.locale,
    version: cart.version,
  };
}
