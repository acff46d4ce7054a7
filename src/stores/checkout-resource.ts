// A store of one resource read by id (a checkout, an order): it loads on its first subscriber,
// keeps its data while it reads again, and lets only the newest answer land.
import { atom, onStart, type ReadableAtom } from 'nanostores';
import type { StorefrontError } from '../errors/storefront-error';

/** What a checkout or order store holds: `data` once read (kept while reading again), `loading` while a request is out, `error` after a failure. */
export interface ResourceValue<T> {
  data?: T;
  loading: boolean;
  error?: StorefrontError;
}

/** A readable store of one resource, with `refresh()`. */
export interface ResourceStore<T> extends ReadableAtom<ResourceValue<T>> {
  /** Reads it again; resolves with the newest answer, rejects with a typed error (also shown as `error`). */
  refresh(): Promise<T>;
}

/**
 * Makes a resource store over `load`, starting from `initial` (hydration: no request) if given.
 * @example
 * const $order = resourceStore(() => getOrder(storefront, 123), undefined);
 */
/* @__NO_SIDE_EFFECTS__ */
export function resourceStore<T>(load: () => Promise<T>, initial: T | undefined): ResourceStore<T> & { set(value: ResourceValue<T>): void } {
  const $store = atom<ResourceValue<T>>(initial === undefined ? { loading: true } : { data: initial, loading: false });
  let started = initial !== undefined;
  let latest: Promise<T> | undefined;
  const keep = (value: Partial<ResourceValue<T>>) => {
    const { data } = $store.value!;
    $store.set({ ...(data === undefined ? {} : { data }), loading: false, ...value });
  };
  const refresh = () => {
    keep({ loading: true });
    const request = (latest = load());
    request.then(
      (data) => request === latest && keep({ data }),
      (error: StorefrontError) => request === latest && keep({ error }),
    );
    return request;
  };
  // Once, on the first subscriber: `get()` starts and stops a store, and must not read again.
  onStart($store, () => {
    if (!started) refresh().catch(() => {});
    started = true;
  });
  return Object.assign($store, { refresh });
}
