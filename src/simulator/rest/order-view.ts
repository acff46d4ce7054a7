import { indexCatalog } from '../graphql/catalog-index';
import type { SimulatorState } from '../server/route';
import { cartEmail, currencyView, imageUrl } from './cart-view';
import { addressView, phoneOut } from './checkout-view';
import { toMajor, type CartTotals } from './pricing';
import { shippingZoneName } from './shipping';
import type { SimCart } from './types';

/**
 * The status of a freshly paid order. orders.sf.yml lists bare names (`AWAITING_FULFILLMENT`);
 * the real store sends them prefixed, as BigCommerce's checkout-sdk reads them
 * (`packages/core/src/order/orders.mock.ts`), and so does the simulator.
 */
export const PLACED_ORDER_STATUS = 'ORDER_STATUS_AWAITING_FULFILLMENT';

/**
 * The full body of an order placed from a checkout (orders.sf.yml `Order`, with the real store's
 * `lineItems` object and `payments`); `GET /orders/{id}` sends the parts its `include` asks for.
 */
export function orderBody(state: SimulatorState, cart: SimCart, totals: CartTotals, orderId: number): Record<string, unknown> {
  const money = (minor: number): number => toMajor(minor, totals.decimals);
  const itemNumber = new Map(totals.lines.map((l, i) => [l.line.id, i + 1]));
  const brands = indexCatalog(state.catalog).brand;
  const billing = cart.billingAddress ? addressView(cart.billingAddress) : { countryCode: '' };
  delete billing['id'];
  const discounts = totals.couponTotal;
  return {
    orderId,
    cartId: cart.id,
    currency: currencyView(totals.currency),
    isTaxIncluded: false,
    baseAmount: money(totals.baseAmount),
    discountAmount: 0,
    giftWrappingCostTotal: 0,
    orderAmount: money(totals.grandTotal),
    orderAmountAsInteger: totals.grandTotal,
    coupons: totals.coupons.map(({ coupon, amount }) => ({
      id: String(coupon.id), code: coupon.code, displayName: coupon.displayName, couponType: coupon.type, discountedAmount: money(amount),
    })),
    // An object, as the real store sends it (checkout-sdk's Order); orders.sf.yml says an array.
    lineItems: {
      physicalItems: totals.lines.map((l) => ({
        id: String(itemNumber.get(l.line.id)),
        productId: l.line.productId,
        variantId: l.line.variantId,
        sku: l.variant.sku,
        name: l.product.name,
        url: `${cart.origin}${l.product.path}`,
        quantity: l.line.quantity,
        brand: (l.product.brandId === null ? undefined : brands.get(l.product.brandId)?.name) ?? '',
        isTaxable: true,
        imageUrl: imageUrl(state, cart.origin, l.product, l.variant),
        discountAmount: 0,
        couponAmount: money(l.coupon),
        listPrice: money(l.list),
        salePrice: money(l.sale),
        extendedListPrice: money(l.extendedList),
        extendedSalePrice: money(l.extendedSale),
        type: 'physical',
        addedByPromotion: false,
        isShippingRequired: true,
        options: l.line.options.map((o) => ({ name: o.name, nameId: o.optionId, value: o.value, ...(o.valueId === undefined ? {} : { valueId: o.valueId }) })),
      })),
      digitalItems: [],
      giftCertificates: totals.gifts.map((g) => ({ name: g.line.name, quantity: g.line.quantity, isTaxable: false, amount: money(g.amount), type: 'giftCertificate' })),
      customItems: [],
    },
    customerId: totals.customer?.id ?? 0,
    billingAddress: billing,
    status: PLACED_ORDER_STATUS,
    hasDigitalItems: false,
    isDownloadable: false,
    isComplete: true,
    customerMessage: cart.customerMessage,
    shippingCostTotal: money(totals.shippingTotal),
    shippingCostBeforeDiscount: money(totals.shippingTotal),
    comparisonShippingCost: money(totals.shippingTotal),
    handlingCostTotal: 0,
    customerCanBeCreated: totals.customer === undefined,
    taxes: [{ name: 'Tax', amount: money(totals.taxTotal) }],
    taxTotal: money(totals.taxTotal),
    totalDiscount: money(discounts),
    displayDiscountTotal: money(discounts),
    orderBasedAutoDiscountTotal: 0,
    manualDiscountTotal: 0,
    productAutoDiscountedSubtotal: money(totals.subtotal),
    productBasedAutoDiscountTotal: 0,
    channelId: state.catalog.settings.channelId,
    // What paid the order, in checkout-sdk's shapes (`include=payments`).
    payments: [
      ...totals.giftCertificates.filter((gc) => gc.used > 0).map((gc) => ({
        providerId: 'giftcertificate', description: 'Gift Certificate', amount: money(gc.used),
        detail: { code: gc.certificate.code, remaining: money(gc.remaining) },
      })),
      ...(totals.storeCreditUsed > 0 ? [{ providerId: 'storecredit', description: 'Store Credit', amount: money(totals.storeCreditUsed) }] : []),
      ...(totals.outstandingBalance > 0
        ? [{ providerId: 'simulator', description: 'Simulated payment', amount: money(totals.outstandingBalance), detail: { step: 'FINALIZE', instructions: '' } }]
        : []),
    ],
    consignments: {
      shipping: totals.consignments.map(({ consignment, selected }, i) => {
        const { address } = consignment;
        const cost = money(selected?.cost ?? 0);
        const phone = phoneOut(address.phone);
        return {
          lineItems: consignment.lineItemIds.map((id) => ({ id: itemNumber.get(id) ?? 0 })),
          shippingAddressId: i + 1,
          firstName: address.firstName, lastName: address.lastName, company: address.company,
          address1: address.address1, address2: address.address2, city: address.city,
          stateOrProvince: address.stateOrProvince, postalCode: address.postalCode,
          country: address.country, countryCode: address.countryCode, email: address.email || cartEmail(cart, totals),
          ...(phone === undefined ? {} : { phone }),
          itemsTotal: totals.lines.filter((l) => consignment.lineItemIds.includes(l.line.id)).reduce((n, l) => n + l.line.quantity, 0),
          itemsShipped: 0,
          shippingMethod: selected?.description ?? '',
          baseCost: cost, costExTax: cost, costIncTax: cost, costTax: 0, costTaxClassId: 2,
          shippingCostBeforeDiscount: cost, comparisonShippingCost: cost,
          baseHandlingCost: 0, handlingCostExTax: 0, handlingCostIncTax: 0, handlingCostTax: 0, handlingCostTaxClassId: 2,
          shippingZoneId: address.countryCode === 'US' ? 1 : 2,
          shippingZoneName: shippingZoneName(address.countryCode) ?? '',
          customFields: [],
        };
      }),
    },
  };
}
