// Who is shopping: "Sign in" for a guest; the customer's name and verified email, and "Sign out".
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { signOut } from '../account/session';
import { Link, navigate } from '../shop/router';
import { useShop } from '../shop/shop';

export function AccountMenu() {
  const shop = useShop();
  const shopper = useStore(shop.shopper);
  const [leaving, setLeaving] = useState(false);
  if (shopper.status === 'loading') return <span className="account muted" aria-busy="true">Account…</span>;
  if (shopper.status === 'error') {
    return (
      <span className="account">
        <button type="button" className="link-button" onClick={() => void shop.shopper.refresh()} title="We could not check your sign-in">
          Account unavailable, retry
        </button>
      </span>
    );
  }
  if (shopper.status === 'guest') {
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
  const { profile, verified } = shopper;
  return (
    <span className="account" data-test="account">
      <Link to="/account" className="account-name" title={verified.status === 'customer' ? `Signed in as ${verified.customer.email}` : undefined}>
        Hi, {profile.firstName || 'there'}
        {verified.status === 'customer' ? (
          <span className="account-email" data-test="customer-email">
            {verified.customer.email}
          </span>
        ) : null}
      </Link>
      <button type="button" className="link-button" onClick={out} disabled={leaving} data-test="sign-out">
        {leaving ? 'Signing out…' : 'Sign out'}
      </button>
    </span>
  );
}
