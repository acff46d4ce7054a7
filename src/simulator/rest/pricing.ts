// The money maths of a cart and its checkout, in integer minor units of the cart's currency so
// every total is the exact sum of its parts:
// - unit prices come from the catalog (variant overrides, sale prices) converted at the currency's
//   rate and rounded per unit; extended prices are unit × quantity;
// - coupons apply to product lines in the order applied: a percent coupon takes its percent of
//   each line (rounded per line), a fixed one is spread over lines by value (cents to the first lines);
// - tax is a flat TAX_RATE_PERCENT of the taxable merchandise after coupons (shipping is not taxed;
//   purchased gift certificates are not taxed), rounded once on the total;
// - grandTotal = subtotal − coupons + shipping + tax; gift certificates, then store credit, pay
//   it down to outstandingBalance.
import type { CatalogCurrency, CatalogCustomer, CatalogProduct, CatalogVariant } from '../catalog';
import { indexCatalog } from '../graphql/catalog-index';
import { amounts } from '../graphql/nodes/prices';
import type { SimulatorState } from '../server/route';
import { sessionsOf } from '../server/session';
import { shippingOptionsFor, type ShippingOption } from './shipping';
import { restStore } from './store';
import type { CartLine, Consignment, GiftCertificateLine, SimCart, SimCoupon, SimGiftCertificate } from './types';

/** The flat tax rate on taxable merchandise after coupons. */
export const TAX_RATE_PERCENT = 8;

/** A product line with its prices (minor units). */
export interface PricedLine {
  line: CartLine;
  product: CatalogProduct;
  variant: CatalogVariant;
  original: number;
  list: number;
  sale: number;
  extendedList: number;
  extendedSale: number;
  coupon: number;
}

/** Everything a cart, checkout or order view shows, in minor units of `currency`. */
export interface CartTotals {
  currency: CatalogCurrency;
  decimals: number;
  lines: PricedLine[];
  gifts: { line: GiftCertificateLine; amount: number; extended: number }[];
  baseAmount: number;
  subtotal: number;
  coupons: { coupon: SimCoupon; amount: number }[];
  couponTotal: number;
  cartAmount: number;
  consignments: { consignment: Consignment; options: ShippingOption[]; selected: ShippingOption | undefined }[];
  shippingTotal: number;
  taxTotal: number;
  grandTotal: number;
  giftCertificates: { certificate: SimGiftCertificate; balance: number; used: number; remaining: number }[];
  customer: CatalogCustomer | undefined;
  storeCreditUsed: number;
  outstandingBalance: number;
}

/** Minor units to a JSON amount (`1234` → `12.34`). */
export function toMajor(minor: number, decimals: number): number {
  return Math.round(minor) / 10 ** decimals;
}

/** The id of the customer a cart belongs to: assigned to it, else signed in to its session. */
export function cartCustomerId(state: SimulatorState, cart: SimCart): number | undefined {
  return cart.customerId ?? sessionsOf(state).get(cart.ownerSession)?.customerId;
}

/** The customer a cart belongs to, if any (see {@link cartCustomerId}). */
export function cartCustomer(state: SimulatorState, cart: SimCart): CatalogCustomer | undefined {
  const customerId = cartCustomerId(state, cart);
  return customerId === undefined ? undefined : state.catalog.customers.find((c) => c.id === customerId);
}

function spread(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0 && i < shares.length; i++) {
    if ((shares[i] as number) < (weights[i] as number)) {
      shares[i] = (shares[i] as number) + 1;
      left--;
    }
  }
  return shares;
}

function applyCoupons(state: SimulatorState, cart: SimCart, lines: PricedLine[], toMinor: (n: number) => number): CartTotals['coupons'] {
  const remaining = lines.map((l) => l.extendedSale);
  const applied: CartTotals['coupons'] = [];
  for (const code of cart.couponCodes) {
    const coupon = restStore(state).coupons.find((c) => c.code === code);
    if (!coupon) continue;
    const cuts =
      coupon.type === 'percentage_discount'
        ? lines.map((l, i) => Math.min(remaining[i] as number, Math.round((l.extendedSale * coupon.amount) / 100)))
        : spread(Math.min(toMinor(coupon.amount), remaining.reduce((a, b) => a + b, 0)), remaining);
    cuts.forEach((cut, i) => {
      remaining[i] = (remaining[i] as number) - cut;
      (lines[i] as PricedLine).coupon += cut;
    });
    applied.push({ coupon, amount: cuts.reduce((a, b) => a + b, 0) });
  }
  return applied;
}

/** Prices a cart and its checkout in the cart's currency. */
export function priceCart(state: SimulatorState, cart: SimCart): CartTotals {
  const index = indexCatalog(state.catalog);
  const currency = index.currency.get(cart.currencyCode) ?? (state.catalog.currencies.find((c) => c.isDefault) as CatalogCurrency);
  const decimals = currency.display.decimalPlaces;
  const toMinor = (amount: number): number => Math.round(amount * currency.exchangeRate * 10 ** decimals + 1e-9);
  const lines: PricedLine[] = [];
  for (const line of cart.lines) {
    const hit = index.variant.get(line.variantId);
    if (!hit) continue; // removed from the catalog since: the line no longer counts
    const own = amounts(hit.product, hit.variant);
    const list = toMinor(own.price);
    lines.push({
      line, product: hit.product, variant: hit.variant,
      original: toMinor(own.base), list, sale: list,
      extendedList: list * line.quantity, extendedSale: list * line.quantity, coupon: 0,
    });
  }
  const gifts = cart.giftCertificateLines.map((line) => ({ line, amount: toMinor(line.amount), extended: toMinor(line.amount) * line.quantity }));
  const giftTotal = gifts.reduce((sum, g) => sum + g.extended, 0);
  const baseAmount = lines.reduce((sum, l) => sum + l.extendedList, 0) + giftTotal;
  const subtotal = lines.reduce((sum, l) => sum + l.extendedSale, 0) + giftTotal;
  const coupons = applyCoupons(state, cart, lines, toMinor);
  const couponTotal = coupons.reduce((sum, c) => sum + c.amount, 0);

  const consignments = cart.consignments.map((consignment) => {
    const shipped = lines.filter((l) => consignment.lineItemIds.includes(l.line.id));
    const merchandise = { minor: shipped.reduce((sum, l) => sum + l.extendedSale, 0), allFreeShipping: shipped.length > 0 && shipped.every((l) => l.product.isFreeShipping) };
    const options = shippingOptionsFor(consignment.address.countryCode, merchandise, toMinor);
    return { consignment, options, selected: options.find((o) => o.id === consignment.selectedShippingOptionId) };
  });
  const shippingTotal = consignments.reduce((sum, c) => sum + (c.selected?.cost ?? 0), 0);
  const taxable = lines.reduce((sum, l) => sum + l.extendedSale - l.coupon, 0);
  const taxTotal = Math.round((taxable * TAX_RATE_PERCENT) / 100);
  const grandTotal = subtotal - couponTotal + shippingTotal + taxTotal;

  let outstanding = grandTotal;
  const giftCertificates = cart.giftCertificateCodes.flatMap((code) => {
    const certificate = restStore(state).giftCertificates.get(code);
    if (!certificate) return [];
    const balance = toMinor(certificate.balance);
    const used = Math.min(balance, outstanding);
    outstanding -= used;
    return [{ certificate, balance, used, remaining: balance - used }];
  });
  const customer = cartCustomer(state, cart);
  const storeCreditUsed = cart.storeCreditApplied && customer ? Math.min(toMinor(customer.storeCredit), outstanding) : 0;
  outstanding -= storeCreditUsed;
  return {
    currency, decimals, lines, gifts, baseAmount, subtotal, coupons, couponTotal, cartAmount: subtotal - couponTotal,
    consignments, shippingTotal, taxTotal, grandTotal, giftCertificates, customer, storeCreditUsed, outstandingBalance: outstanding,
  };
}
