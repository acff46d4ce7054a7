import { StorefrontError } from './storefront-error';

/** The store answered 409: the cart or checkout changed since its `version` was read. */
export class ConflictError extends StorefrontError {
  override name = 'ConflictError';
  readonly code = 'ERR_CONFLICT';
}
