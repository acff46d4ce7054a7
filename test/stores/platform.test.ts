// @vitest-environment happy-dom
// The browser platform on a DOM: which events it turns into focus, reconnect and storage calls,
// and that the catalog cache's listeners come and go with its subscribers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCatalogCache } from '../../src/stores/catalog-cache';
import { createProductsStore } from '../../src/stores/catalog-stores';
import { browserPlatform } from '../../src/stores/platform';
import { useSimulator } from '../integration/helpers';
import { graphqlPosts, settled, tick } from './helpers';

const suite = useSimulator();

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  // As browsers fire it: at the document, bubbling to the window.
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

afterEach(() => {
  setVisibility('visible');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('browserPlatform', () => {
  it('calls onFocus when the page is shown again or its window focused, not when it is hidden', () => {
    const listener = vi.fn();
    const off = browserPlatform.onFocus(listener);
    setVisibility('hidden');
    expect(listener).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(listener).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('focus'));
    expect(listener).toHaveBeenCalledTimes(2);
    off();
    setVisibility('visible');
    window.dispatchEvent(new Event('focus'));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('calls onReconnect on `online` and onStorage with the key and new value of a storage event', () => {
    const reconnect = vi.fn();
    const storage = vi.fn();
    const offs = [browserPlatform.onReconnect(reconnect), browserPlatform.onStorage(storage)];
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new StorageEvent('storage', { key: 'bc-cart-id', newValue: 'abc', oldValue: null }));
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }));
    expect(reconnect).toHaveBeenCalledTimes(1);
    expect(storage.mock.calls).toEqual([['bc-cart-id', 'abc'], [null, null]]);
    offs.forEach((off) => off());
    window.dispatchEvent(new Event('online'));
    expect(reconnect).toHaveBeenCalledTimes(1);
  });
});

describe('a catalog cache on the browser platform', () => {
  it('revalidates on real focus and online events, and removes its listeners with its last subscriber', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const catalog = createCatalogCache(suite.storefront(), { dedupeTime: 1_000 });
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const $page = createProductsStore(catalog, { first: 2 });
    const off = $page.listen(() => {});
    expect(add.mock.calls.map(([type]) => type).sort()).toEqual(['focus', 'online', 'visibilitychange']);
    const { data } = await settled($page);
    expect(data!.items).toHaveLength(2); // through happy-dom's fetch, CORS checked for http://localhost:3000
    expect(suite.graphql().find((entry) => entry.method === 'POST')).toMatchObject({ cors: 'allowed', origin: 'http://localhost:3000' });

    vi.advanceTimersByTime(1_000);
    setVisibility('visible');
    window.dispatchEvent(new Event('focus'));
    await settled($page);
    expect(graphqlPosts(suite)).toEqual(['Products', 'Products']);

    vi.advanceTimersByTime(1_000);
    window.dispatchEvent(new Event('online'));
    await settled($page);
    expect(graphqlPosts(suite)).toHaveLength(3);

    // A tab hidden and shown again (no window focus event): @nanostores/query holds fetches while
    // the page is hidden, and the revalidation must come after it has seen the page visible.
    setVisibility('hidden');
    vi.advanceTimersByTime(1_000);
    setVisibility('visible');
    await settled($page);
    expect(graphqlPosts(suite)).toHaveLength(4);

    off();
    expect(remove.mock.calls.map(([type]) => type).sort()).toEqual(['focus', 'online', 'visibilitychange']);
    vi.advanceTimersByTime(1_000);
    window.dispatchEvent(new Event('online'));
    await tick(20);
    expect(graphqlPosts(suite)).toHaveLength(4);
  });
});
