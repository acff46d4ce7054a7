import type { Storefront } from '../config';
import { InvalidArgumentError, MalformedResponseError } from '../errors';
import { send } from '../http/send';
import { fetchCurrentCustomerJwt } from './current-customer-jwt';

/** The signed-in shopper, as the app's server vouches for them. */
export interface VerifiedCustomer {
  id: number;
  email: string;
  /** The customer group id, as a decimal string. */
  groupId: string;
}

/** Options of {@link fetchVerifiedCustomer}. */
export interface VerifiedCustomerOptions {
  /** The client id of the app API account whose secret the verify endpoint holds. */
  appClientId: string;
  /** The app's verify endpoint (e.g. `createCustomerHandler` of `bc-storefront/server`). */
  verifyUrl: string;
  signal?: AbortSignal;
  /** The fetch for the verify request; default: the storefront's. */
  fetch?: typeof globalThis.fetch;
}

/**
 * Fetches the Current Customer JWT and has the app's server verify it: resolves the customer it
 * vouches for, or `null` for a guest (then the verify endpoint is not called).
 *
 * The token is POSTed as JSON `{ "token": … }` to `verifyUrl`, which answers 200
 * `{ "customer": { "id", "email", "groupId" } }`. A 401 from it means it refused the token (forged,
 * expired, another app's): that rejects with UnauthorizedError rather than resolving `null`, so a
 * misconfigured secret or clock is not mistaken for a guest.
 *
 * @throws {UnauthorizedError} when the verify endpoint refuses the token (401/403)
 * @throws {MalformedResponseError} when either answer lacks what it should carry
 * @throws {InvalidArgumentError} when `verifyUrl` is empty (nothing is sent)
 * @throws {HttpError | RateLimitError | NetworkError | TimeoutError | AbortError} as `send`
 * @example
 * ```ts
 * const me = await fetchVerifiedCustomer(storefront, { appClientId, verifyUrl: '/api/customer' });
 * if (me) showAccountMenu(me.email);
 * ```
 */
export async function fetchVerifiedCustomer(
  storefront: Storefront,
  { verifyUrl, fetch = storefront.fetch, ...options }: VerifiedCustomerOptions,
): Promise<VerifiedCustomer | null> {
  const operation = 'POST verifyUrl';
  if (typeof verifyUrl !== 'string' || !verifyUrl) throw new InvalidArgumentError(operation, 'verifyUrl', 'must be a URL');
  const token = await fetchCurrentCustomerJwt(storefront, options);
  if (token === null) return null;
  const response = await send(
    { ...storefront, fetch },
    {
      url: verifyUrl,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ token }),
      signal: options.signal,
      operation,
      // Verifying changes nothing on the server, so a failed attempt may be repeated.
      retry: true,
    },
  );
  let customer: Partial<VerifiedCustomer> | undefined;
  try {
    customer = JSON.parse(await response.text()).customer;
  } catch {
    // handled below
  }
  const { id, email, groupId } = customer ?? {};
  if (typeof id !== 'number' || typeof email !== 'string' || typeof groupId !== 'string') {
    throw new MalformedResponseError(operation, 'the answer carries no customer', { status: response.status });
  }
  return { id, email, groupId };
}
