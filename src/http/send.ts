import type { Storefront } from '../config/types';
import type { StorefrontError } from '../errors/storefront-error';
import { attempt } from './attempt';
import { backoffMs, retryAfterMs, wait } from './backoff';
import { errorDetail, errorForStatus } from './status';

/** One HTTP request as `send` makes it. */
export interface SendOptions {
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
  /** The caller's signal: aborting rejects at once with AbortError, also between attempts. */
  signal?: AbortSignal | undefined;
  /** Names the request in errors: a GraphQL operation name or "METHOD /path". */
  operation: string;
  /**
   * Whether a retryable failure may be sent again: `true` for reads; `false` for unguarded
   * mutations; `'refused'` for mutations that may be resent only when the store refused them
   * before doing any work (429, 503), never after they may have landed (network error, timeout, 5xx).
   */
  retry: boolean | 'refused';
}

/**
 * Sends a request with the storefront's credentials, per-attempt timeout and retry policy.
 *
 * Resolves only with a 2xx Response (its body already read and buffered). Retryable failures
 * (see `RETRYABLE_STATUSES`) wait with jittered exponential backoff, or as long as a 429/503 asks,
 * up to `retry.maxDelayMs`; a longer demand fails at once.
 *
 * @throws {AbortError} when `signal` aborts
 * @throws {TimeoutError | NetworkError | RateLimitError | UnauthorizedError | NotFoundError | ConflictError | HttpError}
 *   for the last failed attempt
 * @example
 * ```ts
 * const response = await send(storefront, {
 *   url: `${storefront.storeOrigin}/api/storefront/carts`, method: 'GET',
 *   operation: 'GET /api/storefront/carts', retry: true,
 * });
 * ```
 */
export async function send(storefront: Storefront, options: SendOptions): Promise<Response> {
  const { retries, baseDelayMs, maxDelayMs } = storefront.retry;
  for (let count = 0; ; count++) {
    let error: StorefrontError;
    let delay: number | undefined;
    try {
      const [response, text] = await attempt(storefront, options);
      if (response.ok) return new Response(text || null, response);
      delay = retryAfterMs(response);
      const detail = errorDetail(text, [storefront.token, storefront.customerAccessToken]);
      error = errorForStatus(options.operation, response.status, detail, delay);
      // The body stays readable for callers that map it (a REST 422's title and detail), but out
      // of the message and of JSON: it can echo what was sent.
      Object.defineProperty(error, 'body', { value: text });
    } catch (caught) {
      error = caught as StorefrontError; // attempt rejects with typed errors only
    }
    const refusedOnly = options.retry === 'refused' && error.status !== 429 && error.status !== 503;
    if (!error.retryable || refusedOnly || count >= (options.retry ? retries : 0)) throw error;
    delay ??= backoffMs(count, baseDelayMs, maxDelayMs);
    // A server that asks for more than we would ever wait gets its answer now, not a hung UI.
    if (delay > maxDelayMs) throw error;
    await wait(delay, options.operation, options.signal);
  }
}
