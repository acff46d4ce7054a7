// Signing in and out. The shop's server checks the password and signs a Customer Login URL; the
// browser goes there, and the store signs the shopper in and sends them back. Signing out is the
// store's own logout, after which the customer and the cart are read again.
import type { Shop } from '../shop/shop';

/** Why a sign-in did not happen, in words for the shopper. */
export class SignInError extends Error {
  override name = 'SignInError';
}

/**
 * Asks the shop's server for a Customer Login URL; resolves with it.
 * @throws {SignInError} for wrong credentials, or when the server cannot be reached
 */
export async function requestLoginUrl(shop: Shop, email: string, password: string, redirectTo: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${shop.config.apiBase}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ email, password, redirectTo }),
    });
  } catch {
    throw new SignInError('We could not reach the shop. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as { url?: unknown; error?: { message?: unknown } };
  if (response.ok && typeof body.url === 'string') return body.url;
  if (response.status === 401) throw new SignInError(typeof body.error?.message === 'string' ? body.error.message : 'That email and password do not match an account.');
  throw new SignInError('Signing in is not working right now. Please try again in a moment.');
}

/** Ends the store session, then reads the shopper (now a guest) and the cart (gone with the session) again. */
export async function signOut(shop: Shop): Promise<void> {
  // `manual`: the store answers with a redirect to its home page, which this page does not need.
  await fetch(`${shop.config.storeUrl}/login.php?action=logout`, { credentials: 'include', redirect: 'manual' });
  await Promise.all([shop.shopper.refresh(), shop.cart.refresh().catch(() => null)]);
}
