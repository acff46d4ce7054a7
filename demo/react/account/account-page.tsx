import { useStore } from '@nanostores/react';
import { Link } from '../shop/router';
import { useShop } from '../shop/shop';
import { ErrorState, Loading } from '../ui/states';

export function AccountPage() {
  const { customer } = useShop();
  const who = useStore(customer);
  if (who.status === 'loading') return <Loading label="Checking your sign-in…" />;
  if (who.status === 'error') return <ErrorState error={who.error} onRetry={() => void customer.refresh()} />;
  if (who.status === 'guest') {
    return (
      <div className="narrow">
        <h1>Your account</h1>
        <p>You are not signed in.</p>
        <Link to="/login" className="button primary">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <div className="narrow" data-test="account-page">
      <h1>Your account</h1>
      <p>
        Welcome back. You are signed in as <strong data-test="account-email">{who.customer.email}</strong>.
      </p>
      <p className="muted small">Customer number {who.customer.id}. The shop’s server verified your sign-in.</p>
      <div className="row gap">
        <Link to="/" className="button primary">
          Continue shopping
        </Link>
        <Link to="/cart" className="button secondary">
          Your cart
        </Link>
      </div>
    </div>
  );
}
