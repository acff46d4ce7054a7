import { ConflictError } from '../errors/conflict-error';
import { HttpError } from '../errors/http-error';
import { NotFoundError } from '../errors/not-found-error';
import { RateLimitError } from '../errors/rate-limit-error';
import type { StorefrontError } from '../errors/storefront-error';
import { UnauthorizedError } from '../errors/unauthorized-error';

/**
 * The HTTP statuses worth another attempt, each with why. Every other status is final (501, 505,
 * and 507, BigCommerce's plan limit, would fail the same way again). Network failures and
 * per-attempt timeouts are retried as well: their errors say so through `retryable`.
 */
export const RETRYABLE_STATUSES: readonly number[] = [
  408, // Request Timeout: the server dropped an idle request before doing any work
  429, // Too Many Requests: BigCommerce's rate limit; the window resets (X-Rate-Limit-Time-Reset-Ms)
  500, // Internal Server Error: BigCommerce's status-code guide says to re-attempt
  502, // Bad Gateway: a proxy hop failed; the store itself may be fine
  503, // Service Unavailable: maintenance or overload, often with Retry-After
  504, // Gateway Timeout: the origin was slow this time
  520, // CDN edge: unknown error from the origin, usually a reset connection
  522, // CDN edge: connecting to the origin timed out
  524, // CDN edge: the origin accepted but did not answer in time
];

/** The typed error for a non-2xx answer: "operation: HTTP 429, retry after 900 ms (title)". */
export const errorForStatus = (operation: string, status: number, detail?: string, retryAfterMs?: number): StorefrontError => {
  const wait = retryAfterMs === undefined ? '' : `, retry after ${retryAfterMs} ms`;
  const message = `HTTP ${status}${wait}${detail ? ` (${detail})` : ''}`;
  const init = { status, retryable: RETRYABLE_STATUSES.includes(status) };
  return status === 429
    ? new RateLimitError(operation, message, retryAfterMs)
    : new (status === 401 || status === 403
        ? UnauthorizedError
        : status === 404
          ? NotFoundError
          : status === 409
            ? ConflictError
            : HttpError)(operation, message, init);
};

/**
 * A short, safe summary of an error body: BigCommerce's REST `title` or the first GraphQL
 * `errors[].message` (auth failures), clipped, with the given secrets blanked. Never `detail`,
 * which can quote what was sent.
 */
export const errorDetail = (text: string, secrets: readonly (string | undefined)[]): string | undefined => {
  let detail: unknown;
  try {
    const body = JSON.parse(text);
    detail = body.title ?? body.errors?.[0]?.message;
  } catch {
    return;
  }
  return typeof detail === 'string' ? redact(detail, secrets).slice(0, 120) : undefined;
};

/** Blanks every occurrence of the given secrets (a server may echo a token back). */
export const redact = (text: string, secrets: readonly (string | undefined)[]): string =>
  secrets.reduce<string>((out, secret) => (secret ? out.split(secret).join('[redacted]') : out), text);
