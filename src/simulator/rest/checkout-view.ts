import type { CatalogCustomer } from '../catalog';
import type { SimulatorState } from '../server/route';
import { cartEmail, cartView, COUPON_TYPE_NUMBER } from './cart-view';
import { toMajor, type CartTotals } from './pricing';
import { FREE_SHIPPING_THRESHOLD, type ShippingOption } from './shipping';
import type { SimAddress, SimCart } from './types';

// The specs' phone pattern (E.164-like); phones stored in other shapes are sent without separators,
// or left out when even that does not fit (the field is optional).
const PHONE = /^\+?[1-9]\d{1,14}$/;

/** A phone as the specs' pattern allows it, or undefined. */
export function phoneOut(phone: string): string | undefined {
  const compact = phone.replace(/[\s\-().]/g, '');
  return PHONE.test(compact) ? compact : undefined;
}

/** An address body (`address_Base` plus `id`). */
export function addressView(address: SimAddress): Record<string, unknown> {
  const { phone, shouldSaveAddress, ...rest } = address;
  const out: Record<string, unknown> = { ...rest };
  const shown = phoneOut(phone);
  if (shown !== undefined) out['phone'] = shown;
  if (shouldSaveAddress !== undefined) out['shouldSaveAddress'] = shouldSaveAddress;
  return out;
}

function optionView(option: ShippingOption, decimals: number, available: boolean): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: option.id,
    type: option.type,
    description: option.description,
    imageUrl: '',
    cost: toMajor(option.cost, decimals),
    transitTime: option.transitTime,
    additionalDescription: '',
  };
  if (available) view['isRecommended'] = option.isRecommended;
  return view;
}

function customerView(customer: CatalogCustomer | undefined, email: string, decimals: number, rate: number, group: boolean): Record<string, unknown> {
  if (!customer) {
    return { id: 0, isGuest: true, email, firstName: '', lastName: '', fullName: '', addresses: [], storeCredit: 0, shouldEncourageSignIn: false };
  }
  const view: Record<string, unknown> = {
    id: customer.id,
    isGuest: false,
    email: customer.email,
    firstName: customer.firstName,
    lastName: customer.lastName,
    fullName: `${customer.firstName} ${customer.lastName}`.trim(),
    addresses: customer.addresses.map(({ phone, ...address }) => {
      const shown = phoneOut(phone);
      return { ...address, ...(shown === undefined ? {} : { phone: shown }), type: 'residential', customFields: [] };
    }),
    storeCredit: toMajor(Math.round(customer.storeCredit * rate * 10 ** decimals), decimals),
    shouldEncourageSignIn: false,
  };
  if (group && customer.groupId > 0) view['customerGroup'] = { id: customer.groupId, name: `Customer group ${customer.groupId}` };
  return view;
}

function promotionsView(totals: CartTotals): Record<string, unknown>[] {
  const merchandise = totals.lines.reduce((sum, l) => sum + l.extendedSale, 0);
  const threshold = Math.round(FREE_SHIPPING_THRESHOLD * totals.currency.exchangeRate * 10 ** totals.decimals);
  if (merchandise === 0) return [];
  const symbol = totals.currency.display.symbol;
  const text =
    merchandise >= threshold
      ? 'Your order qualifies for free shipping within the United States.'
      : `Spend ${symbol}${toMajor(threshold - merchandise, totals.decimals).toFixed(totals.decimals)} more to get free shipping within the United States.`;
  return [{ banners: [{ type: merchandise >= threshold ? 'applied' : 'upsell', text }] }];
}

/**
 * A checkout body (`checkout_Full`). With no `include`, consignments carry their available
 * shipping options (the spec's default); an `include` list names exactly what is added.
 */
export function checkoutView(state: SimulatorState, cart: SimCart, totals: CartTotals, includes: ReadonlySet<string>): Record<string, unknown> {
  const has = (name: string): boolean => includes.has(name);
  const withShippingOptions = includes.size === 0 || has('consignments.availableShippingOptions');
  const money = (minor: number): number => toMajor(minor, totals.decimals);
  const view: Record<string, unknown> = {
    id: cart.id,
    cart: cartView(state, cart, totals, {
      flavour: 'checkout',
      options: has('cart.lineItems.physicalItems.options'),
      categoryNames: has('cart.lineItems.physicalItems.categoryNames'),
    }),
  };
  if (cart.billingAddress) view['billingAddress'] = addressView(cart.billingAddress);
  view['consignments'] = totals.consignments.map(({ consignment, options, selected }) => {
    const address = addressView(consignment.address);
    const cost = money(selected?.cost ?? 0);
    return {
      id: consignment.id,
      address,
      shippingAddress: address,
      lineItemIds: consignment.lineItemIds,
      ...(selected === undefined ? {} : { selectedShippingOption: optionView(selected, totals.decimals, false) }),
      ...(withShippingOptions ? { availableShippingOptions: options.map((o) => optionView(o, totals.decimals, true)) } : {}),
      shippingCost: cost,
      handlingCost: 0,
      couponDiscounts: [],
      discounts: [],
      shippingCostBeforeDiscount: cost,
      comparisonShippingCost: cost,
    };
  });
  Object.assign(view, {
    coupons: totals.coupons.map(({ coupon, amount }) => ({
      id: coupon.id,
      code: coupon.code,
      displayName: coupon.displayName,
      couponType: COUPON_TYPE_NUMBER[coupon.type],
      discountedAmount: money(amount),
    })),
    fees: [],
    customer: customerView(totals.customer, cartEmail(cart, totals), totals.decimals, totals.currency.exchangeRate, has('customer.customerGroup')),
    customerMessage: cart.customerMessage,
    giftCertificates: totals.giftCertificates.map((gc) => ({
      code: gc.certificate.code,
      balance: money(gc.balance),
      used: money(gc.used),
      remaining: money(gc.remaining),
      purchaseDate: gc.certificate.purchaseDate,
    })),
    giftWrappingCostTotal: 0,
    grandTotal: money(totals.grandTotal),
    handlingCostTotal: 0,
    isStoreCreditApplied: cart.storeCreditApplied,
    orderId: null,
    outstandingBalance: money(totals.outstandingBalance),
    payments: [],
    shippingCostBeforeDiscount: money(totals.shippingTotal),
    comparisonShippingCost: money(totals.shippingTotal),
    shippingCostTotal: money(totals.shippingTotal),
    shouldExecuteSpamCheck: false,
    subtotal: money(totals.subtotal),
    taxes: totals.lines.length === 0 ? [] : [{ name: 'Tax', amount: money(totals.taxTotal) }],
    taxTotal: money(totals.taxTotal),
    createdTime: cart.createdTime,
    updatedTime: cart.updatedTime,
    channelId: state.catalog.settings.channelId,
    version: cart.version,
  });
  if (has('promotions') || has('promotions.banners')) view['promotions'] = promotionsView(totals);
  return view;
}
