import { describe, expect, it } from 'vitest';
import { createCustomerLoginJwt, customerLoginUrl, InvalidArgumentError, isStorePath } from '../../src/server';
import { CLIENT_ID, CLIENT_SECRET, decodeParts, STORE_HASH } from './helpers';

const base = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, storeHash: STORE_HASH, customerId: 42 };

// Every way a `redirect_to` could send the shopper off the store after login.
const OPEN_REDIRECTS: [string, string][] = [
  ['absolute https URL', 'https://evil.example/'],
  ['absolute http URL', 'http://evil.example'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['JavaScript: URL, mixed case', 'JavaScript:alert(document.cookie)'],
  ['data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['scheme without slashes', 'https:evil.example'],
  ['protocol-relative //host', '//evil.example'],
  ['triple slash ///host', '///evil.example/path'],
  ['slash-backslash /\\host', '/\\evil.example'],
  ['backslash-backslash \\\\host', '\\\\evil.example'],
  ['backslash later in the path', '/account.php\\..\\evil'],
  ['backslash in the query', '/search.php?q=a\\b'],
  ['tab between the slashes', '/\t/evil.example'],
  ['newline between the slashes', '/\n/evil.example'],
  ['carriage return', '/account.php\r\nLocation: https://evil.example'],
  ['NUL byte', '/account.php\u0000'],
  ['leading space', ' /account.php'],
  ['leading tab', '\t/account.php'],
  ['trailing space', '/account.php '],
  ['space inside', '/my account'],
  ['non-ASCII (ideographic space)', '/\u3000/evil.example'],
  ['fullwidth solidus raw', '/\uFF0Fevil.example'],
  ['encoded //', '/%2F%2Fevil.example'],
  ['encoded //, lower case', '/%2f%2fevil.example'],
  ['encoded / after the first slash', '/%2Fevil.example'],
  ['encoded //, no leading slash', '%2F%2Fevil.example'],
  ['encoded backslash %5C', '/%5Cevil.example'],
  ['encoded backslash %5c in the query', '/cart.php?x=%5c'],
  ['double-encoded //', '/%252F%252Fevil.example'],
  ['double-encoded backslash', '/%255Cevil.example'],
  ['quadruple-encoded slash (too deep to unwrap)', '/%25252525252F'],
  ['encoded tab %09', '/%09/evil.example'],
  ['encoded newline %0A', '/%0A/evil.example'],
  ['encoded NUL %00', '/account.php%00'],
  ['encoded DEL %7F', '/account.php%7F'],
  ['encoded space in the path', '/%20/evil.example'],
  ['encoded no-break space', '/%C2%A0/evil.example'],
  ['encoded right-to-left override (Cf)', '/%E2%80%AEmoc.live'],
  ['encoded zero-width space (Cf)', '/%E2%80%8B/evil.example'],
  ['encoded fullwidth solidus (NFKC folds to /)', '/%EF%BC%8Fevil.example'],
  ['encoded small reverse solidus (NFKC folds to \\)', '/%EF%B9%A8evil.example'],
  ['overlong UTF-8 slash', '/%C0%AF%C0%AFevil.example'],
  ['broken escape %zz', '/account.php%zz'],
  ['truncated escape', '/account.php%'],
  ['dot-dot segment', '/../evil.example'],
  ['dot-dot then //', '/a/..//evil.example'],
  ['encoded dot-dot', '/%2E%2E/%2F/evil.example'],
  ['single-dot segment', '/./account.php'],
  ['empty segment inside the path', '/account//evil.example'],
  ['relative path', 'account.php'],
  ['dot-relative path', './account.php'],
  ['query only', '?action=logout'],
  ['fragment only', '#top'],
  ['empty string', ''],
  ['too long', `/${'a'.repeat(2048)}`],
];

const STORE_PATHS = [
  '/account.php?action=order_status',
  '/cart.php',
  '/',
  '/login.php?action=logout',
  '/shop-all/',
  '/search.php?search_query=red%20shoes&page=2',
  '/checkout?step=1#payment',
  '/caf%C3%A9/',
  '/cart.php?return=%2Faccount.php',
  '/account.php?action=address_book&next=//kept-inert-in-the-query',
];

describe('redirectTo: open redirects are refused', () => {
  it.each(OPEN_REDIRECTS)('%s', async (_name, redirectTo) => {
    expect(isStorePath(redirectTo)).toBe(false);
    for (const sign of [
      () => createCustomerLoginJwt({ ...base, redirectTo }),
      () => customerLoginUrl({ ...base, storeUrl: 'https://shop.example.com', redirectTo }),
    ]) {
      const error = await sign().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument: 'redirectTo' });
      if (redirectTo.length > 3) expect((error as Error).message).not.toContain(redirectTo);
    }
  });

  it('refuses a redirectTo that is not a string', async () => {
    expect(isStorePath(new URL('https://evil.example/'))).toBe(false);
    await expect(createCustomerLoginJwt({ ...base, redirectTo: ['/cart.php'] as never })).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});

describe('redirectTo: paths on the store are accepted', () => {
  it.each(STORE_PATHS)('%s', async (redirectTo) => {
    expect(isStorePath(redirectTo)).toBe(true);
    expect(decodeParts(await createCustomerLoginJwt({ ...base, redirectTo })).payload.redirect_to).toBe(redirectTo);
  });
});
