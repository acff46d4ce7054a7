import { StorefrontError } from './storefront-error';

/**
 * The store answered with a non-2xx status that has no more specific kind. `retryable` follows
 * the status (see `RETRYABLE_STATUSES`).
 */
export class HttpError extends StorefrontError {
  override name = 'HttpError';
  readonly code = 'ERR_HTTP';
}
