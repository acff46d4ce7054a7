// Catalog stores in components: one store per query (memoised by its key), and the last answer
// kept on screen while the next query (a filter, a page) loads.
import { useStore } from '@nanostores/react';
import type { CatalogStore, StorefrontError } from 'bc-storefront';
import { useMemo, useRef } from 'react';

/** What a listing renders: the data (possibly of the previous query while `loading`), and the error. */
export interface CatalogView<T> {
  data: T | undefined;
  loading: boolean;
  error: StorefrontError | undefined;
  /** `data` belongs to the previous query; the new one is loading. */
  stale: boolean;
  retry(): void;
}

/**
 * Subscribes to the store `make` builds for `key`, made again only when `key` changes; with
 * `keepPrevious`, the last answer stays on screen (as `stale`) while a new key loads.
 * @example
 * const view = useCatalog(queryKey('search', [args]), () => createSearchStore(catalog, args));
 */
export function useCatalog<T>(key: string, make: () => CatalogStore<T>, keepPrevious = false): CatalogView<T> {
  // `key` names everything `make` reads.
  const store = useMemo(make, [key]);
  const { data, loading, error } = useStore(store);
  const last = useRef<T | undefined>(undefined);
  if (data !== undefined) last.current = data;
  const shown = data ?? (error || !keepPrevious ? undefined : last.current);
  return {
    data: shown,
    loading: loading ?? false,
    error,
    stale: data === undefined && shown !== undefined,
    retry: () => store.revalidate(),
  };
}
