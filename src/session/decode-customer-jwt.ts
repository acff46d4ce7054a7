import { MalformedResponseError } from '../errors';

/** The claims of a Current Customer JWT as BigCommerce documents them; unverified when decoded here. */
export interface CurrentCustomerJwtClaims {
  customer: {
    id: number;
    email: string;
    /** The customer group id; a string in BigCommerce's example. */
    group_id: string | number;
  };
  /** `bc/apps`. */
  iss: string;
  sub: string;
  /** Issued at, in epoch seconds. */
  iat: number;
  /** Expires at, in epoch seconds (15 minutes after `iat`). */
  exp: number;
  version: number;
  /** The app's client id. */
  aud: string;
  application_id: string;
  store_hash: string;
  /** `current_customer`. */
  operation: string;
}

const OPERATION = 'decodeCustomerJwtUnverified';

/**
 * Reads a Current Customer JWT's claims WITHOUT verifying its signature: for display hints only
 * (a greeting, whether to show "Sign out"). Anything can be forged into an unverified token;
 * decide nothing that matters from it, verify on a server instead.
 *
 * @throws {MalformedResponseError} when `jwt` is not a JWT whose payload holds a customer id, email and `exp`
 * @example
 * ```ts
 * const jwt = await fetchCurrentCustomerJwt(storefront, { appClientId });
 * if (jwt) greeting.textContent = `Hi ${decodeCustomerJwtUnverified(jwt).customer.email}`;
 * ```
 */
export function decodeCustomerJwtUnverified(jwt: string): CurrentCustomerJwtClaims {
  let claims: CurrentCustomerJwtClaims | undefined;
  try {
    const part = jwt.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    // handled below, with the same error as a payload of the wrong shape
  }
  const customer = claims?.customer;
  if (typeof customer?.id !== 'number' || typeof customer.email !== 'string' || typeof claims!.exp !== 'number') {
    throw new MalformedResponseError(OPERATION, 'not a Current Customer JWT');
  }
  return claims!;
}
