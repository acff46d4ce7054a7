import type { Storefront } from '../config';
import { InvalidArgumentError, MalformedResponseError, NotFoundError } from '../errors';
import { send } from '../http/send';
import { checkSameOrigin } from '../rest/same-origin';

/** Options of {@link fetchCurrentCustomerJwt}. */
export interface CurrentCustomerJwtOptions {
  /** The client id of the app API account whose secret will verify the token. */
  appClientId: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const OPERATION = 'GET /customer/current.jwt';
// Three base64url segments: a compact JWS.
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

// The docs send the JWT as plain text; the spec calls it a JSON string, and some clients expect
// `{ "token": … }`. Reading all three keeps this working whichever the store sends.
const readToken = (text: string): unknown => {
  let value: unknown = text.trim();
  try {
    if (/^[{"]/.test(value as string)) value = JSON.parse(value as string);
  } catch {
    return;
  }
  return typeof value === 'object' && value ? (value as { token?: unknown }).token : value;
};

/**
 * Fetches the Current Customer JWT for an app from `/customer/current.jwt`, with the session cookie.
 *
 * Resolves `null` for a guest (the store answers 404). The token is signed with the app's client
 * secret: send it to the app's server to verify; never trust its claims in the browser.
 *
 * @throws {InvalidArgumentError} when `appClientId` is empty (nothing is sent)
 * @throws {OriginError} on a page of another origin than the store's (nothing is sent)
 * @throws {MalformedResponseError} when a 200 carries no JWT
 * @throws {HttpError | UnauthorizedError | RateLimitError | NetworkError | TimeoutError | AbortError} as `send`
 * @example
 * ```ts
 * const jwt = await fetchCurrentCustomerJwt(storefront, { appClientId: 'abc123clientid' });
 * if (jwt) await fetch('/api/me', { method: 'POST', body: JSON.stringify({ token: jwt }) });
 * ```
 */
export async function fetchCurrentCustomerJwt(
  storefront: Storefront,
  { appClientId, signal }: CurrentCustomerJwtOptions,
): Promise<string | null> {
  if (typeof appClientId !== 'string' || !appClientId.trim()) {
    throw new InvalidArgumentError(OPERATION, 'appClientId', 'must be a non-empty string');
  }
  checkSameOrigin(storefront, OPERATION);
  let response: Response;
  try {
    response = await send(storefront, {
      url: `${storefront.storeOrigin}/customer/current.jwt?app_client_id=${encodeURIComponent(appClientId)}`,
      method: 'GET',
      headers: { Accept: 'application/json' },
      signal,
      operation: OPERATION,
      retry: true,
    });
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const token = readToken(await response.text());
  if (typeof token === 'string' && JWT_SHAPE.test(token)) return token;
  throw new MalformedResponseError(OPERATION, 'the answer carries no JWT', { status: response.status });
}
