import { StorefrontError } from './storefront-error';

/** The request never got an answer: fetch rejected (offline, DNS, CORS, dropped connection). */
export class NetworkError extends StorefrontError {
  override name = 'NetworkError';
  readonly code = 'ERR_NETWORK';
  override readonly retryable = true;
}
