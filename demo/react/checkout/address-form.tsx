// An address form with field-level errors: checked here before anything is sent, and mapped
// back onto the fields when the store refuses one.
import { isStorefrontError, type Address, type AddressInput } from 'bc-storefront';
import { useState, type FormEvent, type ReactNode } from 'react';

export const COUNTRIES = [
  { code: 'US', name: 'United States' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'CA', name: 'Canada' },
  { code: 'AU', name: 'Australia' },
] as const;

export interface AddressFields {
  email: string;
  firstName: string;
  lastName: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postalCode: string;
  countryCode: string;
  phone: string;
}

type Field = keyof AddressFields;
export type FieldErrors = Partial<Record<Field, string>>;

const EMPTY: AddressFields = { email: '', firstName: '', lastName: '', address1: '', address2: '', city: '', state: '', postalCode: '', countryCode: 'US', phone: '' };

/** Form fields from an address the checkout or the customer's address book holds. */
export function fieldsOf(address: Partial<Address> | undefined, email = ''): AddressFields {
  if (!address) return { ...EMPTY, email };
  return {
    email: address.email || email,
    firstName: address.firstName ?? '',
    lastName: address.lastName ?? '',
    address1: address.address1 ?? '',
    address2: address.address2 ?? '',
    city: address.city ?? '',
    state: address.stateOrProvinceCode || address.stateOrProvince || '',
    postalCode: address.postalCode ?? '',
    countryCode: address.countryCode || 'US',
    phone: address.phone ?? '',
  };
}

/** The address to send; `withEmail` for the billing address. */
export function toAddressInput(fields: AddressFields, withEmail: boolean): AddressInput {
  const state = fields.state.trim();
  return {
    firstName: fields.firstName.trim(),
    lastName: fields.lastName.trim(),
    address1: fields.address1.trim(),
    ...(fields.address2.trim() && { address2: fields.address2.trim() }),
    city: fields.city.trim(),
    countryCode: fields.countryCode,
    postalCode: fields.postalCode.trim(),
    ...(state && (/^[A-Za-z]{2}$/.test(state) ? { stateOrProvinceCode: state.toUpperCase() } : { stateOrProvince: state })),
    ...(withEmail && { email: fields.email.trim() }),
    ...(fields.phone.trim() && { phone: fields.phone.trim() }),
  };
}

/** What is wrong with the fields, by field, before sending. */
export function checkFields(fields: AddressFields, withEmail: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (withEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email.trim())) errors.email = 'Enter an email address like name@example.com.';
  if (!fields.firstName.trim()) errors.firstName = 'Enter your first name.';
  if (!fields.lastName.trim()) errors.lastName = 'Enter your last name.';
  if (!fields.address1.trim()) errors.address1 = 'Enter a street address.';
  if (!fields.city.trim()) errors.city = 'Enter a town or city.';
  if (!fields.postalCode.trim()) errors.postalCode = 'Enter a postal code.';
  else if (fields.countryCode === 'US' && !/^\d{5}(-\d{4})?$/.test(fields.postalCode.trim())) errors.postalCode = 'Enter a 5-digit ZIP code.';
  if (fields.countryCode === 'US' && !fields.state.trim()) errors.state = 'Enter a state.';
  if (fields.phone.trim() && !/^\+?[\d\s().-]{6,20}$/.test(fields.phone.trim())) errors.phone = 'Enter a phone number, or leave it empty.';
  return errors;
}

/** The field a library argument error names (`address.postalCode` → `postalCode`), if any. */
export function fieldOfError(error: unknown): Field | undefined {
  if (!isStorefrontError(error, 'ERR_INVALID_ARGUMENT')) return undefined;
  const name = error.argument.split('.').pop() ?? '';
  if (name === 'stateOrProvince' || name === 'stateOrProvinceCode') return 'state';
  return name in EMPTY ? (name as Field) : undefined;
}

interface AddressFormProps {
  idPrefix: string;
  initial: AddressFields;
  withEmail: boolean;
  submitLabel: string;
  busy: boolean;
  /** Errors from the store, by field. */
  serverErrors?: FieldErrors;
  onSubmit(fields: AddressFields): void;
  children?: ReactNode;
}

export function AddressForm({ idPrefix, initial, withEmail, submitLabel, busy, serverErrors = {}, onSubmit, children }: AddressFormProps) {
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...serverErrors, ...errors };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(fields, withEmail);
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(`${idPrefix}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    onSubmit(fields);
  };
  const input = (name: Field, label: string, props: { type?: string; autoComplete?: string; optional?: boolean; wide?: boolean } = {}) => {
    const id = `${idPrefix}-${name}`;
    const error = shown[name];
    return (
      <div className={props.wide ? 'field wide' : 'field'}>
        <label htmlFor={id}>
          {label}
          {props.optional ? <span className="muted"> (optional)</span> : null}
        </label>
        <input id={id} name={name} type={props.type ?? 'text'} autoComplete={props.autoComplete} value={fields[name]} aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined} data-test={`${idPrefix}-${name}`}
          onChange={(e) => {
            setFields({ ...fields, [name]: e.target.value });
            if (errors[name]) setErrors({ ...errors, [name]: undefined });
          }} />
        {error ? (
          <span className="field-error" id={`${id}-error`} data-test="field-error">
            {error}
          </span>
        ) : null}
      </div>
    );
  };
  return (
    <form className="address-form" onSubmit={submit} noValidate data-test={`${idPrefix}-form`}>
      <div className="fields">
        {withEmail ? input('email', 'Email', { type: 'email', autoComplete: 'email', wide: true }) : null}
        {input('firstName', 'First name', { autoComplete: 'given-name' })}
        {input('lastName', 'Last name', { autoComplete: 'family-name' })}
        {input('address1', 'Street address', { autoComplete: 'address-line1', wide: true })}
        {input('address2', 'Apartment, suite, etc.', { autoComplete: 'address-line2', optional: true, wide: true })}
        {input('city', 'Town or city', { autoComplete: 'address-level2' })}
        {input('state', 'State / province', { autoComplete: 'address-level1', optional: fields.countryCode !== 'US' })}
        {input('postalCode', fields.countryCode === 'US' ? 'ZIP code' : 'Postal code', { autoComplete: 'postal-code' })}
        <div className="field">
          <label htmlFor={`${idPrefix}-countryCode`}>Country</label>
          <select id={`${idPrefix}-countryCode`} value={fields.countryCode} autoComplete="country" data-test={`${idPrefix}-countryCode`}
            onChange={(e) => setFields({ ...fields, countryCode: e.target.value })}>
            {COUNTRIES.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </div>
        {input('phone', 'Phone', { type: 'tel', autoComplete: 'tel', optional: true })}
      </div>
      {children}
      <button type="submit" className="button primary" disabled={busy} data-test={`${idPrefix}-submit`}>
        {busy ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
