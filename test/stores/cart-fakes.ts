// Fakes for the cart store suites: one browser's tabs in one process. A channel bus with
// BroadcastChannel's semantics (async delivery to every other open channel of the name), a Web
// Locks stand-in (one holder at a time, in request order), Storage, and storage events that
// reach the other tabs only.
import type { CartTabs, TabChannel } from '../../src/stores/cart-tabs';
import type { Platform } from '../../src/stores/platform';

/** The tabs of one fake browser: `tab()` makes one tab's CartTabs. */
export function fakeBrowser() {
  const open = new Set<TabChannel & { name: string }>();
  const held: string[] = [];
  const tails = new Map<string, Promise<unknown>>();
  const tab = (): CartTabs => ({
    channel(name) {
      const channel: TabChannel & { name: string } = {
        name,
        onmessage: null,
        postMessage(message) {
          const data = structuredClone(message);
          for (const other of open) if (other !== channel && other.name === name) setTimeout(() => open.has(other) && other.onmessage?.({ data }));
        },
        close: () => void open.delete(channel),
      };
      open.add(channel);
      return channel;
    },
    lock(name, work) {
      const run = (tails.get(name) ?? Promise.resolve()).then(() => {
        held.push(name);
        return work();
      });
      tails.set(name, run.catch(() => {}));
      return run;
    },
  });
  return {
    tab,
    /** Channels open now, across tabs. */
    open: () => open.size,
    /** Names of the locks granted so far, in order. */
    held,
  };
}

/** A Storage over a Map. */
export function fakeStorage(map = new Map<string, string>()): Storage {
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
  };
}

/** A Storage whose every use throws, as Safari's does with storage blocked. */
export function blockedStorage(): Storage {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { get length() { return refuse(); }, key: refuse, getItem: refuse, setItem: refuse, removeItem: refuse, clear: refuse };
}

/**
 * localStorage shared by tabs, with storage events: a write through one tab's view fires the
 * `onStorage` listeners of every other tab's platform (never its own), later, as browsers do.
 */
export function sharedStorage() {
  const map = new Map<string, string>();
  const tabs = new Set<{ listeners: Set<(key: string | null, value: string | null) => void> }>();
  const view = () => {
    const me = { listeners: new Set<(key: string | null, value: string | null) => void>() };
    tabs.add(me);
    const base = fakeStorage(map);
    const storage: Storage = {
      ...base,
      get length() {
        return map.size;
      },
      setItem(key, value) {
        if (map.get(key) === value) return; // no event when nothing changed
        base.setItem(key, value);
        for (const tab of tabs) if (tab !== me) for (const listener of tab.listeners) setTimeout(() => listener(key, value));
      },
    };
    const platform: Platform = {
      onFocus: () => () => {},
      onReconnect: () => () => {},
      onStorage(listener) {
        me.listeners.add(listener);
        return () => void me.listeners.delete(listener);
      },
    };
    return { storage, platform, listening: () => me.listeners.size };
  };
  return { map, view };
}
