import { StorefrontError } from './storefront-error';

/** Which check a session token (a Current Customer JWT) failed. */
export type SessionTokenReason =
  | 'malformed'
  | 'oversized'
  | 'algorithm'
  | 'signature'
  | 'expired'
  | 'not-yet-valid'
  | 'issuer'
  | 'audience'
  | 'operation'
  | 'store'
  | 'claims';

// Fixed texts: a message never quotes the token, the secret or a claim's value.
const TEXTS: Record<SessionTokenReason, string> = {
  malformed: 'not a compact JWS',
  oversized: 'longer than allowed',
  algorithm: 'algorithm not allowed',
  signature: 'signature does not match the client secret',
  expired: 'expired',
  'not-yet-valid': 'issued in the future',
  issuer: 'issuer is not bc/apps',
  audience: 'audience is not this client id',
  operation: 'operation is not current_customer',
  store: 'issued for another store',
  claims: 'claims missing or of the wrong type',
};

/**
 * A session token was rejected; `reason` names the check that failed.
 *
 * The message names the check only; `cause` keeps the underlying (jose) error, if any.
 */
export class SessionTokenError extends StorefrontError {
  override name = 'SessionTokenError';
  readonly code = 'ERR_TOKEN';
  /** The check that failed, e.g. `"signature"` or `"expired"`. */
  readonly reason: SessionTokenReason;

  constructor(operation: string, reason: SessionTokenReason, options?: ErrorOptions) {
    super(operation, `token rejected (${reason}): ${TEXTS[reason]}`, options);
    this.reason = reason;
  }
}
