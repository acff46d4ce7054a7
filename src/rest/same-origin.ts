import type { Storefront } from '../config/types';
import { OriginError } from '../errors/origin-error';

/**
 * Throws an OriginError when a page on another origin than the store's is about to make a
 * same-origin-only call with the browser's own fetch. On a server (no `location`), or with an
 * injected `fetch` (a server-side adapter or a test double, which no browser CORS applies to),
 * nothing is checked.
 */
export function checkSameOrigin(storefront: Storefront, operation: string): void {
  const page = globalThis.location?.origin;
  if (page && page !== 'null' && !storefront.fetch && page !== storefront.storeOrigin) throw new OriginError(operation, page, storefront.storeOrigin);
}
