// One cart line: what it is, its options, a quantity stepper and remove. Changes show at once
// (the cart store previews them) and roll back with a message if the store refuses.
import type { ProductLineItem } from 'bc-storefront';
import { useEffect, useState } from 'react';
import { money, problemOf } from '../shop/format';
import { Link } from '../shop/router';
import { useShop } from '../shop/shop';

export function CartLine({ line, currency }: { line: ProductLineItem; currency: string }) {
  const { cart } = useShop();
  const [draft, setDraft] = useState(String(line.quantity));
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => setDraft(String(line.quantity)), [line.quantity]);
  const change = (quantity: number) => {
    if (!Number.isInteger(quantity) || quantity < 0) {
      setDraft(String(line.quantity));
      return;
    }
    if (quantity === line.quantity) return;
    setFailure(null);
    cart.update(line.id, quantity).catch((error: unknown) => setFailure(problemOf(error).title));
  };
  const remove = () => {
    setFailure(null);
    cart.remove(line.id).catch((error: unknown) => setFailure(problemOf(error).title));
  };
  const fixed = line.isMutable === false;
  const path = line.url ? new URL(line.url, location.origin).pathname : null;
  return (
    <li className="cart-line" data-test="cart-line" data-product-id={line.productId}>
      <div className="line-image">{line.imageUrl ? <img src={line.imageUrl} alt="" width="96" height="96" /> : <span className="no-image" />}</div>
      <div className="line-info">
        {path ? (
          <Link to={path} className="line-name">
            {line.name}
          </Link>
        ) : (
          <span className="line-name">{line.name}</span>
        )}
        {line.options?.length ? (
          <ul className="line-options">
            {line.options.map((option) => (
              <li key={`${option.nameId ?? option.name}`}>
                {option.name}: {option.value}
              </li>
            ))}
          </ul>
        ) : null}
        {line.sku ? <span className="muted small">SKU {line.sku}</span> : null}
        <span className="muted small">{money(line.salePrice ?? line.listPrice ?? 0, currency)} each</span>
        {failure ? (
          <p className="notice error" role="alert" data-test="line-error">
            {failure}
          </p>
        ) : null}
      </div>
      <div className="line-qty">
        <div className="stepper" role="group" aria-label={`Quantity of ${line.name ?? 'this item'}`}>
          <button type="button" onClick={() => change(line.quantity - 1)} disabled={fixed || line.quantity <= 1} aria-label="One fewer" data-test="qty-less">
            −
          </button>
          <input type="number" inputMode="numeric" min="1" value={draft} disabled={fixed} aria-label="Quantity" data-test="qty-input"
            onChange={(e) => setDraft(e.target.value)} onBlur={() => change(Number(draft))} onKeyDown={(e) => e.key === 'Enter' && change(Number(draft))} />
          <button type="button" onClick={() => change(line.quantity + 1)} disabled={fixed} aria-label="One more" data-test="qty-more">
            +
          </button>
        </div>
        <button type="button" className="link-button" onClick={remove} disabled={fixed} data-test="remove">
          Remove
        </button>
      </div>
      <div className="line-total" data-test="line-total">
        {money(line.extendedSalePrice ?? (line.salePrice ?? 0) * line.quantity, currency)}
      </div>
    </li>
  );
}
