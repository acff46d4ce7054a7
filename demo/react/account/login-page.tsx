import { useStore } from '@nanostores/react';
import { useState, type FormEvent } from 'react';
import { href, Link, useLocation } from '../shop/router';
import { useShop } from '../shop/shop';
import { requestLoginUrl } from './session';

/** Where to come back after signing in: an app path from `?next=`, else the account page. */
const nextPath = (next: string | null) => (next && /^\/[\w\-/]*$/.test(next) ? next : '/account');

export function LoginPage() {
  const shop = useShop();
  const { query } = useLocation();
  const who = useStore(shop.shopper);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setFailure('Enter your email and password.');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      // The store signs the shopper in at this URL, then sends the browser back here.
      location.assign(await requestLoginUrl(shop, email.trim(), password, href(nextPath(query.get('next')))));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'Signing in did not work. Please try again.');
      setBusy(false);
    }
  };
  if (who.status === 'customer') {
    return (
      <div className="narrow">
        <h1>You are signed in</h1>
        <p>
          Signed in as <strong>{who.profile.email}</strong>. <Link to="/account">Your account</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <form className="login-form" onSubmit={(e) => void submit(e)} noValidate data-test="login-form">
        <div className="field wide">
          <label htmlFor="login-email">Email</label>
          <input id="login-email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} data-test="login-email" />
        </div>
        <div className="field wide">
          <label htmlFor="login-password">Password</label>
          <input id="login-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} data-test="login-password" />
        </div>
        {failure ? (
          <p className="notice error" role="alert" data-test="login-error">
            {failure}
          </p>
        ) : null}
        <button type="submit" className="button primary big block" disabled={busy} data-test="login-submit">
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="muted small">Try jane@example.com with the password “correct horse battery”.</p>
    </div>
  );
}
