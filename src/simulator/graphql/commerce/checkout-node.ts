import { priceCart } from '../../rest/pricing';
import { restStore } from '../../rest/store';
import type { SimAddress, SimCart } from '../../rest/types';
import type { SimulatorContext } from '../context';
import { nodeId } from '../node-id';
import { cartNode, dateTimeOf, moneyOf } from './cart-node';

const COUPON_TYPE = { percentage_discount: 'PERCENTAGE_DISCOUNT', per_total_discount: 'PER_TOTAL_DISCOUNT' } as const;

function addressFields(address: SimAddress) {
  return {
    firstName: address.firstName,
    lastName: address.lastName,
    email: address.email,
    company: address.company,
    address1: address.address1,
    address2: address.address2,
    city: address.city,
    stateOrProvince: address.stateOrProvince,
    stateOrProvinceCode: address.stateOrProvinceCode,
    countryCode: address.countryCode,
    postalCode: address.postalCode,
    phone: address.phone,
    // Only fields with numeric ids are form fields; GraphQL takes and shows them as text fields.
    customFields: address.customFields
      .filter((field) => /^\d+$/.test(field.fieldId))
      .map((field) => ({ __typename: 'CheckoutAddressTextFieldCustomField', entityId: Number(field.fieldId), text: field.fieldValue })),
  };
}

/** The schema's Checkout object: the REST checkout's state and totals, read through GraphQL. */
export function checkoutNode(ctx: SimulatorContext, cart: SimCart) {
  const totals = priceCart(ctx.state, cart);
  const money = moneyOf(totals);
  const certificateIds = [...restStore(ctx.state).giftCertificates.keys()];
  return {
    id: nodeId('Checkout', cart.id),
    entityId: cart.id,
    currencyCode: totals.currency.code,
    billingAddress: cart.billingAddress ? { entityId: cart.billingAddress.id, ...addressFields(cart.billingAddress) } : null,
    cart: cartNode(ctx, cart, totals),
    shippingConsignments: totals.consignments.map(({ consignment, options, selected }) => ({
      entityId: consignment.id,
      address: addressFields(consignment.address),
      availableShippingOptions: options.map((option) => ({
        entityId: option.id,
        description: option.description,
        type: option.type,
        cost: money(option.cost),
        transitTime: option.transitTime,
        isRecommended: option.isRecommended,
      })),
      selectedShippingOption: selected
        ? { entityId: selected.id, description: selected.description, type: selected.type, cost: money(selected.cost), transitTime: selected.transitTime }
        : null,
      shippingCost: money(selected?.cost ?? 0),
      handlingCost: money(0),
      lineItemIds: consignment.lineItemIds,
    })),
    shippingCostTotal: money(totals.shippingTotal),
    giftWrappingCostTotal: money(0),
    handlingCostTotal: money(0),
    taxTotal: money(totals.taxTotal),
    taxes: totals.lines.length === 0 ? [] : [{ name: 'Tax', amount: money(totals.taxTotal) }],
    subtotal: money(totals.subtotal),
    grandTotal: money(totals.grandTotal),
    createdAt: dateTimeOf(cart.createdTime),
    updatedAt: dateTimeOf(cart.updatedTime),
    customerMessage: cart.customerMessage,
    outstandingBalance: money(totals.outstandingBalance),
    coupons: totals.coupons.map(({ coupon, amount }) => ({
      entityId: coupon.id,
      code: coupon.code,
      couponType: COUPON_TYPE[coupon.type],
      discountedAmount: money(amount),
      displayName: coupon.displayName,
    })),
    giftCertificates: totals.giftCertificates.map(({ certificate, balance, used, remaining }) => ({
      entityId: certificateIds.indexOf(certificate.code) + 1,
      code: certificate.code,
      balance: money(balance),
      remaining: money(remaining),
      used: money(used),
      purchaseDate: { utc: `${certificate.purchaseDate}T00:00:00Z` },
    })),
    version: cart.version,
  };
}
