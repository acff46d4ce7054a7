import { StorefrontError } from './storefront-error';

/** The caller's `AbortSignal` fired; `cause` is the signal's reason. Never retried. */
export class AbortError extends StorefrontError {
  override name = 'AbortError';
  readonly code = 'ERR_ABORTED';
}
