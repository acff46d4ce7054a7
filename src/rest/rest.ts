import type { Storefront } from '../config/types';
import { MalformedResponseError } from '../errors/malformed-response-error';
import { ValidationError } from '../errors/validation-error';
import { send } from '../http/send';
import { checkSameOrigin } from './same-origin';
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
 * work, waiting as the store asks: `send`'s `'refused'` policy); after a network error, timeout or
 * 5xx it may have landed, so replaying it is the caller's decision (the cart manager's, made with
 * the cart `version`).
 *
 * @throws {InvalidArgumentError} for an id of the wrong shape, before any request
 * @throws {OriginError} on a page of another origin than the store's, before any request
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
  checkSameOrigin(storefront, operation);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let text: string;
  try {
    const response = await send(storefront, {
      url: `${storefront.storeOrigin}/api/storefront${path}${include?.length ? `?include=${include}` : ''}`,
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal,
      operation,
      // Reads retry like queries. A mutation is resent only when the store refused it before doing
      // any work (429, 503); after it may have landed, replaying is the caller's decision.
      retry: method === 'GET' || 'refused',
    });
    text = await response.text();
  } catch (error) {
    const { status, body: answer } = error as { status?: number; body?: string };
    if (status === 400 || status === 422) throw new ValidationError(operation, problem(answer ?? ''), { status, cause: error });
    throw error;
  }
  try {
    const value = text ? JSON.parse(text) : undefined;
    if (shape && !shape(value)) throw 0;
    return value;
  } catch {
    throw new MalformedResponseError(operation, 'not the expected JSON');
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
