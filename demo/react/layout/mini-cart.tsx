// The header's cart button with its count badge, and a panel with the lines and the subtotal.
import { useStore } from '@nanostores/react';
import type { ProductLineItem } from 'bc-storefront';
import { useEffect, useRef, useState } from 'react';
import { money } from '../shop/format';
import { Link, useLocation } from '../shop/router';
import { useShop } from '../shop/shop';

export function MiniCart() {
  const { cart } = useShop();
  const { data, loading, error } = useStore(cart);
  const count = useStore(cart.count);
  const totals = useStore(cart.totals);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const { path } = useLocation();
  useEffect(() => setOpen(false), [path]);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const lines: ProductLineItem[] = data ? [...data.lineItems.physicalItems, ...data.lineItems.digitalItems] : [];
  return (
    <div className="mini-cart" ref={box}>
      <button type="button" className="cart-button" aria-expanded={open} aria-controls="mini-cart-panel" onClick={() => setOpen(!open)} data-test="cart-button">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6.2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          <circle cx="10" cy="20" r="1.4" fill="currentColor" />
          <circle cx="17" cy="20" r="1.4" fill="currentColor" />
        </svg>
        <span>Cart</span>
        <span className={count ? 'count' : 'count zero'} data-test="cart-count" aria-label={`${count} ${count === 1 ? 'item' : 'items'} in your cart`}>
          {count}
        </span>
      </button>
      {open ? (
        <div className="mini-cart-panel" id="mini-cart-panel" role="dialog" aria-label="Your cart" data-test="mini-cart">
          {error ? <p className="notice error">Your cart could not be updated. Please try again.</p> : null}
          {data === undefined && loading ? <p className="muted">Loading your cart…</p> : null}
          {data !== undefined && !lines.length ? <p className="muted">Your cart is empty.</p> : null}
          {lines.length ? (
            <ul className="mini-lines">
              {lines.map((line) => (
                <li key={line.id}>
                  {line.imageUrl ? <img src={line.imageUrl} alt="" width="48" height="48" /> : <span className="no-image small" />}
                  <span className="mini-name">{line.name}</span>
                  <span className="mini-qty">× {line.quantity}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {totals && lines.length ? (
            <p className="mini-total">
              <span>Subtotal</span> <strong>{money(totals.cartAmount, totals.currency.code)}</strong>
            </p>
          ) : null}
          <div className="mini-actions">
            <Link to="/cart" className="button secondary" data-test="view-cart">
              View cart
            </Link>
            {lines.length ? (
              <Link to="/checkout" className="button primary">
                Checkout
              </Link>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
