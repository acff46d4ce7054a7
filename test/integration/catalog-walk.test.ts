import { describe, expect, it } from 'vitest';
import {
  getBrands,
  getProducts,
  isStorefrontError,
  searchProducts,
  walkPages,
  type PageArgs,
  type ProductCard,
} from '../../src/index';
import { generateCatalog } from '../../src/simulator';
import { rejectionOf, useSimulator } from './helpers';

const PRODUCTS = 10_000;
const suite = useSimulator(() => ({ catalog: generateCatalog({ products: PRODUCTS, seed: 42 }) }));

/** getProducts as a walkPages loader that counts its calls and the pages the consumer has seen. */
const countingLoader = () => {
  const storefront = suite.storefront();
  const calls: PageArgs[] = [];
  return { calls, load: (args: PageArgs) => (calls.push(args), getProducts(storefront, args)) };
};

describe('walkPages over getProducts', () => {
  it('visits every one of 10,000 products once, one page per request, fetching lazily', async () => {
    const { calls, load } = countingLoader();
    const seen = new Set<number>();
    let pages = 0;
    let visits = 0;
    for await (const items of walkPages<ProductCard>(load)) {
      pages++;
      // The loader ran once per page handed out so far: nothing is fetched ahead of the consumer.
      expect(calls).toHaveLength(pages);
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(50);
      for (const product of items) seen.add(product.entityId);
      visits += items.length;
    }
    expect([pages, visits, seen.size]).toEqual([PRODUCTS / 50, PRODUCTS, PRODUCTS]);
    expect(Math.min(...seen)).toBe(1);
    expect(Math.max(...seen)).toBe(PRODUCTS);
    const sent = suite.graphql('Products').map((e) => e.variables as PageArgs);
    expect(sent).toHaveLength(PRODUCTS / 50);
    expect(sent[0]).toEqual({ first: 50 });
    const cursors = sent.slice(1).map((v) => v.after);
    expect(new Set(cursors).size).toBe(cursors.length); // every request moved on
    expect(sent.every((v) => v.first === 50)).toBe(true);
  });

  it('stops fetching when the consumer breaks out: 2 pages, 2 requests', async () => {
    const { calls, load } = countingLoader();
    const pages: number[][] = [];
    for await (const items of walkPages(load, { pageSize: 20 })) {
      pages.push(items.map((p) => p.entityId));
      if (pages.length === 2) break;
    }
    expect(pages).toEqual([
      Array.from({ length: 20 }, (_, i) => i + 1),
      Array.from({ length: 20 }, (_, i) => i + 21),
    ]);
    expect(calls).toHaveLength(2);
    expect(suite.graphql('Products')).toHaveLength(2);
  });

  it('stops after maxPages', async () => {
    const { load } = countingLoader();
    const sizes: number[] = [];
    for await (const items of walkPages(load, { pageSize: 7, maxPages: 3 })) sizes.push(items.length);
    expect(sizes).toEqual([7, 7, 7]);
    expect(suite.graphql('Products').map((e) => e.variables!.first)).toEqual([7, 7, 7]);
  });

  it('walks other listings too: brands and search results', async () => {
    const storefront = suite.storefront();
    const brands: string[] = [];
    for await (const items of walkPages((args) => getBrands(storefront, args), { pageSize: 6 })) {
      brands.push(...items.map((b) => b.name));
    }
    expect(brands).toHaveLength(20); // the generated store's brands, in 4 pages
    expect(new Set(brands).size).toBe(20);
    const copper: number[] = [];
    const search = (args: PageArgs) =>
      searchProducts(storefront, { ...args, searchTerm: 'copper', sort: 'A_TO_Z' }).then((r) => r.products);
    for await (const items of walkPages(search, { pageSize: 50 })) copper.push(...items.map((p) => p.entityId));
    const { products } = await searchProducts(storefront, { searchTerm: 'copper', first: 1 });
    expect(copper).toHaveLength(products.totalItems!);
    expect(new Set(copper).size).toBe(copper.length);
  });

  it('ends with MalformedResponseError when the server hands back a cursor that does not advance', async () => {
    // A caching proxy that ignores `after`: every request gets the first page again.
    let cached: string | undefined;
    let requests = 0;
    const stuck: typeof fetch = async (input, init) => {
      requests++;
      cached ??= await (await fetch(input, init)).text();
      return new Response(cached, { headers: { 'content-type': 'application/json' } });
    };
    const storefront = suite.storefront({ fetch: stuck });
    const pages: number[][] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const items of walkPages((args) => getProducts(storefront, args), { pageSize: 5 })) {
          pages.push(items.map((p) => p.entityId));
          if (pages.length > 3) throw new Error('walkPages looped on a cursor that did not advance');
        }
      })(),
    );
    expect(isStorefrontError(error, 'ERR_MALFORMED_RESPONSE')).toBe(true);
    expect(error).toMatchObject({ operation: 'walkPages', retryable: false });
    expect(pages).toEqual([[1, 2, 3, 4, 5], [1, 2, 3, 4, 5]]);
    expect(requests).toBe(2);
    expect(suite.graphql('Products')).toHaveLength(1); // only the first page reached the store
  });

  it('ends with MalformedResponseError when cursors cycle (A, B, A) or a next page has no cursor', async () => {
    const page = (id: number, endCursor: string | null, hasNextPage = true) =>
      ({ items: [id], pageInfo: { hasNextPage, hasPreviousPage: false, startCursor: null, endCursor } });
    const walk = async (pages: ReturnType<typeof page>[]) => {
      const asked: (string | undefined)[] = [];
      const seen: number[] = [];
      let error: unknown;
      try {
        for await (const items of walkPages(async (args) => {
          asked.push(args.after);
          return pages[asked.length - 1]!;
        })) seen.push(...items);
      } catch (caught) {
        error = caught;
      }
      return { asked, seen, error };
    };
    const cycle = await walk([page(1, 'A'), page(2, 'B'), page(3, 'A'), page(4, 'C')]);
    expect(cycle.asked).toEqual([undefined, 'A', 'B']);
    expect(cycle.seen).toEqual([1, 2, 3]);
    expect(isStorefrontError(cycle.error, 'ERR_MALFORMED_RESPONSE')).toBe(true);

    const missing = await walk([page(1, 'A'), page(2, null)]);
    expect(missing.asked).toEqual([undefined, 'A']);
    expect(missing.seen).toEqual([1, 2]);
    expect(isStorefrontError(missing.error, 'ERR_MALFORMED_RESPONSE')).toBe(true);

    const done = await walk([page(1, 'A'), page(2, null, false)]);
    expect(done).toEqual({ asked: [undefined, 'A'], seen: [1, 2], error: undefined });
  });
});
