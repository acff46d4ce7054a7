import { StorefrontError } from './storefront-error';

/** The store answered 2xx, but the body is not JSON or not the shape the operation needs. */
export class MalformedResponseError extends StorefrontError {
  override name = 'MalformedResponseError';
  readonly code = 'ERR_MALFORMED_RESPONSE';
}
