import type { Storefront } from '../config/types';
import type { StorefrontError } from '../errors/storefront-error';
import { attempt } from './attempt';
import { backoffMs, retryAfterMs, sleep } from './backoff';
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
  /** Whether a retryable failure may be sent again: false for unguarded mutations. */
  retry: boolean;
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
    let wait: number | undefined;
    try {
      const [response, text] = await attempt(storefront, options);
      if (response.ok) return new Response(text || null, response);
      wait = retryAfterMs(response);
      const detail = errorDetail(text, [storefront.token, storefront.customerAccessToken]);
      error = errorForStatus(options.operation, response.status, detail, wait);
    } catch (caught) {
      error = caught as StorefrontError; // attempt rejects with typed errors only
    }
    if (!error.retryable || count >= (options.retry ? retries : 0)) throw error;
    wait ??= backoffMs(count, baseDelayMs, maxDelayMs);
    // A server that asks for more than we would ever wait gets its answer now, not a hung UI.
    if (wait > maxDelayMs) throw error;
    await sleep(wait, options.operation, options.signal);
  }
}
