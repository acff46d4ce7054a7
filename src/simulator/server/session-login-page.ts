import { escapeXml } from './images';
import { restErrorBody, sendJson, sendRaw } from './respond';
import type { SimRoute } from './route';
import { sessionsOf, setSessionCookie, shopperSession } from './session';
import { LOGIN_PAGE_PATH, redirect, takeLoginFlash } from './session-login-token';

/**
 * `GET /login.php`: with `?action=logout`, ends the browser's session (the customer, and the
 * cart with it, as a store's sign-out does), clears the cookie and redirects to `/`. Without an
 * action, a bare sign-in page that shows the error a refused login token left.
 */
export const loginPageRoute: SimRoute = {
  name: 'login-page',
  matches: (pathname) => pathname === LOGIN_PAGE_PATH,
  cors: 'same-origin',
  async handle(ctx) {
    const { res, url, method, state } = ctx;
    if (method !== 'GET') {
      sendJson(res, 405, restErrorBody(405), { Allow: 'GET' });
      return;
    }
    const session = shopperSession(ctx);
    if (url.searchParams.get('action') === 'logout') {
      if (session !== undefined) sessionsOf(state).delete(session.id);
      setSessionCookie(ctx, undefined);
      redirect(ctx, '/');
      return;
    }
    const flash = takeLoginFlash(session);
    const error = flash === undefined ? '' : `<p role="alert">${escapeXml(flash)}</p>`;
    const html = `<!doctype html><title>Sign in</title><h1>Sign in</h1>${error}`;
    sendRaw(res, 200, html, 'text/html', { 'Cache-Control': 'no-store' });
  },
};
