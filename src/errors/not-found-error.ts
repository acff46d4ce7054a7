import { StorefrontError } from './storefront-error';

/** The store answered 404: the cart, checkout, order or path does not exist (any more). */
export class NotFoundError extends StorefrontError {
  override name = 'NotFoundError';
  readonly code = 'ERR_NOT_FOUND';
}
