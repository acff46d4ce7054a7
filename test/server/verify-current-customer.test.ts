import { generateKeyPair, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  InvalidArgumentError,
  isStorefrontError,
  MAX_TOKEN_LENGTH,
  SessionTokenError,
  verifyCurrentCustomerJwt,
  type SessionTokenReason,
} from '../../src/server';
import { b64url, CLIENT_ID, CLIENT_SECRET, currentCustomerClaims, currentCustomerJwt, NOW, NOW_MS, signCompact, STORE_HASH } from './helpers';

const options = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, now: NOW_MS };
const HS256 = { alg: 'HS256', typ: 'JWT' };

async function rejection(token: string, extra: object = {}): Promise<SessionTokenError> {
  const error = await verifyCurrentCustomerJwt(token, { ...options, ...extra }).then(
    () => expect.fail('the token was accepted'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SessionTokenError);
  const tokenError = error as SessionTokenError;
  expect(isStorefrontError(tokenError, 'ERR_TOKEN')).toBe(true);
  expect(tokenError.code).toBe('ERR_TOKEN');
  // Neither the token (or any part of it) nor the secret reaches the message or the JSON form.
  const shown = `${tokenError.message} ${JSON.stringify(tokenError)}`;
  for (const part of [CLIENT_SECRET, ...String(token).split('.').filter((p) => p.length > 8)]) expect(shown).not.toContain(part);
  return tokenError;
}

function editPayload(token: string, edit: (claims: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  edit(claims);
  return `${header}.${b64url(JSON.stringify(claims))}.${signature}`;
}

afterEach(() => vi.restoreAllMocks());

describe('verifyCurrentCustomerJwt: accepted tokens', () => {
  it('returns the typed claims of a token BigCommerce would issue', async () => {
    const claims = await verifyCurrentCustomerJwt(currentCustomerJwt(), options);
    expect(claims).toEqual({
      customer: { id: 4927, email: 'john.doe@example.com', groupId: '6' },
      storeHash: STORE_HASH,
      applicationId: '6sv16tasdgr2b5hs5dd67g2srvq',
      issuedAt: new Date(NOW * 1000),
      expiresAt: new Date((NOW + 900) * 1000),
      subject: STORE_HASH,
      raw: currentCustomerClaims(),
    });
  });

  it('checks the store hash when asked, and reads a numeric group id as a string', async () => {
    const token = currentCustomerJwt({ customer: { id: 1, email: 'a@example.com', group_id: 0 } });
    const claims = await verifyCurrentCustomerJwt(token, { ...options, storeHash: STORE_HASH });
    expect(claims.customer).toEqual({ id: 1, email: 'a@example.com', groupId: '0' });
  });

  it('allows 30 seconds of clock skew by default on exp and iat, and none when told', async () => {
    const justExpired = currentCustomerJwt({}, NOW - 900 - 29);
    const slightlyAhead = currentCustomerJwt({}, NOW + 29);
    await expect(verifyCurrentCustomerJwt(justExpired, options)).resolves.toMatchObject({ customer: { id: 4927 } });
    await expect(verifyCurrentCustomerJwt(slightlyAhead, options)).resolves.toMatchObject({ customer: { id: 4927 } });
    expect((await rejection(justExpired, { clockToleranceSec: 0 })).reason).toBe('expired');
    expect((await rejection(slightlyAhead, { clockToleranceSec: 0 })).reason).toBe('not-yet-valid');
  });

  it('uses the real clock when no `now` is given', async () => {
    const token = currentCustomerJwt({}, Math.floor(Date.now() / 1000));
    await expect(verifyCurrentCustomerJwt(token, { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })).resolves.toBeDefined();
    expect((await rejection(currentCustomerJwt(), { now: undefined })).reason).toBe('expired');
  });
});

describe('verifyCurrentCustomerJwt: forged and broken tokens', () => {
  const valid = currentCustomerJwt();
  const [validHeader, validPayload, validSignature] = valid.split('.') as [string, string, string];
  const claims = currentCustomerClaims();
  const cases: [string, SessionTokenReason, () => string | Promise<string>][] = [
    ['alg none, no signature', 'algorithm', () => `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${validPayload}.`],
    ['alg none with the HS256 signature kept', 'algorithm', () => `${b64url(JSON.stringify({ alg: 'none' }))}.${validPayload}.${validSignature}`],
    ['alg "None" (case trick)', 'algorithm', () => signCompact({ alg: 'None' }, claims)],
    ['HS384 signed with the right secret', 'algorithm', () => signCompact({ alg: 'HS384', typ: 'JWT' }, claims, CLIENT_SECRET, 'sha384')],
    ['HS512 signed with the right secret', 'algorithm', () => signCompact({ alg: 'HS512', typ: 'JWT' }, claims, CLIENT_SECRET, 'sha512')],
    ['RS256 header over an HMAC signature', 'algorithm', () => signCompact({ alg: 'RS256', typ: 'JWT' }, claims)],
    ['RS256 signed with an RSA key', 'algorithm', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    }],
    ['header without alg', 'algorithm', () => signCompact({ typ: 'JWT' }, claims)],
    ['signed with another secret', 'signature', () => currentCustomerJwt({}, NOW, 'not-the-client-secret')],
    ['payload edited (customer id) after signing', 'signature', () => editPayload(valid, (c) => { (c.customer as { id: number }).id = 1; })],
    ['payload edited (exp pushed out) after signing', 'signature', () => editPayload(valid, (c) => { c.exp = NOW + 10 ** 8; })],
    ['header edited (kid added) after signing', 'signature', () => `${b64url(JSON.stringify({ ...HS256, kid: 'x' }))}.${validPayload}.${validSignature}`],
    ['signature stripped', 'signature', () => `${validHeader}.${validPayload}.`],
    ['signature of another token', 'signature', () => `${validHeader}.${validPayload}.${currentCustomerJwt({ sub: 'other' }).split('.')[2]}`],
    ['expired', 'expired', () => currentCustomerJwt({}, NOW - 900 - 31)],
    ['issued in the future', 'not-yet-valid', () => currentCustomerJwt({}, NOW + 31)],
    ['not valid before a future nbf', 'not-yet-valid', () => currentCustomerJwt({ nbf: NOW + 120 })],
    ['wrong audience', 'audience', () => currentCustomerJwt({ aud: 'another-app-client-id' })],
    ['audience as an array holding the client id', 'audience', () => currentCustomerJwt({ aud: [CLIENT_ID, 'other'] })],
    ['no audience', 'audience', () => currentCustomerJwt({ aud: undefined })],
    ['wrong issuer', 'issuer', () => currentCustomerJwt({ iss: 'evil/apps' })],
    ['issuer = client id (a customer login token)', 'issuer', () => currentCustomerJwt({ iss: CLIENT_ID })],
    ['wrong operation (customer_login)', 'operation', () => currentCustomerJwt({ operation: 'customer_login' })],
    ['no operation', 'operation', () => currentCustomerJwt({ operation: undefined })],
    ['no customer', 'claims', () => currentCustomerJwt({ customer: undefined })],
    ['customer id as a string', 'claims', () => currentCustomerJwt({ customer: { id: '4927', email: 'a@example.com', group_id: '6' } })],
    ['customer id not an integer', 'claims', () => currentCustomerJwt({ customer: { id: 4.5, email: 'a@example.com', group_id: '6' } })],
    ['customer without email', 'claims', () => currentCustomerJwt({ customer: { id: 4927, group_id: '6' } })],
    ['customer without group_id', 'claims', () => currentCustomerJwt({ customer: { id: 4927, email: 'a@example.com' } })],
    ['no store_hash', 'claims', () => currentCustomerJwt({ store_hash: undefined })],
    ['no exp', 'claims', () => currentCustomerJwt({ exp: undefined })],
    ['iat as a string', 'claims', () => currentCustomerJwt({ iat: String(NOW) })],
    ['two parts', 'malformed', () => `${validHeader}.${validPayload}`],
    ['four parts', 'malformed', () => `${valid}.${validSignature}`],
    ['empty string', 'malformed', () => ''],
    ['characters outside base64url', 'malformed', () => `${validHeader}.${validPayload.replace(/.$/, '+')}.${validSignature}`],
    ['base64url that decodes to nothing', 'malformed', () => `a.${validPayload}.${validSignature}`],
    ['header not JSON', 'malformed', () => `${b64url('{"alg":"HS256"')}.${validPayload}.${validSignature}`],
    ['payload not JSON, correctly signed', 'malformed', () => signCompact(HS256, '{"customer":')],
    ['payload a JSON array, correctly signed', 'malformed', () => signCompact(HS256, '[1,2]')],
    ['unknown crit header, correctly signed', 'malformed', () => signCompact({ ...HS256, crit: ['exp-x'], 'exp-x': 1 }, claims)],
    ['unencoded payload (b64: false), correctly signed', 'malformed', () => signCompact({ ...HS256, crit: ['b64'], b64: false }, claims)],
    ['oversized', 'oversized', () => currentCustomerJwt({ padding: 'x'.repeat(MAX_TOKEN_LENGTH) })],
  ];

  it.each(cases)('%s → %s', async (_name, reason, make) => {
    expect((await rejection(await make())).reason).toBe(reason);
  });

  it('refuses a token for another store when a store hash is given', async () => {
    expect((await rejection(currentCustomerJwt({ store_hash: 'other1' }), { storeHash: STORE_HASH })).reason).toBe('store');
  });

  it('refuses a token that is not a string', async () => {
    expect((await rejection(42 as unknown as string)).reason).toBe('malformed');
  });

  it('refuses an oversized token before any crypto', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    expect((await rejection('a'.repeat(MAX_TOKEN_LENGTH + 1))).reason).toBe('oversized');
    expect((await rejection(signCompact({ alg: 'none' }, claims))).reason).toBe('algorithm');
    expect(importKey).not.toHaveBeenCalled();
    await verifyCurrentCustomerJwt(valid, options);
    expect(importKey).toHaveBeenCalled();
  });

  it("wraps jose's error as the cause, never throwing it", async () => {
    const error = await rejection(currentCustomerJwt({}, NOW, 'wrong'));
    expect(error.cause).toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    expect((await rejection(currentCustomerJwt({}, NOW - 2000))).cause).toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });
});

describe('verifyCurrentCustomerJwt: options', () => {
  it.each([
    ['clientId', { clientId: '' }],
    ['clientSecret', { clientSecret: '' }],
    ['clientSecret', { clientSecret: undefined }],
    ['storeHash', { storeHash: 'abc-123' }],
    ['clockToleranceSec', { clockToleranceSec: -1 }],
    ['clockToleranceSec', { clockToleranceSec: Number.NaN }],
    ['now', { now: Number.NaN }],
  ])('refuses a malformed %s', async (argument, bad) => {
    const error = await verifyCurrentCustomerJwt(currentCustomerJwt(), { ...options, ...bad } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument });
  });
});
