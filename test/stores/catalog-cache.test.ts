// The catalog stores against the simulator: one request for many subscribers, none inside the
// freshness window, revalidation on focus and reconnect through an injected platform, clean stops.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProductsArgs } from '../../src/catalog/products';
import { createCatalogCache, type CatalogCacheOptions } from '../../src/stores/catalog-cache';
import { createProductsStore } from '../../src/stores/catalog-stores';
import { useSimulator } from '../integration/helpers';
import { fakePlatform, graphqlPosts, settled, tick } from './helpers';

const suite = useSimulator();
const WINDOW = 10_000;

function setup(options: CatalogCacheOptions = {}) {
  const events = fakePlatform();
  const catalog = createCatalogCache(suite.storefront({ retry: false }), { dedupeTime: WINDOW, platform: events.platform, ...options });
  return { catalog, events };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('in-flight dedup', () => {
  it('makes one request for ten subscribers of one store, and all ten get the page', async () => {
    const { catalog } = setup();
    const $page = createProductsStore(catalog, { first: 6 });
    const seen: string[][] = Array.from({ length: 10 }, () => []);
    const offs = seen.map((names) => $page.subscribe(({ data }) => data && names.push(data.items.map((p) => p.name).join())));
    await settled($page);
    expect(graphqlPosts(suite)).toEqual(['Products']);
    expect(suite.graphql()[0]!.variables).toMatchObject({ first: 6 });
    expect(new Set(seen.map((names) => names.at(-1)))).toHaveLength(1);
    expect(seen[0]!.at(-1)!.split(',')).toHaveLength(6);
    offs.forEach((off) => off());
  });

  it('makes one request for ten stores made with equal arguments, whatever their key order', async () => {
    const { catalog } = setup();
    const stores = Array.from({ length: 10 }, (_, i) =>
      // An `undefined` member (as JavaScript callers pass) names the same request as a missing one.
      createProductsStore(catalog, i % 2 ? { first: 4, hideOutOfStock: false } : ({ hideOutOfStock: false, first: 4, after: undefined } as unknown as ProductsArgs)));
    const offs = stores.map((store) => store.listen(() => {}));
    const values = await Promise.all(stores.map(settled));
    expect(graphqlPosts(suite)).toEqual(['Products']);
    expect(new Set(stores.map((store) => store.key)).size).toBe(1);
    expect(stores[0]!.key).toBe('products[{"first":4,"hideOutOfStock":false}]');
    expect(values.every((value) => value.data === values[0]!.data)).toBe(true);
    offs.forEach((off) => off());
  });

  it('makes one request per distinct page', async () => {
    const { catalog } = setup();
    const stores = [{ first: 2 }, { first: 3 }, { first: 2 }].map((args) => createProductsStore(catalog, args));
    const offs = stores.map((store) => store.listen(() => {}));
    const [two, three, twoAgain] = await Promise.all(stores.map(settled));
    expect(graphqlPosts(suite)).toEqual(['Products', 'Products']);
    expect(two!.data!.items).toHaveLength(2);
    expect(three!.data!.items).toHaveLength(3);
    expect(twoAgain!.data).toBe(two!.data);
    offs.forEach((off) => off());
  });
});

describe('freshness window', () => {
  it('serves a revisit inside the window from the cache with no request, and revalidates after it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { catalog } = setup();
    const first = createProductsStore(catalog, { first: 3 });
    const off = first.listen(() => {});
    const loaded = await settled(first);
    off();
    expect(graphqlPosts(suite)).toHaveLength(1);

    vi.advanceTimersByTime(WINDOW - 1);
    const revisit = createProductsStore(catalog, { first: 3 });
    expect(revisit.get()).toEqual({ data: loaded.data, loading: false }); // at once, before any subscriber
    const offRevisit = revisit.listen(() => {});
    expect(revisit.get()).toEqual({ data: loaded.data, loading: false });
    await tick(20);
    expect(graphqlPosts(suite)).toHaveLength(1);
    offRevisit();

    vi.advanceTimersByTime(1);
    const stale = createProductsStore(catalog, { first: 3 });
    const offStale = stale.listen(() => {});
    // Stale while revalidate: the old page stays on screen while the request is out.
    expect(stale.get()).toMatchObject({ data: loaded.data, loading: true });
    const revalidated = await settled(stale);
    expect(graphqlPosts(suite)).toHaveLength(2);
    expect(revalidated.data).toEqual(loaded.data);
    expect(revalidated.data).not.toBe(loaded.data);
    offStale();
  });

  it('shows loading without data once a stale copy is older than cacheLifetime', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { catalog } = setup({ cacheLifetime: WINDOW * 2 });
    const $page = createProductsStore(catalog, { first: 2 });
    const off = $page.listen(() => {});
    await settled($page);
    off();
    vi.advanceTimersByTime(WINDOW * 2);
    const again = createProductsStore(catalog, { first: 2 });
    const offAgain = again.listen(() => {});
    expect(again.get()).toMatchObject({ loading: true });
    expect(again.get().data).toBeUndefined();
    await settled(again);
    offAgain();
  });
});

describe('revalidation on focus and reconnect (injected platform)', () => {
  it('refetches what is on screen when focus comes back after the window, not inside it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { catalog, events } = setup();
    const $page = createProductsStore(catalog, { first: 2 });
    const off = $page.listen(() => {});
    await settled($page);
    events.focus();
    await tick(20);
    expect(graphqlPosts(suite)).toHaveLength(1);
    vi.advanceTimersByTime(WINDOW);
    events.focus();
    events.focus(); // visibilitychange and focus both fire when a tab comes back: still one request
    expect($page.get()).toMatchObject({ loading: true, data: expect.anything() });
    await settled($page);
    expect(graphqlPosts(suite)).toHaveLength(2);
    off();
  });

  it('refetches on reconnect after the window, and at once after an error', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { catalog, events } = setup();
    suite.sim.fault({ kind: 'drop', match: { operationName: 'Products' } });
    const $page = createProductsStore(catalog, { first: 2 });
    const off = $page.listen(() => {});
    const failed = await settled($page);
    expect(failed.error).toMatchObject({ code: 'ERR_NETWORK' });
    events.reconnect(); // inside the window, but an error is never fresh
    const recovered = await settled($page);
    expect(recovered.error).toBeUndefined();
    expect(recovered.data!.items).toHaveLength(2);
    events.reconnect();
    await tick(20);
    expect(graphqlPosts(suite)).toHaveLength(2);
    vi.advanceTimersByTime(WINDOW);
    events.reconnect();
    await settled($page);
    expect(graphqlPosts(suite)).toHaveLength(3);
    off();
  });

  it('leaves stores alone on focus and reconnect when told to, and listens to nothing then', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { catalog, events } = setup({ revalidateOnFocus: false, revalidateOnReconnect: false });
    const $page = createProductsStore(catalog, { first: 2 });
    const off = $page.listen(() => {});
    await settled($page);
    expect(events.count()).toBe(0);
    vi.advanceTimersByTime(WINDOW);
    events.focus();
    events.reconnect();
    await tick(20);
    expect(graphqlPosts(suite)).toHaveLength(1);
    off();
  });
});

// Timers are counted with a canned fetch: the simulator runs in this process, and its HTTP
// server's own timers would count too.
const emptyPage = () => Response.json({ data: { site: { products: { pageInfo: { hasNextPage: false, hasPreviousPage: false }, edges: [] } } } });

describe('start and stop', () => {
  it('sends nothing and listens to nothing before the first subscriber', async () => {
    const { catalog, events } = setup();
    createProductsStore(catalog, { first: 2 });
    await tick(20);
    expect(graphqlPosts(suite)).toEqual([]);
    expect(events.count()).toBe(0);
  });

  it('listens once per cache while any store has a subscriber and leaves no listener or timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const events = fakePlatform();
    const fetch = vi.fn(async () => emptyPage());
    const catalog = createCatalogCache(suite.storefront({ fetch }), { platform: events.platform });
    const stores = [1, 2, 3].map((first) => createProductsStore(catalog, { first }));
    const offs = stores.map((store) => store.listen(() => {}));
    expect(events.count()).toBe(2); // one focus and one reconnect listener, not six
    await vi.waitFor(() => expect(stores.every((store) => store.get().data)).toBe(true));
    expect(fetch).toHaveBeenCalledTimes(3);
    offs[0]!();
    offs[1]!();
    expect(events.count()).toBe(2);
    offs[2]!();
    expect(events.count()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(stores.map((store) => store.lc)).toEqual([0, 0, 0]);
  });

  it('leaves no retry timer behind after an error (the transport already retried)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const fetch = vi.fn(async () => Response.json({ errors: [{ message: 'down' }] }, { status: 500 }));
    const catalog = createCatalogCache(suite.storefront({ fetch, retry: false }), { platform: fakePlatform().platform });
    const $page = createProductsStore(catalog, { first: 2 });
    const off = $page.listen(() => {});
    await vi.waitFor(() => expect($page.get().error).toMatchObject({ code: 'ERR_HTTP', status: 500 }));
    off();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('errors', () => {
  it('puts the typed error in `error`, keeping the last data while a revalidation fails', async () => {
    const { catalog } = setup();
    const $page = createProductsStore(catalog, { first: 2 });
    const off = $page.listen(() => {});
    const { data } = await settled($page);
    suite.sim.fault({ kind: 'status', status: 503, match: { operationName: 'Products' } });
    $page.revalidate();
    const failed = await settled($page);
    expect(failed.error).toMatchObject({ name: 'HttpError', code: 'ERR_HTTP', status: 503, operation: 'Products' });
    expect(failed.data).toBe(data);
    off();
  });

  it('reports a bad argument as InvalidArgumentError without a request', async () => {
    const { catalog } = setup();
    const $page = createProductsStore(catalog, { first: 500 });
    const off = $page.listen(() => {});
    const { error, data } = await settled($page);
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument: 'first' });
    expect(data).toBeUndefined();
    expect(graphqlPosts(suite)).toEqual([]);
    off();
  });

  it('reports a rate limit the transport could not wait out as RateLimitError', async () => {
    const { catalog } = setup();
    suite.sim.fault({ kind: 'rate-limit', resetMs: 60_000, match: { operationName: 'Products' } });
    const $page = createProductsStore(catalog, { first: 2 });
    const off = $page.listen(() => {});
    const { error } = await settled($page);
    expect(error).toMatchObject({ code: 'ERR_RATE_LIMITED', retryAfterMs: 60_000 });
    off();
  });
});

describe('revalidate and invalidate', () => {
  it('revalidate() refetches inside the window keeping the data; invalidate() drops it', async () => {
    const { catalog } = setup();
    const $page = createProductsStore(catalog, { first: 2 });
    const off = $page.listen(() => {});
    const { data } = await settled($page);
    catalog.revalidate();
    expect($page.get()).toMatchObject({ loading: true, data });
    await settled($page);
    catalog.invalidate((key) => key.startsWith('products'));
    expect($page.get().loading).toBe(true);
    expect($page.get().data).toBeUndefined();
    await settled($page);
    expect(graphqlPosts(suite)).toHaveLength(3);
    off();
  });
});

it('refuses a freshness window that is not a number of milliseconds', () => {
  expect(() => createCatalogCache(suite.storefront(), { dedupeTime: -1 })).toThrow(
    expect.objectContaining({ code: 'ERR_CONFIG', option: 'dedupeTime' }),
  );
  expect(() => createCatalogCache(suite.storefront(), { cacheLifetime: Number.NaN })).toThrow(
    expect.objectContaining({ code: 'ERR_CONFIG', option: 'cacheLifetime' }),
  );
});
