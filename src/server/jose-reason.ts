import type { SessionTokenReason } from '../errors';

/**
 * The check a jose error stands for. Matches on jose's stable `code` (and `claim`), not on
 * classes, so a second copy of jose still maps; anything else (an unknown `crit` header,
 * bad base64url, a payload that is not a JSON object) counts as malformed.
 */
export function reasonOf(error: unknown): SessionTokenReason {
  const { code, claim } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; claim?: unknown };
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'signature';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'algorithm';
    case 'ERR_JWT_EXPIRED':
      return 'expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      // A future `nbf` is a timing failure; a missing or non-numeric `exp`/`iat` is a claims one.
      return claim === 'nbf' ? 'not-yet-valid' : 'claims';
    default:
      return 'malformed';
  }
}
