import { randomBytes } from 'node:crypto';
import type { SimulatorState } from './route';

/**
 * How long a customer access token lasts unless the simulator is told otherwise (one day).
 * BigCommerce does not publish its lifetime; every token carries its `expiresAt`, so clients
 * should read that rather than assume this.
 */
export const DEFAULT_CUSTOMER_ACCESS_TOKEN_TTL_SECONDS = 24 * 60 * 60;

/** A customer access token as `login` answers it. */
export interface IssuedCustomerAccessToken {
  /** Opaque, shaped like BigCommerce's: 64 hex characters, `_`, the expiry in Unix seconds. */
  readonly value: string;
  /** ISO 8601, UTC, whole seconds (`2024-07-19T16:30:29Z`). */
  readonly expiresAt: string;
}

/** What a token in a request resolves to: its customer, or why it counts for nothing. */
export type CustomerTokenCheck = { ok: true; customerId: number } | { ok: false; reason: 'unknown' | 'expired' };

interface TokenTable {
  ttlSeconds: number;
  readonly byValue: Map<string, { customerId: number; expiresAtMs: number }>;
}

// Per simulator, beside its state, like sessions.
const tables = new WeakMap<SimulatorState, TokenTable>();

function tableOf(state: SimulatorState): TokenTable {
  let table = tables.get(state);
  if (!table) tables.set(state, (table = { ttlSeconds: DEFAULT_CUSTOMER_ACCESS_TOKEN_TTL_SECONDS, byValue: new Map() }));
  return table;
}

/**
 * Sets how long the tokens a simulator issues from now on last.
 * @throws {RangeError} unless `seconds` is a positive whole number.
 */
export function setCustomerTokenTtl(state: SimulatorState, seconds: number): void {
  if (!Number.isSafeInteger(seconds) || seconds <= 0) {
    throw new RangeError(`customerAccessTokenTtlSeconds must be a whole number > 0, got ${seconds}`);
  }
  tableOf(state).ttlSeconds = seconds;
}

/**
 * Issues a token for a customer. A customer is signed in on one device at a time (BigCommerce's
 * docs), so the customer's earlier tokens stop working.
 */
export function issueCustomerAccessToken(state: SimulatorState, customerId: number, nowMs = Date.now()): IssuedCustomerAccessToken {
  revokeCustomerAccessTokens(state, customerId);
  const table = tableOf(state);
  const expiresAtMs = (Math.floor(nowMs / 1000) + table.ttlSeconds) * 1000;
  const value = `${randomBytes(32).toString('hex')}_${expiresAtMs / 1000}`;
  table.byValue.set(value, { customerId, expiresAtMs });
  return { value, expiresAt: new Date(expiresAtMs).toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

/** Resolves a token sent in `X-Bc-Customer-Access-Token`; expired tokens are forgotten as they are found. */
export function checkCustomerAccessToken(state: SimulatorState, value: string, nowMs = Date.now()): CustomerTokenCheck {
  const table = tableOf(state);
  const entry = table.byValue.get(value);
  if (!entry) return { ok: false, reason: 'unknown' };
  if (nowMs >= entry.expiresAtMs) {
    table.byValue.delete(value);
    return { ok: false, reason: 'expired' };
  }
  return { ok: true, customerId: entry.customerId };
}

/** Ends every token of a customer (logout: "invalid on all devices"). */
export function revokeCustomerAccessTokens(state: SimulatorState, customerId: number): void {
  const { byValue } = tableOf(state);
  for (const [value, entry] of byValue) if (entry.customerId === customerId) byValue.delete(value);
}
