import { addBillingAddress, isStorefrontError, updateBillingAddress, type Checkout, type CheckoutStore } from 'bc-storefront';
import { useState } from 'react';
import { problemOf } from '../shop/format';
import { Link } from '../shop/router';
import { AddressForm, fieldOfError, fieldsOf, toAddressInput, type AddressFields } from './address-form';
import { useAction } from './use-action';

/** Whether the checkout has a billing address filled in (a real store may send an empty one). */
export const hasBilling = (checkout: Checkout): boolean => !!checkout.billingAddress?.address1;

function BillingError({ error }: { error: unknown }) {
  if (isStorefrontError(error, 'ERR_UNAUTHORIZED')) {
    return (
      <p className="notice error" role="alert" data-test="billing-error">
        That email belongs to an account. <Link to="/login?next=/checkout">Sign in</Link> to use it, or use another email.
      </p>
    );
  }
  if (fieldOfError(error)) return null;
  return (
    <p className="notice error" role="alert" data-test="billing-error">
      {problemOf(error).title}. {problemOf(error).detail}
    </p>
  );
}

export function BillingStep({ checkout, store, email }: { checkout: Checkout; store: CheckoutStore; email: string | undefined }) {
  const action = useAction(store);
  const done = hasBilling(checkout);
  const [editing, setEditing] = useState(!done);
  const saved = checkout.customer?.addresses?.[0];
  const initial: AddressFields = done ? fieldsOf(checkout.billingAddress) : fieldsOf(saved, email ?? checkout.customer?.email ?? '');
  const save = async (fields: AddressFields) => {
    const address = toAddressInput(fields, true);
    const id = checkout.billingAddress?.id;
    const ok = await action.run((sf, checkoutId, current) =>
      id ? updateBillingAddress(sf, checkoutId, id, address, { version: current?.version }) : addBillingAddress(sf, checkoutId, address, { version: current?.version }),
    );
    if (ok) setEditing(false);
  };
  const field = fieldOfError(action.error);
  const b = checkout.billingAddress;
  return (
    <section className="step" data-test="billing-step" aria-labelledby="billing-title">
      <div className="step-head">
        <h2 id="billing-title">
          <span className="step-number">1</span> Contact and billing
        </h2>
        {done && !editing ? (
          <button type="button" className="link-button" onClick={() => setEditing(true)} data-test="billing-edit">
            Edit
          </button>
        ) : null}
      </div>
      {done && !editing && b ? (
        <address className="address-summary" data-test="billing-summary">
          {b.firstName} {b.lastName}, {b.email}
          <br />
          {b.address1}
          {b.address2 ? `, ${b.address2}` : ''}, {b.city}
          {b.stateOrProvinceCode ? ` ${b.stateOrProvinceCode}` : ''} {b.postalCode}, {b.country || b.countryCode}
        </address>
      ) : (
        <>
          {saved && !done ? <p className="muted small">We filled in the address saved in your account.</p> : null}
          <AddressForm idPrefix="billing" initial={initial} withEmail submitLabel="Continue to shipping" busy={action.busy}
            serverErrors={field ? { [field]: 'Please check this field.' } : {}} onSubmit={(fields) => void save(fields)}>
            {action.error ? <BillingError error={action.error} /> : null}
          </AddressForm>
        </>
      )}
    </section>
  );
}
