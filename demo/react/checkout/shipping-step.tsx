import { createConsignments, selectShippingOption, updateConsignment, type AddressInput, type Checkout, type CheckoutStore } from 'bc-storefront';
import { useState } from 'react';
import { money, problemOf } from '../shop/format';
import { AddressForm, fieldOfError, fieldsOf, toAddressInput } from './address-form';
import { hasBilling } from './billing-step';
import { useAction } from './use-action';

/** Every physical line of the checkout, all of its units: one consignment ships the lot. */
const linesOf = (checkout: Checkout) => checkout.cart.lineItems.physicalItems.map((line) => ({ itemId: line.id, quantity: line.quantity }));

export function ShippingStep({ checkout, store }: { checkout: Checkout; store: CheckoutStore }) {
  const address = useAction(store);
  const option = useAction(store);
  const consignment = checkout.consignments[0];
  const [sameAsBilling, setSameAsBilling] = useState(true);
  const [editing, setEditing] = useState(!consignment);
  const [picked, setPicked] = useState<string | null>(null);
  const currency = checkout.cart.currency.code;
  if (!hasBilling(checkout)) {
    return (
      <section className="step disabled" data-test="shipping-step" aria-labelledby="shipping-title">
        <h2 id="shipping-title">
          <span className="step-number">2</span> Shipping
        </h2>
        <p className="muted">Add your billing details first.</p>
      </section>
    );
  }
  const ship = async (to: AddressInput) => {
    const lineItems = linesOf(checkout);
    const ok = await address.run((sf, id, current) =>
      consignment
        ? updateConsignment(sf, id, consignment.id, { address: to, lineItems }, { version: current?.version })
        : createConsignments(sf, id, [{ address: to, lineItems }], { version: current?.version }),
    );
    if (ok) setEditing(false);
  };
  const shipToBilling = () => void ship(toAddressInput(fieldsOf(checkout.billingAddress), false));
  // The choice shows at once; it falls back to the store's if the store refuses it.
  const choose = (optionId: string) => {
    setPicked(optionId);
    void option.run((sf, id, current) => selectShippingOption(sf, id, consignment!.id, optionId, { version: current?.version })).then(() => setPicked(null));
  };
  const chosen = picked ?? consignment?.selectedShippingOption?.id;
  const offered = consignment?.availableShippingOptions ?? [];
  const a = consignment?.address;
  const field = fieldOfError(address.error);
  return (
    <section className="step" data-test="shipping-step" aria-labelledby="shipping-title">
      <div className="step-head">
        <h2 id="shipping-title">
          <span className="step-number">2</span> Shipping
        </h2>
        {consignment && !editing ? (
          <button type="button" className="link-button" onClick={() => setEditing(true)} data-test="shipping-edit">
            Change address
          </button>
        ) : null}
      </div>
      {editing ? (
        <>
          <label className="check">
            <input type="checkbox" checked={sameAsBilling} onChange={(e) => setSameAsBilling(e.target.checked)} data-test="same-as-billing" />
            <span>Ship to my billing address</span>
          </label>
          {sameAsBilling ? (
            <button type="button" className="button primary" disabled={address.busy} onClick={shipToBilling} data-test="shipping-submit">
              {address.busy ? 'Finding shipping options…' : 'Show shipping options'}
            </button>
          ) : (
            <AddressForm idPrefix="shipping" initial={fieldsOf(a)} withEmail={false} submitLabel="Show shipping options" busy={address.busy}
              serverErrors={field ? { [field]: 'Please check this field.' } : {}} onSubmit={(fields) => void ship(toAddressInput(fields, false))} />
          )}
          {address.error && !field ? (
            <p className="notice error" role="alert" data-test="shipping-error">
              {problemOf(address.error).title}. {problemOf(address.error).detail}
            </p>
          ) : null}
        </>
      ) : a ? (
        <address className="address-summary" data-test="shipping-summary">
          {a.firstName} {a.lastName}, {a.address1}, {a.city} {a.stateOrProvinceCode ?? ''} {a.postalCode}, {a.country || a.countryCode}
        </address>
      ) : null}
      {consignment && !editing ? (
        offered.length ? (
          <fieldset className="shipping-options" data-test="shipping-options" disabled={option.busy}>
            <legend>Delivery</legend>
            {offered.map((o) => (
              <label key={o.id} className={chosen === o.id ? 'ship-option selected' : 'ship-option'}>
                <input type="radio" name="shipping-option" checked={chosen === o.id} onChange={() => choose(o.id)} />
                <span className="ship-name">{o.description}</span>
                <span className="muted small">{o.transitTime}</span>
                <strong>{o.cost ? money(o.cost, currency) : 'Free'}</strong>
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="notice error" role="alert">
            We do not ship to this address yet. Please choose an address in the United States, the United Kingdom, Canada or Australia.
          </p>
        )
      ) : null}
      {option.error ? (
        <p className="notice error" role="alert">
          {problemOf(option.error).title}. {problemOf(option.error).detail}
        </p>
      ) : null}
    </section>
  );
}
