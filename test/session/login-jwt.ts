// Signs Customer Login JWTs in tests the way an app's server does (jose, HS256), with overrides
// for every claim and header so tests can forge the broken ones.
import { SignJWT } from 'jose';
import type { Simulator } from '../../src/simulator';

/** Claims of a login JWT; `undefined` removes a claim. */
export type LoginClaims = Record<string, unknown>;

let counter = 0;

/** The claims a valid login of `customerId` to `sim` carries, signed now. */
export function loginClaims(sim: Simulator, customerId: number, extra: LoginClaims = {}): LoginClaims {
  const claims: LoginClaims = {
    iss: sim.appClient.id,
    iat: Math.floor(Date.now() / 1000),
    jti: `test-jti-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`,
    operation: 'customer_login',
    store_hash: sim.catalog.settings.storeHash,
    customer_id: customerId,
    ...extra,
  };
  for (const key of Object.keys(claims)) if (claims[key] === undefined) delete claims[key];
  return claims;
}

/** Signs `claims` with HS256 (or `alg`) and `secret` (default: the simulator's). */
export function signLogin(
  sim: Simulator,
  claims: LoginClaims,
  { secret = sim.appClient.secret, alg = 'HS256' }: { secret?: string; alg?: string } = {},
): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

/** A valid login JWT for `customerId`, with claim overrides. */
export function loginJwt(sim: Simulator, customerId: number, extra: LoginClaims = {}): Promise<string> {
  return signLogin(sim, loginClaims(sim, customerId, extra));
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token (`alg: none`, empty signature) carrying `claims`. */
export function unsignedJwt(claims: LoginClaims): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}
