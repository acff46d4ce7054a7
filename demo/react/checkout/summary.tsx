import type { Checkout } from 'bc-storefront';
import type { ReactNode } from 'react';
import { money } from '../shop/format';

function Row({ label, children, test, className }: { label: string; children: ReactNode; test?: string; className?: string }) {
  return (
    <div className={className}>
      <dt>{label}</dt>
      <dd data-test={test}>{children}</dd>
    </div>
  );
}

/** The order summary: lines, then subtotal, discounts, shipping, tax, total and what is left to pay. */
export function Summary({ checkout, children }: { checkout: Checkout; children?: ReactNode }) {
  const currency = checkout.cart.currency.code;
  const m = (value: number) => money(value, currency);
  const lines = [...checkout.cart.lineItems.physicalItems, ...checkout.cart.lineItems.digitalItems];
  const discount = (checkout.cart.discountAmount ?? 0) + (checkout.coupons ?? []).reduce((sum, c) => sum + (c.discountedAmount ?? 0), 0);
  const gifts = (checkout.giftCertificates ?? []).reduce((sum, g) => sum + (g.used ?? 0), 0);
  const shipped = checkout.consignments.length > 0 && checkout.consignments.every((c) => c.selectedShippingOption);
  return (
    <aside className="summary" data-test="checkout-summary">
      <h2>Order summary</h2>
      <ul className="summary-lines">
        {lines.map((line) => (
          <li key={line.id}>
            <span className="summary-qty">{line.quantity} ×</span>
            <span className="summary-name">
              {line.name}
              {line.options?.length ? <span className="muted small"> {line.options.map((o) => o.value).join(', ')}</span> : null}
            </span>
            <span>{m(line.extendedSalePrice ?? 0)}</span>
          </li>
        ))}
      </ul>
      {children}
      <dl>
        <Row label="Subtotal" test="summary-subtotal">{m(checkout.subtotal ?? checkout.cart.baseAmount ?? checkout.cart.cartAmount)}</Row>
        {discount ? <Row label="Discounts" test="summary-discount">−{m(discount)}</Row> : null}
        <Row label="Shipping" test="summary-shipping">{shipped ? (checkout.shippingCostTotal ? m(checkout.shippingCostTotal) : 'Free') : <span className="muted">Choose delivery</span>}</Row>
        <Row label="Tax" test="summary-tax">{m(checkout.taxTotal ?? 0)}</Row>
        <Row label="Total" test="summary-total" className="total">{m(checkout.grandTotal)}</Row>
        {gifts ? <Row label="Gift certificates" test="summary-gift">−{m(gifts)}</Row> : null}
        {checkout.outstandingBalance !== undefined && checkout.outstandingBalance !== checkout.grandTotal ? (
          <Row label="To pay" test="summary-to-pay" className="total">{m(checkout.outstandingBalance)}</Row>
        ) : null}
      </dl>
    </aside>
  );
}
