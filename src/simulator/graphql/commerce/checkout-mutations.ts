import { randomBytes } from 'node:crypto';
import { commit } from '../../rest/cart-ops';
import { setBillingAddress, setCustomerMessage } from '../../rest/checkout-routes';
import { createConsignments, deleteConsignment, updateConsignment } from '../../rest/consignments';
import { checkVersion } from '../../rest/input';
import { checkoutProblems, placeOrder, type CheckoutProblem } from '../../rest/orders';
import { applyCoupon, applyGiftCertificate, removeCoupon, removeGiftCertificate } from '../../rest/payments';
import type { SimCart } from '../../rest/types';
import type { SimulatorContext } from '../context';
import { requireCart } from './access';
import { checkoutNode } from './checkout-node';
import { asGraphQL } from './errors';
import { restAddress, restConsignment, versionOf, type AddressInput, type ConsignmentInput } from './inputs';

/** The input every checkout mutation shares. */
export interface On {
  checkoutEntityId: string;
  version?: number | null;
}

// What completeCheckout answers for each reason a checkout cannot become an order.
const PROBLEM_ERRORS: Record<CheckoutProblem['kind'], { __typename: string; code: string; message: string }> = {
  empty: { __typename: 'CartError', code: 'CART_NOT_FOUND', message: 'The cart is empty.' },
  'billing-address': { __typename: 'CheckoutBillingAddressError', code: 'INCOMPLETE_BILLING_ADDRESS', message: 'A billing address is required.' },
  'unshipped-items': {
    __typename: 'CheckoutShippingConsignmentError',
    code: 'ITEM_MISSING_SHIPPING_ADDRESS',
    message: 'Every physical item needs a shipping consignment.',
  },
  'no-shipping-option': {
    __typename: 'CheckoutShippingConsignmentError',
    code: 'INVALID_SHIPPING_OPTION',
    message: 'Every consignment needs a selected shipping option.',
  },
  stock: { __typename: 'CartError', code: 'INSUFFICIENT_STOCK', message: 'Some items are no longer in stock in the quantity ordered.' },
};

/**
 * The schema's CheckoutMutations object, over the REST API's checkouts (a checkout is its cart:
 * same id, same version). Each change runs the REST rule for it and commits a new version;
 * a stale `version` is refused with CART_CONFLICT. `completeCheckout` places the order as the
 * simulator's payment step does (stock, gift certificates, store credit, the cart is deleted).
 */
export function checkoutMutationsNode(ctx: SimulatorContext) {
  const { state } = ctx;
  /** Finds the checkout, runs `change` (false: nothing changed), commits, answers the checkout. */
  const change = (input: On, run: (cart: SimCart) => boolean | void) =>
    asGraphQL(() => {
      const cart = requireCart(ctx, input.checkoutEntityId, 'Checkout');
      if (run(cart) !== false) commit(state, cart);
      return { checkout: checkoutNode(ctx, cart) };
    });
  return {
    addCheckoutBillingAddress: ({ input }: { input: On & { data: { address: AddressInput } } }) =>
      change(input, (cart) => setBillingAddress(state, cart, { ...restAddress(input.data.address), ...versionOf(input.version) })),
    updateCheckoutBillingAddress: ({ input }: { input: On & { addressEntityId: string; data: { address: AddressInput } } }) =>
      change(input, (cart) =>
        setBillingAddress(state, cart, { ...restAddress(input.data.address), ...versionOf(input.version) }, input.addressEntityId),
      ),
    updateCheckoutCustomerMessage: ({ input }: { input: On & { data: { message: string } } }) =>
      change(input, (cart) => setCustomerMessage(cart, { customerMessage: input.data.message, ...versionOf(input.version) })),
    addCheckoutShippingConsignments: ({ input }: { input: On & { data: { consignments: readonly ConsignmentInput[] } } }) =>
      change(input, (cart) =>
        createConsignments(state, cart, input.data.consignments.map((c) => ({ ...restConsignment(c), ...versionOf(input.version) }))),
      ),
    updateCheckoutShippingConsignment: ({ input }: { input: On & { consignmentEntityId: string; data: { consignment: ConsignmentInput } } }) =>
      change(input, (cart) =>
        updateConsignment(state, cart, input.consignmentEntityId, { ...restConsignment(input.data.consignment), ...versionOf(input.version) }),
      ),
    deleteCheckoutConsignment: ({ input }: { input: On & { consignmentEntityId: string } }) =>
      change(input, (cart) => deleteConsignment(cart, input.consignmentEntityId, versionOf(input.version))),
    selectCheckoutShippingOption: ({ input }: { input: On & { consignmentEntityId: string; data: { shippingOptionEntityId: string } } }) =>
      change(input, (cart) =>
        updateConsignment(state, cart, input.consignmentEntityId, { shippingOptionId: input.data.shippingOptionEntityId, ...versionOf(input.version) }),
      ),
    applyCheckoutCoupon: ({ input }: { input: On & { data: { couponCode: string } } }) =>
      change(input, (cart) => applyCoupon(state, cart, { couponCode: input.data.couponCode, ...versionOf(input.version) })),
    unapplyCheckoutCoupon: ({ input }: { input: On & { data: { couponCode: string } } }) =>
      change(input, (cart) => removeCoupon(cart, input.data.couponCode, versionOf(input.version))),
    applyCheckoutGiftCertificate: ({ input }: { input: On & { data: { giftCertificateCode: string } } }) =>
      change(input, (cart) => applyGiftCertificate(state, cart, { giftCertificateCode: input.data.giftCertificateCode, ...versionOf(input.version) })),
    unapplyCheckoutGiftCertificate: ({ input }: { input: On & { data: { giftCertificateCode: string } } }) =>
      change(input, (cart) => {
        checkVersion(versionOf(input.version), cart.version);
        removeGiftCertificate(cart, input.data.giftCertificateCode);
      }),
    completeCheckout: ({ input }: { input: { checkoutEntityId: string } }) => {
      const cart = requireCart(ctx, input.checkoutEntityId, 'Checkout');
      const problems = checkoutProblems(state, cart);
      if (problems.length > 0) {
        return { orderEntityId: null, paymentAccessToken: null, errors: problems.map((problem) => PROBLEM_ERRORS[problem.kind]) };
      }
      // The real token authorises the Payments API for this order; the simulator has no Payments
      // API, so it is opaque and only says an order awaits payment.
      return { orderEntityId: placeOrder(state, cart.id), paymentAccessToken: randomBytes(24).toString('hex'), errors: [] };
    },
  };
}
