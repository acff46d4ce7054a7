import { jwtVerify, type JWTPayload } from 'jose';
import type { SimulatorState } from './route';
import { appClientOf, hmacKey } from './session-app-client';

/** How far a login JWT's `iat` may be from the simulator's clock, either way (BigCommerce: 30 s). */
export const LOGIN_IAT_WINDOW_SECONDS = 30;

/** Where a shopper lands after a login that named no `redirect_to` (BigCommerce's default). */
export const DEFAULT_LOGIN_REDIRECT = '/account.php';

// Longer than any real login JWT; the real store refuses long URLs too (and this bounds the work).
const MAX_TOKEN_LENGTH = 8192;

/** Why the simulator refused a Customer Login JWT (sent in `X-Simulator-Login-Error`, for tests). */
export type LoginRefusal =
  | 'malformed'
  | 'bad_algorithm'
  | 'bad_signature'
  | 'wrong_issuer'
  | 'expired'
  | 'bad_claim'
  | 'stale_iat'
  | 'future_iat'
  | 'replayed_jti'
  | 'wrong_operation'
  | 'wrong_store'
  | 'wrong_channel'
  | 'unknown_customer'
  | 'bad_redirect'
  | 'ip_mismatch';

/** The outcome of checking a login JWT: whom to sign in and where to send them, or why not. */
export type LoginCheck = { ok: true; customerId: number; redirectTo: string } | { ok: false; reason: LoginRefusal };

// jti → the time after which its token is stale anyway, so the entry can go.
const seenJtis = new WeakMap<SimulatorState, Map<string, number>>();

/** Records a jti; false when it was already used (each login JWT works once). */
function useJti(state: SimulatorState, jti: string, iat: number, now: number): boolean {
  let seen = seenJtis.get(state);
  if (!seen) seenJtis.set(state, (seen = new Map()));
  for (const [old, staleAt] of seen) if (staleAt < now) seen.delete(old);
  if (seen.has(jti)) return false;
  seen.set(jti, iat + LOGIN_IAT_WINDOW_SECONDS);
  return true;
}

/**
 * True for a path on the store: one leading `/`, no scheme or host, no backslash or control
 * character (browsers read `/\evil.example` and `/\t/evil.example` as another host).
 */
export function isStorePath(value: unknown): value is string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return false;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return false;
  return new URL(value, 'http://store.invalid').origin === 'http://store.invalid';
}

function joseRefusal(error: unknown): LoginRefusal {
  const { code, claim } = error as { code?: string; claim?: string };
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return 'bad_signature';
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED' || code === 'ERR_JOSE_NOT_SUPPORTED') return 'bad_algorithm';
  if (code === 'ERR_JWT_EXPIRED') return 'expired';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return claim === 'iss' ? 'wrong_issuer' : 'bad_claim';
  return 'malformed';
}

// `::ffff:127.0.0.1` and `127.0.0.1` are the same client.
const plainIp = (ip: string | undefined): string | undefined => ip?.replace(/^::ffff:(?=\d+\.)/, '');

function positiveInt(value: unknown): number | undefined {
  // The docs' own Node sample may put a string id in the token; accept digits either way.
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function checkClaims(state: SimulatorState, remoteAddress: string | undefined, payload: JWTPayload, now: number): LoginCheck {
  const { settings, customers } = state.catalog;
  const iat = payload.iat!;
  if (now - iat > LOGIN_IAT_WINDOW_SECONDS) return { ok: false, reason: 'stale_iat' };
  if (iat - now > LOGIN_IAT_WINDOW_SECONDS) return { ok: false, reason: 'future_iat' };
  if (typeof payload.jti !== 'string' || payload.jti === '') return { ok: false, reason: 'bad_claim' };
  // Burned once the app's signature is proven, whatever fails next: the docs say the URL works once.
  if (!useJti(state, payload.jti, iat, now)) return { ok: false, reason: 'replayed_jti' };
  if (payload['operation'] !== 'customer_login') return { ok: false, reason: 'wrong_operation' };
  if (payload['store_hash'] !== settings.storeHash) return { ok: false, reason: 'wrong_store' };
  const channel = payload['channel_id'];
  if (channel !== undefined && positiveInt(channel) !== settings.channelId) return { ok: false, reason: 'wrong_channel' };
  const customerId = positiveInt(payload['customer_id']);
  if (customerId === undefined || !customers.some((customer) => customer.id === customerId)) {
    return { ok: false, reason: 'unknown_customer' };
  }
  const redirectTo = payload['redirect_to'] ?? DEFAULT_LOGIN_REDIRECT;
  if (!isStorePath(redirectTo)) return { ok: false, reason: 'bad_redirect' };
  const requestIp = payload['request_ip'];
  if (requestIp !== undefined && plainIp(String(requestIp)) !== plainIp(remoteAddress)) {
    return { ok: false, reason: 'ip_mismatch' };
  }
  return { ok: true, customerId, redirectTo };
}

/**
 * Checks a Customer Login JWT as BigCommerce does: HS256 with the app's client secret, `iss` the
 * app's client id, `iat` within 30 s of now (either way), each `jti` once, `operation`,
 * `store_hash`, `channel_id` (when given), an existing `customer_id`, a `redirect_to` path on the
 * store, and `request_ip` (when given) matching the caller (`remoteAddress`). Shared by
 * `/login/token/{jwt}` and the `loginWithCustomerLoginJwt` mutation.
 */
export async function checkLoginToken(state: SimulatorState, token: string, remoteAddress: string | undefined): Promise<LoginCheck> {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const app = appClientOf(state);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, hmacKey(app), {
      algorithms: ['HS256'],
      issuer: app.id,
      requiredClaims: ['iat', 'jti'],
    }));
  } catch (error) {
    return { ok: false, reason: joseRefusal(error) };
  }
  return checkClaims(state, remoteAddress, payload, Math.floor(Date.now() / 1000));
}
