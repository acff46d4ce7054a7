import type { AbortError } from './abort-error';
import type { ConfigError } from './config-error';
import type { ConflictError } from './conflict-error';
import type { GraphQLResponseError } from './graphql-response-error';
import type { HttpError } from './http-error';
import type { InvalidArgumentError } from './invalid-argument-error';
import type { MalformedResponseError } from './malformed-response-error';
import type { NetworkError } from './network-error';
import type { NotFoundError } from './not-found-error';
import type { OriginError } from './origin-error';
import type { RateLimitError } from './rate-limit-error';
import type { SessionTokenError } from './session-token-error';
import { hasBrand, type StorefrontError, type StorefrontErrorCode } from './storefront-error';
import type { TimeoutError } from './timeout-error';
import type { UnauthorizedError } from './unauthorized-error';
import type { ValidationError } from './validation-error';

/** The error class behind each code, so a guard with a code narrows to that class. */
export interface StorefrontErrorByCode {
  ERR_CONFIG: ConfigError;
  ERR_INVALID_ARGUMENT: InvalidArgumentError;
  ERR_NETWORK: NetworkError;
  ERR_TIMEOUT: TimeoutError;
  ERR_ABORTED: AbortError;
  ERR_HTTP: HttpError;
  ERR_RATE_LIMITED: RateLimitError;
  ERR_UNAUTHORIZED: UnauthorizedError;
  ERR_GRAPHQL: GraphQLResponseError;
  ERR_MALFORMED_RESPONSE: MalformedResponseError;
  ERR_CONFLICT: ConflictError;
  ERR_NOT_FOUND: NotFoundError;
  ERR_ORIGIN: OriginError;
  ERR_TOKEN: SessionTokenError;
  ERR_VALIDATION: ValidationError;
}

/**
 * Tells whether `error` is a bc-storefront error, optionally of one code.
 *
 * Checks a registry-wide brand rather than `instanceof`, so it also recognises errors thrown by
 * another bundle or realm.
 *
 * @example
 * ```ts
 * try { await getProducts(storefront) } catch (error) {
 *   if (isStorefrontError(error, 'ERR_RATE_LIMITED')) wait(error.retryAfterMs);
 * }
 * ```
 */
export function isStorefrontError(error: unknown): error is StorefrontError;
export function isStorefrontError<C extends StorefrontErrorCode>(error: unknown, code: C): error is StorefrontErrorByCode[C];
export function isStorefrontError(error: unknown, code?: StorefrontErrorCode): boolean {
  return hasBrand(error) && (code === undefined || error.code === code);
}
