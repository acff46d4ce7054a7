import { useStore } from '@nanostores/react';
import { money, problemOf } from '../shop/format';
import { Link } from '../shop/router';
import { useShop } from '../shop/shop';
import { Empty, ErrorState, Loading } from '../ui/states';
import { CartLine } from './cart-line';

export function CartPage() {
  const { cart } = useShop();
  const { data, loading, error } = useStore(cart);
  const totals = useStore(cart.totals);
  const count = useStore(cart.count);
  if (data === undefined) return error ? <ErrorState error={error} onRetry={() => void cart.refresh().catch(() => null)} /> : <Loading label="Loading your cart…" />;
  const lines = data ? [...data.lineItems.physicalItems, ...data.lineItems.digitalItems] : [];
  if (!lines.length) {
    return (
      <Empty title="Your cart is empty">
        <p>Find something you love and it will wait for you here.</p>
        <Link to="/" className="button primary">
          Start shopping
        </Link>
      </Empty>
    );
  }
  const currency = data!.currency.code;
  return (
    <div className="cart-page" data-test="cart-page">
      <h1>
        Your cart <span className="muted">({count} {count === 1 ? 'item' : 'items'})</span>
      </h1>
      {error ? (
        <p className="notice error" role="alert">
          {problemOf(error).title}. Your cart shows what the shop has saved.
        </p>
      ) : null}
      <div className="cart-layout">
        <ul className="cart-lines">
          {lines.map((line) => (
            <CartLine key={line.id} line={line} currency={currency} />
          ))}
        </ul>
        <aside className="summary" aria-busy={loading} data-test="cart-summary">
          <h2>Order summary</h2>
          {totals ? (
            <dl>
              {totals.discountAmount ? (
                <>
                  <div>
                    <dt>Items</dt>
                    <dd>{money(totals.baseAmount, currency)}</dd>
                  </div>
                  <div>
                    <dt>Discounts</dt>
                    <dd>−{money(totals.discountAmount, currency)}</dd>
                  </div>
                </>
              ) : null}
              <div className="total">
                <dt>Subtotal</dt>
                <dd data-test="cart-subtotal">{loading ? <span className="muted">Updating…</span> : money(totals.cartAmount, currency)}</dd>
              </div>
            </dl>
          ) : null}
          <p className="muted small">Shipping and tax are worked out at checkout.</p>
          <Link to="/checkout" className="button primary big block" data-test="checkout-button">
            Check out
          </Link>
          <Link to="/" className="button secondary block">
            Continue shopping
          </Link>
        </aside>
      </div>
    </div>
  );
}
