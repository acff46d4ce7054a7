import { randomBytes } from 'node:crypto';
import type { RouteContext, SimulatorState } from './route';

/** The cookie that ties a browser to its shopper session, as a Stencil store's session cookie does. */
export const SESSION_COOKIE = 'SHOP_SESSION_TOKEN';

/** One shopper's session: what the store remembers between requests of one browser. */
export interface ShopperSession {
  readonly id: string;
  /** The signed-in customer, if any (set by login, cleared by logout). */
  customerId?: number | undefined;
  /** The session's cart, if one was created. */
  cartId?: string | undefined;
}

// Per-simulator state lives beside the state object, so features add theirs without widening
// SimulatorState (and two simulators in one process never share sessions).
const stores = new WeakMap<SimulatorState, Map<string, ShopperSession>>();

/** Every session of one simulator, by id. */
export function sessionsOf(state: SimulatorState): Map<string, ShopperSession> {
  let sessions = stores.get(state);
  if (!sessions) stores.set(state, (sessions = new Map()));
  return sessions;
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * The session of the browser making the request. With `create`, a browser without a (known)
 * session gets a new one and the Set-Cookie that keeps it: HttpOnly, so page scripts never see it.
 */
export function shopperSession(ctx: RouteContext, create: true): ShopperSession;
export function shopperSession(ctx: RouteContext, create?: boolean): ShopperSession | undefined;
export function shopperSession(ctx: RouteContext, create = false): ShopperSession | undefined {
  const sessions = sessionsOf(ctx.state);
  const id = readCookie(ctx.req.headers.cookie, SESSION_COOKIE);
  const existing = id === undefined ? undefined : sessions.get(id);
  if (existing || !create) return existing;
  const session: ShopperSession = { id: randomBytes(16).toString('hex') };
  sessions.set(session.id, session);
  setSessionCookie(ctx, session.id);
  return session;
}

/** Sets (or, with `undefined`, clears) the session cookie on the answer. */
export function setSessionCookie(ctx: RouteContext, id: string | undefined): void {
  const value = id === undefined ? `${SESSION_COOKIE}=; Max-Age=0` : `${SESSION_COOKIE}=${id}`;
  const previous = ctx.res.getHeader('set-cookie');
  const cookies = Array.isArray(previous) ? previous : previous === undefined ? [] : [String(previous)];
  ctx.res.setHeader('set-cookie', [...cookies, `${value}; Path=/; HttpOnly; SameSite=Lax`]);
}
