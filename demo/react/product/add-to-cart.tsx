// Quantity and the add button. Every click is its own add: the cart store queues them, shows each
// at once in the badge and sends them in as few requests as it can.
import { useStore } from '@nanostores/react';
import type { LineItemInput } from 'bc-storefront';
import { useState } from 'react';
import { problemOf } from '../shop/format';
import { Link } from '../shop/router';
import { useShop } from '../shop/shop';

export interface AddToCartProps {
  line: Omit<LineItemInput, 'quantity'> | null;
  /** Why the line cannot be bought now (out of stock, an option missing); null when it can. */
  blocked: string | null;
  min: number;
  max: number | null;
}

export function AddToCart({ line, blocked, min, max }: AddToCartProps) {
  const { cart } = useShop();
  const [quantity, setQuantity] = useState(String(min));
  const [added, setAdded] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const count = useStore(cart.count);
  const amount = Number(quantity);
  const valid = Number.isInteger(amount) && amount >= min && (max === null || amount <= max);
  const add = () => {
    if (!line || !valid) return;
    setFailure(null);
    cart.add({ ...line, quantity: amount }).then(
      () => setAdded((n) => n + amount),
      (error: unknown) => setFailure(problemOf(error).title),
    );
  };
  return (
    <div className="buy">
      <div className="buy-row">
        <label className="qty">
          <span>Quantity</span>
          <input type="number" inputMode="numeric" min={min} max={max ?? undefined} value={quantity} onChange={(e) => setQuantity(e.target.value)} data-test="quantity" aria-invalid={!valid} />
        </label>
        <button type="button" className="button primary big" onClick={add} disabled={!line || !!blocked || !valid} data-test="add-to-cart">
          {blocked ?? 'Add to cart'}
        </button>
      </div>
      {!valid ? <p className="field-error">Choose a quantity from {min}{max === null ? ' up' : ` to ${max}`}.</p> : null}
      {failure ? (
        <p className="notice error" role="alert" data-test="add-error">
          Not added: {failure}
        </p>
      ) : added ? (
        <p className="notice success" role="status" data-test="added">
          Added to your cart ({count} {count === 1 ? 'item' : 'items'} in total). <Link to="/cart">View cart</Link>
        </p>
      ) : null}
    </div>
  );
}
