// The product's options as form controls: swatches and boxes for choices, a checkbox, text,
// number and date fields for modifiers.
import type { ProductDetail } from 'bc-storefront';
import { optionsOf, type ProductOption, type Selection } from './selection';

interface OptionProps {
  option: ProductOption;
  value: number | string | undefined;
  onChange(value: number | string): void;
}

function Choice({ option, value, onChange }: OptionProps) {
  if (option.__typename !== 'MultipleChoiceOption') return null;
  const values = option.values.edges?.map((edge) => edge.node) ?? [];
  const chosen = values.find((v) => v.entityId === value);
  if (option.displayStyle === 'DropdownList' || values.length > 8) {
    return (
      <label className="option">
        <span className="option-name">{option.displayName}</span>
        <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))} data-test={`option-${option.displayName}`}>
          {value === undefined ? <option value="">Choose…</option> : null}
          {values.map((v) => (
            <option key={v.entityId} value={v.entityId}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <fieldset className="option" data-test={`option-${option.displayName}`}>
      <legend className="option-name">
        {option.displayName}
        {chosen ? <span className="option-chosen">: {chosen.label}</span> : null}
      </legend>
      <div className={option.displayStyle === 'Swatch' ? 'swatches' : 'boxes'}>
        {values.map((v) => (
          <label key={v.entityId} className={v.entityId === value ? 'choice selected' : 'choice'} title={v.label}>
            <input type="radio" name={`option-${option.entityId}`} checked={v.entityId === value} onChange={() => onChange(v.entityId)} aria-label={v.label} />
            {v.__typename === 'SwatchOptionValue' ? (
              <span className="swatch" style={{ background: v.hexColors[0] ?? '#ccc' }} aria-hidden="true" />
            ) : (
              <span aria-hidden="true">{v.label}</span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Field({ option, value, onChange }: OptionProps) {
  const label = (
    <span className="option-name">
      {option.displayName}
      {option.isRequired ? <span className="required"> (required)</span> : <span className="muted"> (optional)</span>}
    </span>
  );
  switch (option.__typename) {
    case 'CheckboxOption':
      return (
        <label className="option check">
          <input type="checkbox" checked={value === option.checkedOptionValueEntityId}
            onChange={(e) => onChange(e.target.checked ? option.checkedOptionValueEntityId : option.uncheckedOptionValueEntityId)} />
          <span>{option.label}</span>
        </label>
      );
    case 'TextFieldOption':
      return (
        <label className="option">
          {label}
          <input type="text" value={value ?? ''} maxLength={option.maxLength ?? undefined} onChange={(e) => onChange(e.target.value)} />
        </label>
      );
    case 'MultiLineTextFieldOption':
      return (
        <label className="option">
          {label}
          <textarea value={value ?? ''} rows={option.maxLines ?? 3} maxLength={option.maxLength ?? undefined} onChange={(e) => onChange(e.target.value)} />
        </label>
      );
    case 'NumberFieldOption':
      return (
        <label className="option">
          {label}
          <input type="number" value={value ?? ''} min={option.lowest ?? undefined} max={option.highest ?? undefined}
            step={option.isIntegerOnly ? 1 : 'any'} placeholder={option.defaultNumber === null ? '' : String(option.defaultNumber)} onChange={(e) => onChange(e.target.value)} />
        </label>
      );
    case 'DateFieldOption':
      return (
        <label className="option">
          {label}
          <input type="date" value={value ?? ''} min={option.earliest?.slice(0, 10)} max={option.latest?.slice(0, 10)} onChange={(e) => onChange(e.target.value)} />
        </label>
      );
    case 'FileUploadFieldOption':
      return (
        <p className="option muted">
          {option.displayName}: you can send us your file after ordering.
        </p>
      );
    default:
      return null;
  }
}

/** Every option of the product, variant options first as the store orders them. */
export function ProductOptions({ product, selection, onChange }: { product: ProductDetail; selection: Selection; onChange(next: Selection): void }) {
  return (
    <div className="options">
      {optionsOf(product).map((option) => {
        const props = { option, value: selection[option.entityId], onChange: (value: number | string) => onChange({ ...selection, [option.entityId]: value }) };
        return option.__typename === 'MultipleChoiceOption' ? <Choice key={option.entityId} {...props} /> : <Field key={option.entityId} {...props} />;
      })}
    </div>
  );
}
