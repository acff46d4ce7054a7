// Server-side rendering: the server's catalog cache goes into the page as JSON, and the browser's
// cache starts from it, so stores subscribed on load show the server's data without a request.
import type { CatalogCache } from './catalog-cache';

/** Key → data of every answer a catalog cache holds; plain JSON when the data is. */
export type CatalogSnapshot = Record<string, unknown>;

/**
 * Reads every answer a catalog cache holds (errors left out), for the page a server renders.
 * Escape `<` when you put it into a `<script>` tag: product names are shop data.
 * @example
 * await allTasks(); // nanostores: every store subscribed while rendering has loaded
 * const json = JSON.stringify(dehydrateCatalog(catalog)).replaceAll('<', '\\u003c');
 */
/* @__NO_SIDE_EFFECTS__ */
export function dehydrateCatalog(catalog: CatalogCache): CatalogSnapshot {
  const snapshot: CatalogSnapshot = {};
  for (const [key, { data }] of catalog.entries) if (data !== undefined) snapshot[key] = data;
  return snapshot;
}

/**
 * Seeds a catalog cache with a server's snapshot, fresh from now: stores subscribed inside the
 * freshness window use it without a request. Keys the cache already has data for are kept (they
 * are newer). Call it before the stores get their first subscriber.
 * @example
 * hydrateCatalog(catalog, JSON.parse(document.getElementById('catalog-state')!.textContent!));
 */
export function hydrateCatalog(catalog: CatalogCache, snapshot: CatalogSnapshot): void {
  const created = Date.now();
  for (const [key, data] of Object.entries(snapshot)) {
    if (data !== undefined && catalog.entries.get(key)?.data === undefined) {
      catalog.entries.set(key, { data, created, expires: created + catalog.cacheLifetime });
    }
  }
}
