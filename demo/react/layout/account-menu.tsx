// Who is shopping: "Sign in" for a guest, the verified customer's email and "Sign out" otherwise.
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { signOut } from '../account/session';
import { Link, navigate } from '../shop/router';
import { useShop } from '../shop/shop';

export function AccountMenu() {
  const shop = useShop();
  const state = useStore(shop.customer);
  const [leaving, setLeaving] = useState(false);
  if (state.status === 'loading') return <span className="account muted" aria-busy="true">Account…</span>;
  if (state.status === 'error') {
    return (
      <span className="account">
        <button type="button" className="link-button" onClick={() => void shop.customer.refresh()} title="We could not check your sign-in">
          Account unavailable, retry
        </button>
      </span>
    );
  }
  if (state.status === 'guest') {
    return (
      <span className="account">
        <Link to="/login" data-test="sign-in-link">
          Sign in
        </Link>
      </span>
    );
  }
  const out = () => {
    setLeaving(true);
    signOut(shop)
      .then(() => navigate('/'))
      .catch(() => undefined)
      .finally(() => setLeaving(false));
  };
  return (
    <span className="account" data-test="account">
      <Link to="/account" className="account-name" data-test="customer-email">
        {state.customer.email}
      </Link>
      <button type="button" className="link-button" onClick={out} disabled={leaving} data-test="sign-out">
        {leaving ? 'Signing out…' : 'Sign out'}
      </button>
    </span>
  );
}
