import { decodeProtectedHeader, jwtVerify } from 'jose';
import { InvalidArgumentError, SessionTokenError, type SessionTokenReason } from '../errors';
import { assertServer } from './assert-server';
import { readCurrentCustomerClaims, type CurrentCustomerClaims } from './current-customer-claims';
import { assertText, assertStoreHash, secretKey, toDate } from './inputs';
import { reasonOf } from './jose-reason';

const OPERATION = 'verifyCurrentCustomerJwt';

/** The longest token accepted; longer ones are refused before any decoding or crypto. */
export const MAX_TOKEN_LENGTH = 8192;

// Three base64url segments. An empty signature passes here so that `alg: none` is reported as
// the algorithm it is; it never verifies.
const COMPACT_JWS = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/** What `verifyCurrentCustomerJwt` checks the token against. */
export interface VerifyCurrentCustomerOptions {
  /** The app's client id: the token's `aud` must equal it. */
  clientId: string;
  /** The app's client secret, the HS256 key. Keep it on the server. */
  clientSecret: string;
  /** When given, the token's `store_hash` must equal it. */
  storeHash?: string;
  /** Clock skew allowed on `exp` and `iat`, in seconds (default 30). */
  clockToleranceSec?: number;
  /** The time to check against (default: the clock); a Date or epoch milliseconds. */
  now?: Date | number;
}

/**
 * Verifies a Current Customer JWT (from `/customer/current.jwt`) with the app's client secret.
 *
 * Checks, in order: length, shape, `alg` HS256, the signature, `exp`, `nbf` and `iat` (with the
 * clock tolerance), `iss` `bc/apps`, `aud` equal to the client id, `operation`
 * `current_customer`, the claims' types, and `store_hash` when `storeHash` is given.
 *
 * @throws {SessionTokenError} `ERR_TOKEN`, with `reason` naming the failed check
 * @throws {InvalidArgumentError} when an option is missing or malformed
 * @throws {ConfigError} where `window` exists (the secret must stay on a server)
 * @example
 * ```ts
 * const { customer } = await verifyCurrentCustomerJwt(token, { clientId, clientSecret: process.env.BC_CLIENT_SECRET! });
 * ```
 */
export async function verifyCurrentCustomerJwt(token: string, options: VerifyCurrentCustomerOptions): Promise<CurrentCustomerClaims> {
  assertServer(OPERATION);
  const { clientId, storeHash, clockToleranceSec, key } = checkVerifyOptions(OPERATION, options);
  const now = toDate(OPERATION, options.now);

  if (typeof token !== 'string') throw reject('malformed');
  if (token.length > MAX_TOKEN_LENGTH) throw reject('oversized');
  if (!COMPACT_JWS.test(token)) throw reject('malformed');
  // Refuse any other algorithm before touching the key: `none`, another HMAC, RS256 confusion.
  let alg: unknown;
  try {
    alg = decodeProtectedHeader(token).alg;
  } catch (cause) {
    throw reject('malformed', cause);
  }
  if (alg !== 'HS256') throw reject('algorithm');

  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat'],
      clockTolerance: clockToleranceSec,
      currentDate: now,
    }));
  } catch (cause) {
    throw reject(reasonOf(cause), cause);
  }
  // jose checks `iat` against the clock only with maxTokenAge; a token from the future is refused here.
  if ((payload.iat as number) > now.getTime() / 1000 + clockToleranceSec) throw reject('not-yet-valid');
  if (payload.iss !== 'bc/apps') throw reject('issuer');
  if (typeof payload.aud !== 'string' || payload.aud !== clientId) throw reject('audience');
  if (payload.operation !== 'current_customer') throw reject('operation');
  const claims = readCurrentCustomerClaims(payload);
  if (!claims) throw reject('claims');
  if (storeHash !== undefined && claims.storeHash !== storeHash) throw reject('store');
  return claims;
}

/**
 * Checks the options of `verifyCurrentCustomerJwt` and returns them with defaults applied and
 * the secret as key bytes.
 *
 * @throws {InvalidArgumentError} when one is missing or malformed
 */
export function checkVerifyOptions(operation: string, options: VerifyCurrentCustomerOptions) {
  const { clientId, storeHash, clockToleranceSec = 30 } = options;
  assertText(operation, 'clientId', clientId);
  if (storeHash !== undefined) assertStoreHash(operation, storeHash);
  if (!Number.isFinite(clockToleranceSec) || clockToleranceSec < 0 || clockToleranceSec > 300) {
    throw new InvalidArgumentError(operation, 'clockToleranceSec', 'must be between 0 and 300 seconds');
  }
  return { clientId, storeHash, clockToleranceSec, key: secretKey(operation, options.clientSecret) };
}

const reject = (reason: SessionTokenReason, cause?: unknown): SessionTokenError =>
  new SessionTokenError(OPERATION, reason, cause === undefined ? undefined : { cause });
