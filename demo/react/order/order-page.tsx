// The order confirmation: read once from the store (only the session that placed it can).
import { useStore } from '@nanostores/react';
import { createOrderStore, isStorefrontError } from 'bc-storefront';
import { useMemo } from 'react';
import { money } from '../shop/format';
import { Link } from '../shop/router';
import { useShop } from '../shop/shop';
import { Empty, ErrorState, Loading } from '../ui/states';

export function OrderPage({ orderId }: { orderId: number }) {
  const { storefront } = useShop();
  const store = useMemo(() => createOrderStore(storefront, orderId), [storefront, orderId]);
  const { data, error } = useStore(store);
  if (!data) {
    if (isStorefrontError(error, 'ERR_NOT_FOUND')) {
      return (
        <Empty title="We could not find that order">
          <p>Orders can be seen only from the browser that placed them. Your confirmation email has the details.</p>
        </Empty>
      );
    }
    return error ? <ErrorState error={error} onRetry={() => void store.refresh().catch(() => undefined)} /> : <Loading label="Loading your order…" />;
  }
  const currency = data.currency?.code ?? 'USD';
  const lines = data.lineItems ? [...data.lineItems.physicalItems, ...data.lineItems.digitalItems] : [];
  const b = data.billingAddress;
  // Order-level discounts and coupons are reported apart.
  const discount = (data.discountAmount ?? 0) + (data.coupons ?? []).reduce((sum, c) => sum + (c.discountedAmount ?? 0), 0);
  return (
    <div className="confirmation" data-test="order-confirmation">
      <div className="confirmation-head">
        <span className="tick" aria-hidden="true">✓</span>
        <div>
          <h1>Thank you for your order</h1>
          <p>
            Your order number is <strong data-test="order-id">#{data.orderId}</strong>.{b?.email ? ` We will email a receipt to ${b.email}.` : ''}
          </p>
        </div>
      </div>
      <div className="confirmation-body">
        <ul className="summary-lines">
          {lines.map((line) => (
            <li key={line.id}>
              <span className="summary-qty">{line.quantity} ×</span>
              <span className="summary-name">{line.name}</span>
              <span>{money(line.extendedSalePrice ?? 0, currency)}</span>
            </li>
          ))}
        </ul>
        <dl className="order-totals">
          <div>
            <dt>Items</dt>
            <dd>{money(data.baseAmount ?? 0, currency)}</dd>
          </div>
          {discount ? (
            <div>
              <dt>Discounts{data.coupons?.length ? ` (${data.coupons.map((c) => c.code).join(', ')})` : ''}</dt>
              <dd data-test="order-discount">−{money(discount, currency)}</dd>
            </div>
          ) : null}
          <div>
            <dt>Shipping</dt>
            <dd>{money(data.shippingCostTotal ?? 0, currency)}</dd>
          </div>
          <div>
            <dt>Tax</dt>
            <dd>{money(data.taxTotal ?? 0, currency)}</dd>
          </div>
          <div className="total">
            <dt>Order total</dt>
            <dd data-test="order-total">{money(data.orderAmount, currency)}</dd>
          </div>
        </dl>
        {b ? (
          <address className="address-summary">
            <strong>Billing address</strong>
            <br />
            {b.firstName} {b.lastName}, {b.address1}, {b.city} {b.stateOrProvinceCode ?? ''} {b.postalCode}
          </address>
        ) : null}
      </div>
      <Link to="/" className="button primary">
        Continue shopping
      </Link>
    </div>
  );
}
