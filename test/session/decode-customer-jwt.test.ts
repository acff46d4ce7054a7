import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeCustomerJwtUnverified, fetchCurrentCustomerJwt } from '../../src/session';
import { cookieFetch } from '../helpers/cookie-fetch';
import { signIn, storefrontFor, useSessionSimulator } from './helpers';

const suite = useSessionSimulator();

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

describe('decodeCustomerJwtUnverified', () => {
  it('reads the claims of the simulator\'s Current Customer JWT as jose decodes them', async () => {
    const browser = cookieFetch();
    await signIn(suite, browser, 2);
    const jwt = (await fetchCurrentCustomerJwt(storefrontFor(suite.url, suite.sim.token, browser), {
      appClientId: suite.sim.appClient.id,
    }))!;
    const claims = decodeCustomerJwtUnverified(jwt);
    expect(claims).toEqual(decodeJwt(jwt));
    expect(claims.customer).toEqual({ id: 2, email: 'sam@example.co.uk', group_id: '0' });
    expect(claims.operation).toBe('current_customer');
  });

  it('decodes UTF-8 and base64url (- and _) payloads, whatever the signature', async () => {
    // '?>' and '~~~' encode to base64 with '+' and '/', i.e. '-' and '_' in base64url.
    const payload = { customer: { id: 7, email: 'zoë@exämple.com', group_id: '2' }, exp: 1, note: '?>?>~~~' };
    const jwt = await new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('any'));
    expect(jwt.split('.')[1]).toMatch(/[-_]/);
    expect(decodeCustomerJwtUnverified(jwt)).toEqual(payload);
    expect(decodeCustomerJwtUnverified(`${jwt.split('.').slice(0, 2).join('.')}.forged`)).toEqual(payload);
  });

  it.each([
    ['an empty string', ''],
    ['one segment', 'abc'],
    ['a payload that is not base64', 'a.%%%.c'],
    ['a payload that is not JSON', `a.${b64('not json')}.c`],
    ['a JSON null payload', `a.${b64('null')}.c`],
    ['a payload without customer', `a.${b64({ exp: 1 })}.c`],
    ['a customer id that is a string', `a.${b64({ customer: { id: '1', email: 'a@b.c' }, exp: 1 })}.c`],
    ['no exp', `a.${b64({ customer: { id: 1, email: 'a@b.c' } })}.c`],
    ['not a string at all', 42 as unknown as string],
  ])('throws ERR_MALFORMED_RESPONSE for %s', (_, jwt) => {
    expect(() => decodeCustomerJwtUnverified(jwt)).toThrowError(
      expect.objectContaining({ name: 'MalformedResponseError', code: 'ERR_MALFORMED_RESPONSE', operation: 'decodeCustomerJwtUnverified' }),
    );
  });
});
