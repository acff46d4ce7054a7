// The browser events stores react to, behind one small interface that tests (and React Native,
// webviews, workers) replace. Nothing runs at import; each function looks for `window` when it is
// called, so on a server (SSR) every subscription is a no-op.

/** Stops a subscription. */
export type Unsubscribe = () => void;

/** Where stores hear about focus, reconnects and other tabs; pass your own to stores' `platform` option. */
export interface Platform {
  /** Calls `listener` when the page comes back into view (its tab is shown or its window focused). */
  onFocus(listener: () => void): Unsubscribe;
  /** Calls `listener` when the browser goes back online. */
  onReconnect(listener: () => void): Unsubscribe;
  /** Calls `listener` when another tab of the same origin changes storage (`key` null: cleared). */
  onStorage(listener: (key: string | null, newValue: string | null) => void): Unsubscribe;
}

const listen = (type: string, handler: (event: any) => void): Unsubscribe => {
  if (typeof window === 'undefined') return () => {};
  window.addEventListener(type, handler);
  return () => window.removeEventListener(type, handler);
};

/**
 * The real browser: `visibilitychange` (to visible) and `focus`, `online`, `storage`, all heard
 * on `window`; no-ops where there is no `window`.
 * @example
 * const off = browserPlatform.onReconnect(() => console.log('back online'));
 */
export const browserPlatform: Platform = {
  onFocus(listener) {
    // On window, where visibilitychange arrives after bubbling from the document: @nanostores/query
    // holds fetches while the page is hidden and hears it there, through a listener added when
    // the cache was made, so before this one; a listener on the document would run before it
    // had seen the page visible again, and its revalidation would be dropped.
    const offs = [
      listen('visibilitychange', () => document.visibilityState !== 'hidden' && listener()),
      listen('focus', () => listener()),
    ];
    return () => offs.forEach((off) => off());
  },
  onReconnect: (listener) => listen('online', () => listener()),
  onStorage: (listener) => listen('storage', (event: StorageEvent) => listener(event.key, event.newValue)),
};
