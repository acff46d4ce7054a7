import { StorefrontError, type StorefrontErrorInit } from './storefront-error';

/** The store answered 429 Too Many Requests, and retrying did not help or would wait too long. */
export class RateLimitError extends StorefrontError {
  override name = 'RateLimitError';
  readonly code = 'ERR_RATE_LIMITED';
  override readonly retryable = true;
  /** How long the store asked to wait (X-Rate-Limit-Time-Reset-Ms or Retry-After), if it said. */
  readonly retryAfterMs: number | undefined;

  constructor(operation: string, message: string, retryAfterMs?: number, init?: StorefrontErrorInit) {
    super(operation, message, { status: 429, ...init });
    this.retryAfterMs = retryAfterMs;
  }
}
