import type { Storefront } from '../config/types';
import { MalformedResponseError } from '../errors/malformed-response-error';
import type { RateLimitError } from '../errors/rate-limit-error';
import { ValidationError } from '../errors/validation-error';
import { backoffMs, sleep } from '../http/backoff';
import { send } from '../http/send';
import { checkId } from './validate';

/** Options of one REST Storefront call. */
export interface RestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** `include=` values (fixed names: no escaping needed). */
  include?: readonly string[] | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Sends one REST Storefront request and parses its JSON answer (`undefined` when empty, as a
 * 204). `operation` is the spec's path template, e.g. `"PUT /carts/{cartId}/items/{itemId}"`:
 * it names the call in errors, and `ids` fill its placeholders in order, each checked first.
 * Reads retry as queries do. A mutation is sent again only after a 429 or 503 (refused before any
 * work, waiting as the store asks); after a network error, timeout or 5xx it may have landed, so
 * replaying it is the caller's decision (the cart manager's, made with the cart `version`).
 *
 * @throws {InvalidArgumentError} for an id of the wrong shape, before any request
 * @throws {ValidationError} on 400/422, with BigCommerce's `title`, `type`, `detail`
 * @throws {MalformedResponseError} when a 2xx body is not JSON or fails `shape`
 * @throws {StorefrontError} otherwise, as `send` (404 NotFoundError, 409 ConflictError, …)
 */
export async function rest<T>(
  storefront: Storefront,
  operation: string,
  ids: readonly (string | number)[],
  { body, include, signal }: RestOptions = {},
  shape?: (value: any) => unknown,
): Promise<T> {
  const [method, template] = operation.split(' ') as [string, string];
  let i = 0;
  const path = template.replace(/{(\w+)}/g, (_, name: string) => {
    const id = ids[i++];
    checkId(operation, name, id);
    return encodeURIComponent(id!);
  });
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // send keeps error bodies to itself (they can quote input); a validation answer is read here.
  let refusal: Promise<string> | undefined;
  const fetch = (storefront.fetch ?? globalThis.fetch) as typeof globalThis.fetch | undefined;
  const watched = fetch && {
    ...storefront,
    fetch: ((input, init) =>
      fetch(input, init).then((answer) => {
        if (answer.status === 400 || answer.status === 422) refusal = answer.clone().text().catch(() => '');
        return answer;
      })) as typeof globalThis.fetch,
  };
  const { retries, baseDelayMs, maxDelayMs } = storefront.retry;
  let text: string;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await send(watched || storefront, {
        url: `${storefront.storeOrigin}/api/storefront${path}${include?.length ? `?include=${include}` : ''}`,
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal,
        operation,
        // Reads retry like queries. A mutation is not sent again after it may have reached the
        // store (a network error, a timeout, a 5xx): whether it landed is the caller's question.
        retry: method === 'GET',
      });
      text = await response.text();
      break;
    } catch (error) {
      const { status, retryAfterMs } = error as RateLimitError;
      // 429 and 503 mean the store refused before doing any work: safe to send even a mutation
      // again, after the wait the store asks for (as send would wait for a read).
      const wait = retryAfterMs ?? backoffMs(attempt, baseDelayMs, maxDelayMs);
      if ((status === 429 || status === 503) && method !== 'GET' && attempt < retries && wait <= maxDelayMs) {
        await sleep(wait, operation, signal);
        continue;
      }
      if (refusal && (status === 400 || status === 422)) throw new ValidationError(operation, problem(await refusal), { status, cause: error });
      throw error;
    }
  }
  try {
    const value = text ? JSON.parse(text) : undefined;
    if (shape && !shape(value)) throw 0;
    return value;
  } catch {
    throw new MalformedResponseError(operation, 'the answer is not the JSON the endpoint returns');
  }
}

/** The first problem of a REST error body: `{title, type, detail}` or `{errors: [that]}`. */
const problem = (text: string) => {
  try {
    const body = JSON.parse(text);
    return Array.isArray(body.errors) ? body.errors[0] : body;
  } catch {
    return {};
  }
};

/** Whether `value` looks like a cart (what every cart answer is checked for). */
export const isCart = (value: any): boolean => typeof value?.id == 'string' && typeof value.lineItems == 'object';
