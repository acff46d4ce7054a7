// Checkout: billing, shipping and delivery, codes, and the order summary, on one page over the
// checkout store (its id is the cart id). The cart's queued changes settle before it opens.
import { useStore } from '@nanostores/react';
import { createCheckoutStore, type Checkout, type CheckoutStore } from 'bc-storefront';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, navigate } from '../shop/router';
import { useShop } from '../shop/shop';
import { Empty, ErrorState, Loading } from '../ui/states';
import { BillingStep, hasBilling } from './billing-step';
import { Codes } from './codes';
import { placeOrder } from './place-order';
import { ShippingStep } from './shipping-step';
import { Summary } from './summary';

function PlaceOrder({ checkout, store }: { checkout: Checkout; store: CheckoutStore }) {
  const shop = useShop();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const ready = hasBilling(checkout) && checkout.consignments.length > 0 && checkout.consignments.every((c) => c.selectedShippingOption);
  const place = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const orderId = await placeOrder(shop, checkout.id);
      await shop.cart.refresh().catch(() => null); // the order took the cart with it
      navigate(`/order/${orderId}`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      await store.refresh().catch(() => undefined);
      setBusy(false);
    }
  };
  return (
    <div className="place-order">
      <button type="button" className="button primary big block" disabled={!ready || busy} onClick={() => void place()} data-test="place-order">
        {busy ? 'Placing your order…' : 'Place order'}
      </button>
      {!ready ? <p className="muted small">Add your billing details and choose a delivery option to place your order.</p> : null}
      {failure ? (
        <p className="notice error" role="alert" data-test="place-order-error">
          {failure}
        </p>
      ) : null}
      <p className="muted small secure">Payment is taken securely by the shop when you place your order.</p>
    </div>
  );
}

function CheckoutBody({ checkoutId }: { checkoutId: string }) {
  const { storefront, shopper } = useShop();
  const store = useMemo(() => createCheckoutStore(storefront, checkoutId), [storefront, checkoutId]);
  const { data, error } = useStore(store);
  const who = useStore(shopper);
  if (!data) return error ? <ErrorState error={error} onRetry={() => void store.refresh().catch(() => undefined)} /> : <Loading label="Opening checkout…" />;
  const email = who.status === 'customer' ? who.profile.email : undefined;
  return (
    <div className="checkout-layout" data-test="checkout-page">
      <div className="steps">
        {who.status === 'guest' ? (
          <p className="notice">
            Have an account? <Link to="/login?next=/checkout">Sign in</Link> for faster checkout.
          </p>
        ) : null}
        <BillingStep checkout={data} store={store} email={email} />
        <ShippingStep checkout={data} store={store} />
      </div>
      <div>
        <Summary checkout={data}>
          <Codes checkout={data} store={store} />
        </Summary>
        <PlaceOrder checkout={data} store={store} />
      </div>
    </div>
  );
}

export function CheckoutPage() {
  const { cart } = useShop();
  const { data } = useStore(cart);
  const [checkoutId, setCheckoutId] = useState<string | null | undefined>(undefined);
  // Once per visit (StrictMode runs effects twice in development): it announces `checkout-started`.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    cart.startCheckout().then(
      (current) => setCheckoutId(current?.id ?? null),
      () => setCheckoutId(null),
    );
  }, [cart]);
  const empty = checkoutId === null || data === null || (data && !data.lineItems.physicalItems.length && !data.lineItems.digitalItems.length);
  return (
    <div className="checkout">
      <h1>Checkout</h1>
      {empty ? (
        <Empty title="Your cart is empty">
          <Link to="/" className="button primary">
            Start shopping
          </Link>
        </Empty>
      ) : checkoutId ? (
        <CheckoutBody checkoutId={checkoutId} />
      ) : (
        <Loading label="Opening checkout…" />
      )}
    </div>
  );
}
