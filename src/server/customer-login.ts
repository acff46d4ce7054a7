import { SignJWT } from 'jose';
import { InvalidArgumentError } from '../errors';
import { assertServer } from './assert-server';
import { assertId, assertStoreHash, assertText, secretKey, toDate } from './inputs';
import { isStorePath } from './redirect-path';
import { storeOrigin } from './store-origin';

/** What a Customer Login JWT says: who logs in, to which store, and where they land. */
export interface CustomerLoginOptions {
  /** The API account's client id (`iss`). */
  clientId: string;
  /** The API account's client secret, the HS256 key. Keep it on the server. */
  clientSecret: string;
  /** The store the shopper logs in to (`store_hash`). */
  storeHash: string;
  /** The customer to log in (`customer_id`). */
  customerId: number;
  /** The storefront channel (`channel_id`); required by BigCommerce for headless storefronts. */
  channelId?: number;
  /** A path on the store to land on after login (`redirect_to`; BigCommerce defaults to `/account.php`). */
  redirectTo?: string;
  /** The shopper's IP address; BigCommerce refuses the login from any other (`request_ip`). */
  requestIp?: string;
  /** Merge the shopper's persistent cart on login (`enable_persistent_cart`). */
  enablePersistentCart?: boolean;
  /** The signing time (`iat`; default: the clock); BigCommerce accepts the token for 30 seconds. */
  now?: Date | number;
  /** The token's single-use id (`jti`; default: a random UUID). */
  jti?: string;
}

/** `CustomerLoginOptions` plus the storefront's URL. */
export interface CustomerLoginUrlOptions extends CustomerLoginOptions {
  /** The storefront's origin, e.g. `https://shop.example.com` (https; http only for localhost). */
  storeUrl: string;
}

/**
 * Signs a Customer Login JWT (HS256) that logs a shopper in through `/login/token/{jwt}`.
 *
 * Sign it when the shopper is about to be redirected: BigCommerce accepts it for 30 seconds, once.
 *
 * @throws {InvalidArgumentError} when an option is malformed, including a `redirectTo` that is
 *   not a path on the store (see `isStorePath`)
 * @throws {ConfigError} where `window` exists (the secret must stay on a server)
 * @example
 * ```ts
 * const jwt = await createCustomerLoginJwt({ clientId, clientSecret, storeHash: 'abc123', customerId: 42 });
 * ```
 */
export async function createCustomerLoginJwt(options: CustomerLoginOptions): Promise<string> {
  return sign('createCustomerLoginJwt', options);
}

/**
 * Builds the `https://{store}/login/token/{jwt}` URL that logs a shopper in and redirects them.
 *
 * @throws {InvalidArgumentError} as `createCustomerLoginJwt`, or when `storeUrl` is not an
 *   https origin (http only for localhost)
 * @throws {ConfigError} where `window` exists (the secret must stay on a server)
 * @example
 * ```ts
 * const url = await customerLoginUrl({ storeUrl: 'https://shop.example.com', clientId, clientSecret,
 *   storeHash: 'abc123', customerId: 42, redirectTo: '/cart.php' });
 * return Response.redirect(url, 302);
 * ```
 */
export async function customerLoginUrl(options: CustomerLoginUrlOptions): Promise<string> {
  const origin = storeOrigin('customerLoginUrl', options.storeUrl);
  return `${origin}/login/token/${await sign('customerLoginUrl', options)}`;
}

async function sign(operation: string, options: CustomerLoginOptions): Promise<string> {
  assertServer(operation);
  const { clientId, storeHash, customerId, channelId, redirectTo, requestIp, enablePersistentCart, jti = crypto.randomUUID() } = options;
  assertText(operation, 'clientId', clientId);
  const key = secretKey(operation, options.clientSecret);
  assertStoreHash(operation, storeHash);
  assertId(operation, 'customerId', customerId);
  if (channelId !== undefined) assertId(operation, 'channelId', channelId);
  if (redirectTo !== undefined && !isStorePath(redirectTo)) {
    throw new InvalidArgumentError(operation, 'redirectTo', 'must be a path on the store (starting with a single "/", no scheme, host, backslash, control character or dot segment)');
  }
  if (requestIp !== undefined && !isIp(requestIp)) throw new InvalidArgumentError(operation, 'requestIp', 'must be an IPv4 or IPv6 address');
  if (enablePersistentCart !== undefined && typeof enablePersistentCart !== 'boolean') {
    throw new InvalidArgumentError(operation, 'enablePersistentCart', 'must be a boolean');
  }
  assertText(operation, 'jti', jti);
  if (jti.length > 128) throw new InvalidArgumentError(operation, 'jti', 'must be at most 128 characters');
  const payload = {
    iss: clientId,
    iat: Math.floor(toDate(operation, options.now).getTime() / 1000),
    jti,
    operation: 'customer_login',
    store_hash: storeHash,
    customer_id: customerId,
    ...(channelId !== undefined && { channel_id: channelId }),
    ...(redirectTo !== undefined && { redirect_to: redirectTo }),
    ...(requestIp !== undefined && { request_ip: requestIp }),
    ...(enablePersistentCart !== undefined && { enable_persistent_cart: enablePersistentCart }),
  };
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** IPv4 dotted quad, or IPv6 as the WHATWG URL parser accepts it (no zone id). */
function isIp(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 45) return false;
  if (IPV4.test(value)) return true;
  if (!/^[\da-f:.]+$/i.test(value) || !value.includes(':')) return false;
  return URL.canParse(`http://[${value}]/`);
}
