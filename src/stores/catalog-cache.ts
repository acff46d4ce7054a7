// One shared cache behind every catalog store, built on @nanostores/query: it dedups requests in
// flight, serves a fresh copy without a request inside the freshness window, shows the stale copy
// while it revalidates after it, and revalidates what is on screen on focus and on reconnect.
import { nanoquery, type FetcherStore, type FetcherValue, type KeySelector } from '@nanostores/query';
import { onStart, onStop } from 'nanostores';
import type { Storefront } from '../config';
import { ConfigError, type StorefrontError } from '../errors';
import { browserPlatform, type Platform, type Unsubscribe } from './platform';

/** Options of {@link createCatalogCache}. */
export interface CatalogCacheOptions {
  /** The freshness window (ms): a store subscribed again inside it makes no request. Default 30 000. */
  dedupeTime?: number;
  /** How long (ms) a stale copy is still shown while it revalidates; after that, `loading` without `data`. Default: forever. */
  cacheLifetime?: number;
  /**
   * Revalidate stale data (and errors) on screen when the page comes back into view. Default true.
   * @nanostores/query holds every fetch while the page is hidden, so with `false` a store first
   * subscribed in a hidden tab waits for its next subscriber or `revalidate()`.
   */
  revalidateOnFocus?: boolean;
  /** Revalidate stale data (and errors) on screen when the browser goes back online. Default true. */
  revalidateOnReconnect?: boolean;
  /** Where focus and reconnect events come from. Default {@link browserPlatform}. */
  platform?: Platform;
}

/**
 * What a catalog store holds: `data` once loaded (kept while it revalidates), `loading` while a
 * request is out, `error` (always a `StorefrontError`) after a failure; `promise` is the request.
 */
export type CatalogValue<T> = FetcherValue<T, StorefrontError>;

/** A catalog query store (a @nanostores/query fetcher store), with `revalidate()`, `invalidate()`, `mutate(data)` and `key`. */
export type CatalogStore<T> = FetcherStore<T, StorefrontError>;

/** One cached answer, as @nanostores/query keeps it (times in ms since the epoch). */
export interface CatalogCacheEntry {
  data?: unknown;
  error?: unknown;
  created?: number;
  expires?: number;
  retryCount?: number;
}

/** The cache catalog stores share; made by {@link createCatalogCache}. */
export interface CatalogCache {
  readonly storefront: Storefront;
  readonly dedupeTime: number;
  readonly cacheLifetime: number;
  /** Key → cached answer: what `dehydrateCatalog` reads and `hydrateCatalog` seeds. */
  readonly entries: Map<string, CatalogCacheEntry>;
  /** A store of `key`'s answer, fetched with `load` when no fresh copy is cached (for your own queries; see `queryKey`). */
  store<T>(key: string, load: () => Promise<T>): CatalogStore<T>;
  /** Marks keys stale (default: all) and refetches those on screen, which keep their data meanwhile. */
  revalidate(selector?: KeySelector): void;
  /** Forgets keys (default: all); those on screen load again from scratch. */
  invalidate(selector?: KeySelector): void;
}

/**
 * Creates the cache that catalog stores of one storefront share. Nothing listens to the platform
 * until a store has a subscriber, and nothing is left listening once the last one leaves.
 *
 * @throws {ConfigError} when `dedupeTime` or `cacheLifetime` is not a number ≥ 0.
 * @example
 * const catalog = createCatalogCache(storefront, { dedupeTime: 60_000 });
 * const $page = createProductsStore(catalog, { first: 12 });
 * $page.subscribe(({ data, loading, error }) => render(data?.items));
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCatalogCache(storefront: Storefront, options: CatalogCacheOptions = {}): CatalogCache {
  const {
    dedupeTime = 30_000,
    cacheLifetime = Infinity,
    revalidateOnFocus = true,
    revalidateOnReconnect = true,
    platform = browserPlatform,
  } = options;
  for (const [name, value] of [['dedupeTime', dedupeTime], ['cacheLifetime', cacheLifetime]] as const) {
    if (!(value >= 0)) throw new ConfigError(name, 'must be a number of milliseconds, 0 or more');
  }
  const entries = new Map<string, CatalogCacheEntry>();
  // Errors are not retried on a timer: the transport already retried, and a timer would outlive
  // the last subscriber. Focus and reconnect are ours (below), so they can be injected and removed.
  const [createFetcherStore, , { revalidateKeys, invalidateKeys }] = nanoquery({
    cache: entries,
    dedupeTime,
    cacheLifetime,
    onErrorRetry: null,
  });
  const fresh = (entry: CatalogCacheEntry | undefined): entry is CatalogCacheEntry =>
    entry?.data !== undefined && (entry.created ?? -Infinity) + dedupeTime > Date.now();
  // Keys on screen that are stale or failed; @nanostores/query dedups any already in flight.
  const revalidateStale = () => revalidateKeys((key) => !fresh(entries.get(key)));
  let active = 0;
  let offs: Unsubscribe[] = [];
  const all = () => true;

  return {
    storefront,
    dedupeTime,
    cacheLifetime,
    entries,
    store<T>(key: string, load: () => Promise<T>) {
      const $store = createFetcherStore<T, StorefrontError>(key, { fetcher: load });
      const state = $store as unknown as { value: CatalogValue<T>; lc: number };
      // Shows a fresh cached copy at once. Called on start, before @nanostores/query's own start
      // handler (nanostores runs the newest first), which compares loosely (`undefined != null` is
      // false) and so would never show a cached `null` (a product the store does not have).
      const seed = (entry: CatalogCacheEntry) => {
        if (state.value.data !== entry.data) state.value = { data: entry.data as T, loading: false };
        return state.value;
      };
      onStart($store, () => {
        const entry = entries.get(key);
        if (fresh(entry)) seed(entry);
        if (active++) return;
        if (revalidateOnFocus) offs.push(platform.onFocus(revalidateStale));
        if (revalidateOnReconnect) offs.push(platform.onReconnect(revalidateStale));
      });
      onStop($store, () => {
        if (--active) return;
        offs.forEach((off) => off());
        offs = [];
      });
      // nanostores' get() on a store without subscribers starts it, reads it, then stops it, and
      // stopping resets a query store to `{ loading: false }`: a first render (React's useStore
      // calls get) would show neither the request just started nor a fresh cached (say hydrated)
      // copy. Read the value before the stop instead.
      $store.get = () => {
        if (state.lc) return state.value;
        const unbind = $store.listen(() => {});
        const value = state.value;
        unbind();
        return value;
      };
      return $store;
    },
    revalidate: (selector = all) => revalidateKeys(selector),
    invalidate: (selector = all) => invalidateKeys(selector),
  };
}
