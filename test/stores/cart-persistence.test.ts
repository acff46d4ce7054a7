// @vitest-environment happy-dom
// Where the cart id is kept: the browser's real localStorage and document.cookie (happy-dom), and
// storage that is blocked or ignores writes, where the id is kept in memory instead.
import { afterEach, describe, expect, it } from 'vitest';
import { cookiePersistence, localStoragePersistence, memoryPersistence, type CartPersistence } from '../../src/stores/cart-persistence';
import { blockedStorage, fakeStorage } from './cart-fakes';

const ID = '8a0ab7f0-2a51-4c55-9fd5-1b0d8f5a3c11';

afterEach(() => {
  localStorage.clear();
  for (const cookie of document.cookie.split('; ').filter(Boolean)) document.cookie = `${cookie.split('=')[0]}=; max-age=0; path=/`;
});

/** What every persistence must do while its storage works. */
const roundTrip = (persistence: CartPersistence) => {
  expect(persistence.get()).toBeNull();
  persistence.set(ID);
  expect(persistence.get()).toBe(ID);
  persistence.set(null);
  expect(persistence.get()).toBeNull();
};

describe('memoryPersistence', () => {
  it('keeps the id for the page only', () => {
    roundTrip(memoryPersistence());
    const one = memoryPersistence();
    one.set(ID);
    expect(memoryPersistence().get()).toBeNull();
  });
});

describe('localStoragePersistence', () => {
  it('keeps the id in window.localStorage under its key, where the next page finds it', () => {
    roundTrip(localStoragePersistence());
    localStoragePersistence().set(ID);
    expect(localStorage.getItem('bc-storefront:cart-id')).toBe(ID);
    expect(localStoragePersistence().get()).toBe(ID); // a new page, a new persistence
    localStoragePersistence('shop:cart').set('other');
    expect(localStorage.getItem('shop:cart')).toBe('other');
    localStoragePersistence().set(null);
    expect(localStorage.getItem('bc-storefront:cart-id')).toBeNull();
  });

  it('falls back to memory when storage throws SecurityError, and back to storage once it works', () => {
    let blocked = true;
    const real = fakeStorage();
    const persistence = localStoragePersistence('k', () => (blocked ? blockedStorage() : real));
    expect(persistence.get()).toBeNull(); // no throw
    persistence.set(ID);
    expect(persistence.get()).toBe(ID); // kept for the page
    blocked = false;
    persistence.set('next-id');
    expect(real.getItem('k')).toBe('next-id');
    expect(persistence.get()).toBe('next-id');
  });

  it('falls back to memory where there is no window.localStorage at all (a sandboxed frame)', () => {
    const persistence = localStoragePersistence('k', () => {
      throw new TypeError("Cannot read properties of null (reading 'getItem')");
    });
    persistence.set(ID);
    expect(persistence.get()).toBe(ID);
  });
});

describe('cookiePersistence', () => {
  it('keeps the id in a first-party cookie for 30 days on every path; null deletes it', () => {
    const written: string[] = [];
    const jar = { value: '' };
    const doc = {
      get cookie() {
        return jar.value;
      },
      set cookie(line: string) {
        written.push(line);
        const [pair] = line.split('; ');
        jar.value = /max-age=0/.test(line) ? '' : pair!;
      },
    };
    roundTrip(cookiePersistence('bc_cart_id', { document: () => doc }));
    expect(written).toEqual([`bc_cart_id=${ID}; path=/; max-age=2592000; SameSite=Lax`, 'bc_cart_id=; path=/; max-age=0; SameSite=Lax']);
    cookiePersistence('c', { document: () => doc, domain: '.example.com', maxAge: 60, path: '/shop' }).set('a b');
    expect(written.at(-1)).toBe('c=a%20b; path=/shop; max-age=60; domain=.example.com; SameSite=Lax');
  });

  it('works with the real document.cookie, beside other cookies', () => {
    document.cookie = 'theme=dark; path=/';
    const persistence = cookiePersistence();
    roundTrip(persistence);
    persistence.set(ID);
    expect(document.cookie).toContain(`bc_cart_id=${ID}`);
    expect(document.cookie).toContain('theme=dark');
    expect(cookiePersistence().get()).toBe(ID);
    expect(cookiePersistence('bc_cart').get()).toBeNull(); // a prefix of the name is another cookie
  });

  it('falls back to memory when cookies are turned off (writes silently ignored) or document is missing', () => {
    const ignoring = {
      get cookie() {
        return '';
      },
      set cookie(_line: string) {
        // cookies turned off: the browser drops the write
      },
    };
    const off = cookiePersistence('bc_cart_id', { document: () => ignoring });
    off.set(ID);
    expect(off.get()).toBe(ID);
    off.set(null);
    expect(off.get()).toBeNull();
    const none = cookiePersistence('bc_cart_id', {
      document: () => {
        throw new ReferenceError('document is not defined');
      },
    });
    none.set(ID);
    expect(none.get()).toBe(ID);
  });
});
