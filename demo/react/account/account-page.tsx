import { useStore } from '@nanostores/react';
import { money } from '../shop/format';
import { Link } from '../shop/router';
import { useShop } from '../shop/shop';
import { ErrorState, Loading } from '../ui/states';

export function AccountPage() {
  const { shopper } = useShop();
  const who = useStore(shopper);
  if (who.status === 'loading') return <Loading label="Checking your sign-in…" />;
  if (who.status === 'error') return <ErrorState error={who.error} onRetry={() => void shopper.refresh()} />;
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
  const { profile, verified } = who;
  return (
    <div className="narrow" data-test="account-page">
      <h1>Welcome back, {profile.firstName}</h1>
      <dl className="facts column">
        <div>
          <dt>Name</dt>
          <dd>
            {profile.firstName} {profile.lastName}
          </dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd data-test="account-email">{profile.email}</dd>
        </div>
        {profile.storeCredit.length && profile.storeCredit[0]!.value ? (
          <div>
            <dt>Store credit</dt>
            <dd>{money(profile.storeCredit[0]!.value, profile.storeCredit[0]!.currencyCode)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted small" data-test="verified">
        {verified.status === 'customer'
          ? `✓ The shop’s server verified your sign-in (customer ${verified.customer.id}).`
          : verified.status === 'loading'
            ? 'Checking your sign-in with the shop’s server…'
            : 'The shop’s server could not verify your sign-in just now; some account features may be unavailable.'}
      </p>
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
