/** The stable code of each kind of bc-storefront error; match on these, not on messages. */
export type StorefrontErrorCode =
  | 'ERR_CONFIG'
  | 'ERR_INVALID_ARGUMENT'
  | 'ERR_NETWORK'
  | 'ERR_TIMEOUT'
  | 'ERR_ABORTED'
  | 'ERR_HTTP'
  | 'ERR_RATE_LIMITED'
  | 'ERR_UNAUTHORIZED'
  | 'ERR_GRAPHQL'
  | 'ERR_MALFORMED_RESPONSE'
  | 'ERR_CONFLICT'
  | 'ERR_NOT_FOUND'
  | 'ERR_ORIGIN'
  | 'ERR_TOKEN'
  | 'ERR_VALIDATION';

/** What a kind may be told beside its message; `cause` is the failure it wraps. */
export interface StorefrontErrorInit extends ErrorOptions {
  /** The HTTP status of the answer, when there was one. */
  status?: number | undefined;
  /** Only for kinds whose retryability depends on the answer (HttpError). */
  retryable?: boolean;
}

// A registry-wide symbol, so the guard recognises errors made by another copy of the library
// (two bundles on one page, an iframe). Not enumerable: it stays out of JSON and logs.
const BRAND = /* @__PURE__ */ Symbol.for('bc-storefront.error');

/** Reports whether `value` carries the bc-storefront error brand. */
// A primitive's prototype has no brand, so only null and undefined need the optional chain.
export const hasBrand = (value: unknown): value is StorefrontError => (value as Record<symbol, unknown> | undefined)?.[BRAND] === true;

/**
 * The base of every error bc-storefront throws: one subclass per `code`.
 *
 * Messages read "operation: what happened" and name the HTTP status; never a token, a header,
 * the variables or a body.
 */
export abstract class StorefrontError extends Error {
  /** Stable code of the kind, e.g. `ERR_TIMEOUT`. */
  abstract readonly code: StorefrontErrorCode;
  /** Whether sending the same request again may succeed. */
  declare readonly retryable: boolean;
  /** What failed: a GraphQL operation name ("Products") or "METHOD /path". */
  declare readonly operation: string | undefined;
  /** The HTTP status of the answer, when there was one. */
  declare readonly status: number | undefined;

  /**
   * @param operation - what failed; prefixes the message
   * @param message - what happened, without secrets
   */
  constructor(operation: string | undefined, message: string, init: StorefrontErrorInit = {}) {
    // Error reads `cause` from init only when the key is there, so no cause means none at all.
    super(operation ? `${operation}: ${message}` : message, init);
    this.retryable = !!init.retryable;
    this.operation = operation;
    this.status = init.status;
  }

  /** The brand, on the prototype: not enumerable, so it stays out of JSON, logs and spreads. */
  get [BRAND](): true {
    return true;
  }

  /** A loggable copy: name, code, message and the public fields; never the cause. */
  toJSON(): object {
    return { ...this, message: this.message };
  }
}
