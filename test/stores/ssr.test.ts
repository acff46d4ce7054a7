// @vitest-environment node
/// <reference types="vite/client" />
// Server-side rendering: the store modules load on a server without touching a browser global,
// the server's stores load through nanostores' tasks, and the browser picks their data up from
// the page without a request of its own.
import { allTasks } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCatalogCache } from '../../src/stores/catalog-cache';
import { dehydrateCatalog, hydrateCatalog, type CatalogSnapshot } from '../../src/stores/catalog-hydration';
import { createCategoryStore, createProductsStore, createProductStore } from '../../src/stores/catalog-stores';
import { browserPlatform } from '../../src/stores/platform';
import { useSimulator } from '../integration/helpers';
import { fakePlatform, graphqlPosts, settled, tick } from './helpers';

const suite = useSimulator();
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'addEventListener', 'location', 'BroadcastChannel'];

afterEach(() => {
  vi.useRealTimers();
});

describe('no browser globals on a server', () => {
  it('imports every module of src/stores without reading window, document or any other browser global', async () => {
    const touched: string[] = [];
    const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
    for (const name of BROWSER_GLOBALS) {
      Object.defineProperty(globalThis, name, { configurable: true, get: () => void touched.push(name) });
    }
    try {
      vi.resetModules();
      const modules = import.meta.glob('../../src/stores/*.ts');
      expect(Object.keys(modules)).toEqual(expect.arrayContaining(['../../src/stores/catalog-cache.ts', '../../src/stores/platform.ts']));
      for (const load of Object.values(modules)) await load();
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    }
    expect(touched).toEqual([]);
  });

  it('subscribes to nothing through the browser platform where there is no window', () => {
    expect(typeof window).toBe('undefined');
    const listener = vi.fn();
    const offs = [browserPlatform.onFocus(listener), browserPlatform.onReconnect(listener), browserPlatform.onStorage(listener)];
    offs.forEach((off) => off());
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('hydration', () => {
  /** The server's side: render with stores, wait for their tasks, put the cache into the page. */
  async function renderOnServer(): Promise<string> {
    const catalog = createCatalogCache(suite.storefront()); // the browser platform: a no-op here
    const stores = [createProductsStore(catalog, { first: 4 }), createProductStore(catalog, { entityId: 99_999 }), createCategoryStore(catalog, 21, { first: 2 })];
    const offs = stores.map((store) => store.listen(() => {}));
    await allTasks();
    offs.forEach((off) => off());
    expect(stores.every((store) => !store.get().loading)).toBe(true);
    return JSON.stringify(dehydrateCatalog(catalog)).replaceAll('<', '\\u003c');
  }

  it('hands the server\'s data to the browser stores, whose first subscribe makes no request', async () => {
    const json = await renderOnServer();
    expect(graphqlPosts(suite)).toHaveLength(3);
    suite.sim.clearLog();

    vi.useFakeTimers({ toFake: ['Date'] });
    const catalog = createCatalogCache(suite.storefront(), { dedupeTime: 5_000, platform: fakePlatform().platform });
    const snapshot = JSON.parse(json) as CatalogSnapshot;
    expect(Object.keys(snapshot).sort()).toEqual(['category[21,{"first":2}]', 'product[{"entityId":99999}]', 'products[{"first":4}]']);
    hydrateCatalog(catalog, snapshot);

    // Argument order differs from the server's: the keys still meet.
    const $page = createProductsStore(catalog, { first: 4 });
    const $missing = createProductStore(catalog, { entityId: 99_999 });
    const $bath = createCategoryStore(catalog, 21, { first: 2 });
    expect($page.get()).toEqual({ data: snapshot['products[{"first":4}]'], loading: false }); // a first render has it
    const seen: unknown[][] = [[], [], []];
    const offs = [$page, $missing, $bath].map((store, i) => store.subscribe((value) => seen[i]!.push(value)));
    await tick(20);
    expect(graphqlPosts(suite)).toEqual([]);
    // Never a loading state: the data is there from the first call on (@nanostores/query calls a
    // new subscriber twice with the same value).
    expect(seen.map((values) => new Set(values.map((value) => JSON.stringify(value))).size)).toEqual([1, 1, 1]);
    expect(seen.map((values) => values[0])).toEqual([
      { data: snapshot['products[{"first":4}]'], loading: false },
      { data: null, loading: false },
      { data: snapshot['category[21,{"first":2}]'], loading: false },
    ]);

    // After the freshness window the hydrated copy is stale like any other.
    offs.forEach((off) => off());
    vi.advanceTimersByTime(5_000);
    const off = $page.listen(() => {});
    expect($page.get()).toMatchObject({ loading: true, data: snapshot['products[{"first":4}]'] });
    await settled($page);
    expect(graphqlPosts(suite)).toEqual(['Products']);
    off();
  });

  it('keeps data the browser already has, and leaves errors out of a snapshot', async () => {
    const catalog = createCatalogCache(suite.storefront(), { platform: fakePlatform().platform });
    const $page = createProductsStore(catalog, { first: 2 });
    const $bad = createProductsStore(catalog, { first: 99 });
    const offs = [$page.listen(() => {}), $bad.listen(() => {})];
    const [{ data }, { error }] = await Promise.all([settled($page), settled($bad)]);
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    expect(dehydrateCatalog(catalog)).toEqual({ 'products[{"first":2}]': data });
    hydrateCatalog(catalog, { 'products[{"first":2}]': { items: [], pageInfo: {} } });
    expect($page.get().data).toBe(data);
    offs.forEach((off) => off());
  });
});
