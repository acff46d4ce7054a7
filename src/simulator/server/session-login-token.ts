import { restErrorBody, sendJson } from './respond';
import type { RouteContext, SimRoute } from './route';
import { shopperSession, type ShopperSession } from './session';
import { checkLoginToken } from './session-login-checks';

/** Path prefix of the Customer Login API: `/login/token/{jwt}`. */
export const LOGIN_TOKEN_PREFIX = '/login/token/';

/** Where a refused login sends the shopper (the docs: "directed to /login.php"). */
export const LOGIN_PAGE_PATH = '/login.php';

/** Header naming why a login JWT was refused: the simulator's own, for tests; never the token. */
export const LOGIN_ERROR_HEADER = 'X-Simulator-Login-Error';

// The message a refused browser sees on /login.php, once (BigCommerce shows a sign-in error there).
const flashes = new WeakMap<ShopperSession, string>();

/** Takes (and forgets) the sign-in error waiting for this browser's login page. */
export function takeLoginFlash(session: ShopperSession | undefined): string | undefined {
  if (session === undefined) return undefined;
  const message = flashes.get(session);
  flashes.delete(session);
  return message;
}

/** A 302 that the browser follows (and that tests read without following). */
export function redirect(ctx: RouteContext, location: string, headers: Record<string, string> = {}): void {
  ctx.res.statusCode = 302;
  for (const [name, value] of Object.entries({ ...headers, Location: location, 'Cache-Control': 'no-store' })) {
    ctx.res.setHeader(name, value);
  }
  ctx.res.end();
}

/**
 * `GET /login/token/{jwt}`: checks a Customer Login JWT, signs the shopper in to this browser's
 * session (made if needed; its cart stays) and redirects to `redirect_to` (`/account.php`).
 * A refused token redirects to `/login.php`, which then shows a sign-in error, as the docs
 * describe; the JWT never reaches the request log.
 */
export const loginTokenRoute: SimRoute = {
  name: 'customer-login',
  matches: (pathname) => pathname.startsWith(LOGIN_TOKEN_PREFIX),
  cors: 'same-origin',
  logPath: () => `${LOGIN_TOKEN_PREFIX}[redacted]`,
  async handle(ctx) {
    if (ctx.method !== 'GET') {
      sendJson(ctx.res, 405, restErrorBody(405), { Allow: 'GET' });
      return;
    }
    const check = await checkLoginToken(ctx.state, ctx.url.pathname.slice(LOGIN_TOKEN_PREFIX.length), ctx.req.socket.remoteAddress);
    const session = shopperSession(ctx, true);
    if (!check.ok) {
      flashes.set(session, 'Your sign-in attempt was not successful. Please try again.');
      redirect(ctx, LOGIN_PAGE_PATH, { [LOGIN_ERROR_HEADER]: check.reason });
      return;
    }
    session.customerId = check.customerId;
    redirect(ctx, check.redirectTo);
  },
};
