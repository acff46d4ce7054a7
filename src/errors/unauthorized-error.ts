import { StorefrontError } from './storefront-error';

/**
 * The store refused the credentials: HTTP 401/403, or a GraphQL auth code. The storefront token
 * or customer access token is missing, expired, revoked, lacks a scope, or belongs to another
 * store, channel or origin.
 */
export class UnauthorizedError extends StorefrontError {
  override name = 'UnauthorizedError';
  readonly code = 'ERR_UNAUTHORIZED';
}
