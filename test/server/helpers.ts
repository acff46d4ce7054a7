import { createHmac } from 'node:crypto';

// Tokens for the server tests are signed here with node:crypto, independently of jose, so the
// verifier is checked against a second implementation of HS256 rather than against itself.

export const CLIENT_ID = 'app6sv16tfx3j5gsopm42ss5dd67g2srvq';
export const CLIENT_SECRET = 'test-secret-9f8e7d6c5b4a39281706f5e4d3c2b1a0';
export const STORE_HASH = 'abc123';
/** A fixed clock for the verifier, in seconds. */
export const NOW = 1_700_000_000;
export const NOW_MS = NOW * 1000;

export const b64url = (value: string | Uint8Array): string => Buffer.from(value).toString('base64url');

/** Signs `header.payload` with HMAC (`sha256` by default) and returns the compact JWS. */
export function signCompact(header: unknown, payload: unknown, secret = CLIENT_SECRET, hash = 'sha256'): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(typeof payload === 'string' ? payload : JSON.stringify(payload))}`;
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}

/** The claims of a Current Customer JWT as BigCommerce documents them, issued at `iat`. */
export function currentCustomerClaims(iat = NOW, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    customer: { id: 4927, email: 'john.doe@example.com', group_id: '6' },
    iss: 'bc/apps',
    sub: STORE_HASH,
    iat,
    exp: iat + 900,
    version: 1,
    aud: CLIENT_ID,
    application_id: '6sv16tasdgr2b5hs5dd67g2srvq',
    store_hash: STORE_HASH,
    operation: 'current_customer',
    ...overrides,
  };
}

/** A valid Current Customer JWT (HS256, typ JWT), with claims overridden. */
export const currentCustomerJwt = (overrides: Record<string, unknown> = {}, iat = NOW, secret = CLIENT_SECRET): string =>
  signCompact({ alg: 'HS256', typ: 'JWT' }, currentCustomerClaims(iat, overrides), secret);

/** The header and payload of a compact JWT, decoded without any check. */
export function decodeParts(jwt: string): { header: Record<string, unknown>; payload: Record<string, unknown>; signature: string } {
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  const parse = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: parse(header), payload: parse(payload), signature };
}
