// Where the cart id is kept between page loads. Storage can be blocked (Safari's private mode, an
// iframe without storage access, cookies turned off): every kind then keeps the id in memory for
// the page, so the cart goes on working and only the memory across page loads is lost.

/** Keeps the cart id between page loads; pass one as the cart store's `persistence` option. */
export interface CartPersistence {
  /** The kept id, or null. */
  get(): string | null;
  /** Keeps an id; null forgets it. */
  set(cartId: string | null): void;
}

/** A persistence over `read`/`write` that falls back to memory while they throw or do not stick. */
const guarded = (read: () => string | null | undefined, write: (id: string | null) => void): CartPersistence => {
  let kept: string | null = null;
  let works = true;
  return {
    get() {
      try {
        if (works) return read() ?? null;
      } catch {
        // blocked: the id kept in memory below
      }
      return kept;
    },
    set(id) {
      kept = id;
      try {
        write(id);
        works = (read() ?? null) === id; // cookies turned off: the write is silently ignored
      } catch {
        works = false;
      }
    },
  };
};

/**
 * Keeps the cart id in memory only: the page's lifetime (the default on a server).
 * @example
 * const $cart = createCartStore(storefront, { persistence: memoryPersistence() });
 */
/* @__NO_SIDE_EFFECTS__ */
export function memoryPersistence(): CartPersistence {
  let kept: string | null = null;
  return { get: () => kept, set: (id) => void (kept = id) };
}

/**
 * Keeps the cart id in `localStorage` (the cart store's default): every tab of the origin sees
 * it, and nothing is added to requests. Falls back to memory where storage is blocked.
 * @param storage - the Storage to use; default `window.localStorage`, looked up on each use
 * @example
 * const $cart = createCartStore(storefront, { persistence: localStoragePersistence('shop:cart') });
 */
/* @__NO_SIDE_EFFECTS__ */
export function localStoragePersistence(key = 'bc-storefront:cart-id', storage: () => Storage = () => window.localStorage): CartPersistence {
  return guarded(
    () => storage().getItem(key),
    (id) => (id ? storage().setItem(key, id) : storage().removeItem(key)),
  );
}

/** Options of {@link cookiePersistence}. */
export interface CookiePersistenceOptions {
  /** Seconds the cookie lives; default 30 days. */
  maxAge?: number;
  /** Default `/`: every page of the shop. */
  path?: string;
  /** Set it to share the id with subdomains, e.g. `.example.com`. */
  domain?: string;
  /** Where cookies are read and written; default `window.document`. */
  document?: () => { cookie: string };
}

/**
 * Keeps the cart id in a first-party cookie (SameSite=Lax; Secure on https), which a server
 * rendering the page can read too. Falls back to memory where cookies are turned off.
 * @example
 * const $cart = createCartStore(storefront, { persistence: cookiePersistence('cart_id', { domain: '.example.com' }) });
 */
/* @__NO_SIDE_EFFECTS__ */
export function cookiePersistence(name = 'bc_cart_id', options: CookiePersistenceOptions = {}): CartPersistence {
  const { maxAge = 2_592_000, path = '/', domain, document = () => window.document } = options;
  return guarded(
    () => {
      const pair = document().cookie.split('; ').find((cookie) => cookie.startsWith(`${name}=`));
      return (pair && decodeURIComponent(pair.slice(name.length + 1))) || null; // a deleted cookie may read as empty
    },
    (id) => {
      const secure = typeof location != 'undefined' && location.protocol == 'https:' ? '; Secure' : '';
      document().cookie = `${name}=${encodeURIComponent(id ?? '')}; path=${path}; max-age=${id ? maxAge : 0}${domain ? `; domain=${domain}` : ''}; SameSite=Lax${secure}`;
    },
  );
}
