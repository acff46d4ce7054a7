// Coupon and gift certificate forms of the order summary.
import { applyCoupon, applyGiftCertificate, isStorefrontError, removeCoupon, removeGiftCertificate, type Checkout, type CheckoutAction, type CheckoutStore } from 'bc-storefront';
import { useState, type FormEvent } from 'react';
import { money } from '../shop/format';
import { useAction } from './use-action';

function refusal(error: unknown, what: string): string {
  if (isStorefrontError(error, 'ERR_VALIDATION') || isStorefrontError(error, 'ERR_NOT_FOUND') || isStorefrontError(error, 'ERR_INVALID_ARGUMENT')) {
    return `That ${what} is not valid, or does not apply to this order.`;
  }
  return `We could not check that ${what} right now. Please try again.`;
}

function CodeForm({ name, label, store, apply }: { name: string; label: string; store: CheckoutStore; apply(code: string): CheckoutAction }) {
  const action = useAction(store);
  const [code, setCode] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return;
    if (await action.run(apply(code.trim()))) setCode('');
  };
  return (
    <form className="code-form" onSubmit={(e) => void submit(e)} data-test={`${name}-form`}>
      <label htmlFor={`${name}-code`}>{label}</label>
      <div className="row">
        <input id={`${name}-code`} value={code} onChange={(e) => (setCode(e.target.value), action.clear())} autoComplete="off" spellCheck={false}
          aria-invalid={!!action.error} data-test={`${name}-input`} />
        <button type="submit" className="button secondary" disabled={action.busy || !code.trim()} data-test={`${name}-apply`}>
          {action.busy ? 'Checking…' : 'Apply'}
        </button>
      </div>
      {action.error ? (
        <span className="field-error" role="alert" data-test={`${name}-error`}>
          {refusal(action.error, label.toLowerCase())}
        </span>
      ) : null}
    </form>
  );
}

export function Codes({ checkout, store }: { checkout: Checkout; store: CheckoutStore }) {
  const remove = useAction(store);
  const currency = checkout.cart.currency.code;
  return (
    <div className="codes">
      {checkout.coupons?.map((coupon) => (
        <p key={coupon.code} className="applied" data-test="applied-coupon">
          <span>
            Coupon <strong>{coupon.code}</strong>
            {coupon.displayName ? ` (${coupon.displayName})` : ''}
          </span>
          <button type="button" className="link-button" disabled={remove.busy}
            onClick={() => void remove.run((sf, id, current) => removeCoupon(sf, id, coupon.code, { version: current?.version }))}>
            Remove
          </button>
        </p>
      ))}
      {checkout.giftCertificates?.map((gift) => (
        <p key={gift.code} className="applied" data-test="applied-gift-certificate">
          <span>
            Gift certificate <strong>{gift.code}</strong>
            {gift.remaining !== undefined ? ` (${money(gift.remaining, currency)} left after this order)` : ''}
          </span>
          <button type="button" className="link-button" disabled={remove.busy} onClick={() => void remove.run((sf, id) => removeGiftCertificate(sf, id, gift.code))}>
            Remove
          </button>
        </p>
      ))}
      <CodeForm name="coupon" label="Coupon code" store={store} apply={(code) => (sf, id, current) => applyCoupon(sf, id, code, { version: current?.version })} />
      <CodeForm name="gift-certificate" label="Gift certificate" store={store} apply={(code) => (sf, id) => applyGiftCertificate(sf, id, code)} />
    </div>
  );
}
