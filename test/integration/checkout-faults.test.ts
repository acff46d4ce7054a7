// Each kind of checkout request under each fault: what the caller sees, and what the simulator
// ends up with (read back with getCheckout). Checkout mutations are sent again only after 429/503;
// after a dropped connection, a timeout or a garbled answer the caller decides.
import { describe, expect, it } from 'vitest';
import { createCart } from '../../src/cart/cart-api';
import { addBillingAddress } from '../../src/checkout/billing';
import { getCheckout, updateCustomerMessage } from '../../src/checkout/checkout-api';
import { createConsignments, selectShippingOption } from '../../src/checkout/consignments';
import { getOrder } from '../../src/checkout/orders';
import { applyCoupon, applyGiftCertificate } from '../../src/checkout/payments';
import type { Checkout } from '../../src/checkout/types';
import type { Storefront } from '../../src/config';
import type { FaultSpec } from '../../src/simulator';
import { ADDRESS, SIMPLE, useRestSimulator } from './rest-helpers';

const rest = useRestSimulator();

interface Setup {
  storefront: Storefront;
  checkout: Checkout;
  consignmentId: string;
  optionId: string;
  orderId: number;
}
interface Kind {
  name: string;
  match: { method: string; path: RegExp };
  act: (s: Setup) => Promise<unknown>;
  /** Whether the change is on the store (reads: always true). */
  landed: (checkout: Checkout) => boolean;
  read?: boolean;
  versioned?: boolean;
}

const KINDS: Kind[] = [
  { name: 'getCheckout', read: true, match: { method: 'GET', path: /\/checkouts\/[^/]+$/ }, act: (s) => getCheckout(s.storefront, s.checkout.id), landed: () => true },
  { name: 'getOrder', read: true, match: { method: 'GET', path: /\/orders\// }, act: (s) => getOrder(s.storefront, s.orderId), landed: () => true },
  { name: 'addBillingAddress', versioned: true, match: { method: 'POST', path: /billing-address$/ }, act: (s) => addBillingAddress(s.storefront, s.checkout.id, { ...ADDRESS, city: 'Dallas' }, { version: s.checkout.version }), landed: (c) => c.billingAddress?.city === 'Dallas' },
  { name: 'createConsignments', versioned: true, match: { method: 'POST', path: /consignments$/ }, act: (s) => createConsignments(s.storefront, s.checkout.id, [{ address: { ...ADDRESS, city: 'Houston' }, lineItems: [{ itemId: s.checkout.cart.lineItems.physicalItems[1]!.id, quantity: 1 }] }], { version: s.checkout.version }), landed: (c) => c.consignments.length === 2 },
  { name: 'selectShippingOption', versioned: true, match: { method: 'PUT', path: /consignments\// }, act: (s) => selectShippingOption(s.storefront, s.checkout.id, s.consignmentId, s.optionId, { version: s.checkout.version }), landed: (c) => !!c.consignments[0]!.selectedShippingOption },
  { name: 'applyCoupon', versioned: true, match: { method: 'POST', path: /coupons$/ }, act: (s) => applyCoupon(s.storefront, s.checkout.id, 'TAKE5', { version: s.checkout.version }), landed: (c) => c.coupons?.[0]?.code === 'TAKE5' },
  { name: 'applyGiftCertificate', match: { method: 'POST', path: /gift-certificates$/ }, act: (s) => applyGiftCertificate(s.storefront, s.checkout.id, 'GC-50-SIM'), landed: (c) => c.giftCertificates?.length === 1 },
  { name: 'updateCustomerMessage', versioned: true, match: { method: 'PUT', path: /\/checkouts\/[^/]+$/ }, act: (s) => updateCustomerMessage(s.storefront, s.checkout.id, 'ring twice', { version: s.checkout.version }), landed: (c) => c.customerMessage === 'ring twice' },
];

/** A checkout with a consignment for its first line (no option chosen) and one placed order. */
const arrange = async (): Promise<Setup> => {
  const { storefront, fetch } = rest.shopper();
  const placed = await createCart(storefront, { lineItems: [{ productId: SIMPLE[2], quantity: 1 }] });
  await addBillingAddress(storefront, placed.id, ADDRESS);
  const shipped = await createConsignments(storefront, placed.id, [{ address: ADDRESS, lineItems: [{ itemId: placed.lineItems.physicalItems[0]!.id, quantity: 1 }] }]);
  await selectShippingOption(storefront, placed.id, shipped.consignments[0]!.id, shipped.consignments[0]!.availableShippingOptions![0]!.id);
  const orderId = rest.suite.sim.placeOrder(placed.id);
  const cart = await createCart(storefront, { lineItems: [{ productId: SIMPLE[0], quantity: 1 }, { productId: SIMPLE[1], quantity: 1 }] });
  const checkout = await createConsignments(storefront, cart.id, [{ address: ADDRESS, lineItems: [{ itemId: cart.lineItems.physicalItems[0]!.id, quantity: 1 }] }]);
  const consignment = checkout.consignments[0]!;
  // The call under test times out sooner than the setup may (the first requests of a suite are slow).
  const quick = rest.suite.storefront({ fetch, timeoutMs: 400 });
  return { storefront: quick, checkout, consignmentId: consignment.id, optionId: consignment.availableShippingOptions![0]!.id, orderId };
};

const FAULTS: [string, FaultSpec['kind'], Record<string, unknown>, string | undefined][] = [
  ['429 with X-Rate-Limit-Time-Reset-Ms', 'rate-limit', { resetMs: 30 }, undefined],
  ['503', 'status', { status: 503 }, undefined],
  ['dropped connection', 'drop', {}, 'ERR_NETWORK'],
  ['timeout', 'delay', { ms: 3000 }, 'ERR_TIMEOUT'],
  ['malformed JSON', 'malformed', {}, 'ERR_MALFORMED_RESPONSE'],
];

const settle = (promise: Promise<unknown>) => promise.then(() => undefined, (error) => error);

describe.each(KINDS)('$name under a fault', (kind) => {
  it.each(FAULTS)('%s', async (_, faultKind, extra, mutationError) => {
    const setup = await arrange();
    const before = rest.rest().length;
    rest.suite.sim.fault({ match: kind.match, kind: faultKind, ...extra } as FaultSpec);
    const error = await settle(kind.act(setup));
    // Reads are retried after transport failures; a garbled 200 reaches the caller either way.
    const expected = kind.read ? (faultKind === 'malformed' ? 'ERR_MALFORMED_RESPONSE' : undefined) : mutationError;
    if (expected) expect(error).toMatchObject({ code: expected });
    else expect(error).toBeUndefined();
    const hits = rest.rest().slice(before).filter((r) => r.method === kind.match.method && kind.match.path.test(r.path));
    // Sent again once after 429/503 (reads also after a transport failure); a mutation that may have landed: never.
    expect(hits.length).toBe(expected ? 1 : 2);
    const after = await getCheckout(setup.storefront, setup.checkout.id);
    expect(kind.landed(after)).toBe(!expected || !!kind.read);
  });
});

describe.each(KINDS.filter((kind) => kind.versioned))('$name after a change by a second client', (kind) => {
  it('409: ConflictError, and the store keeps only the other change', async () => {
    const setup = await arrange();
    await updateCustomerMessage(setup.storefront, setup.checkout.id, 'other tab', { version: setup.checkout.version });
    const error = await settle(kind.act(setup));
    expect(error).toMatchObject({ code: 'ERR_CONFLICT', status: 409 });
    const after = await getCheckout(setup.storefront, setup.checkout.id);
    expect(after.customerMessage).toBe('other tab');
    if (kind.name !== 'updateCustomerMessage') expect(kind.landed(after)).toBe(false);
  });
});
