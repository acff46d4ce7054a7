import { MalformedResponseError } from '../errors';
import type { Page, PageArgs } from '../graphql/connection';

/** Options for {@link walkPages}. */
export interface WalkPagesOptions {
  /** Items per request (1–50, default 50: fewer round trips). */
  pageSize?: number;
  /** Stop after this many pages (default: no limit). */
  maxPages?: number;
}

/**
 * Walks any cursor-paginated listing forward, one page per iteration, holding only the current
 * page in memory: a 10,000-product export never builds a 10,000-item array unless you do.
 *
 * @throws whatever `loadPage` throws; {@link MalformedResponseError} if the server says there is a
 * next page but gives no new cursor for it (which would otherwise stop short or loop forever).
 * @example
 * for await (const products of walkPages((page) => getProducts(storefront, page))) {
 *   render(products);
 * }
 */
export async function* walkPages<T>(
  loadPage: (args: PageArgs) => Promise<Page<T>>,
  options: WalkPagesOptions = {},
): AsyncGenerator<T[], void, undefined> {
  const first = options.pageSize ?? 50;
  const maxPages = options.maxPages ?? Infinity;
  const seen = new Set<string>();
  let after: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await loadPage(after === undefined ? { first } : { first, after });
    yield page.items;
    if (!page.pageInfo.hasNextPage) return;
    const next = page.pageInfo.endCursor;
    // A next page without a cursor, or a cursor seen before, would stop short or loop forever.
    if (!next || seen.has(next)) throw new MalformedResponseError('walkPages', 'the listing\'s cursors do not advance');
    seen.add(next);
    after = next;
  }
}
