// How the cart stores of one shop's tabs reach each other: a channel to announce a changed cart,
// and a lock so that two tabs never both create a cart. Nothing is looked up at import; on a
// server (no `window`) there is neither, so a server never shares carts between requests.
import type { Platform } from './platform';

/** The part of a BroadcastChannel the cart store uses. */
export interface TabChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

/** Where the cart store finds the shop's other tabs; pass your own as its `tabs` option. */
export interface CartTabs {
  /** Opens the channel named `name` that every tab of the origin shares; undefined where there is none. */
  channel(name: string): TabChannel | undefined;
  /** Runs `work` holding the lock named `name` across tabs; at once where there are no locks. */
  lock<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/**
 * A channel over `storage` events, for browsers without BroadcastChannel: a message is written
 * to the key `name` and heard by the other tabs (never by the tab that wrote it).
 * @example
 * const channel = storageChannel('shop:cart', () => localStorage, browserPlatform);
 */
/* @__NO_SIDE_EFFECTS__ */
export function storageChannel(name: string, storage: () => Storage, platform: Platform): TabChannel {
  const off = platform.onStorage((key, value) => {
    let data: unknown;
    try {
      data = key === name && value && JSON.parse(value);
    } catch {
      return; // not ours to read
    }
    if (data) channel.onmessage?.({ data });
  });
  const channel: TabChannel = {
    onmessage: null,
    postMessage(message) {
      try {
        storage().setItem(name, JSON.stringify(message));
      } catch {
        // storage blocked: the other tabs learn of the change at their next load or change
      }
    },
    close: off,
  };
  return channel;
}

/**
 * BroadcastChannel where present (none on a server), else `fallback`; Web Locks where present.
 * The cart store's default, `tabsOver()`, carries no fallback: every browser it targets but
 * Safari before 15.4 has BroadcastChannel, and there a tab still sees the others' changes at its
 * next load or change (a 409 replays its own on their cart; the lock and the kept id still keep
 * two tabs from both creating one).
 */
export const tabsOver = (fallback?: (name: string) => TabChannel): CartTabs => ({
  channel: (name) =>
    typeof window == 'undefined' ? undefined : typeof BroadcastChannel == 'function' ? (new BroadcastChannel(name) as unknown as TabChannel) : fallback?.(name),
  lock: (name, work) => (typeof window != 'undefined' && navigator.locks ? navigator.locks.request(name, work) : work()),
});

/**
 * The browser's tabs: BroadcastChannel and Web Locks (`navigator.locks`) where present; neither
 * on a server. Where BroadcastChannel is missing (Safari before 15.4), tabs hear each other over
 * storage events from `platform`; left out, such a tab learns of the others' changes at its next
 * load or change. The cart store's default is this without a platform; pass
 * `tabs: browserTabs(browserPlatform)` for the storage-event fallback.
 * @example
 * const $cart = createCartStore(storefront, { tabs: browserTabs(browserPlatform) });
 */
/* @__NO_SIDE_EFFECTS__ */
export function browserTabs(platform?: Platform): CartTabs {
  return tabsOver(platform && ((name) => storageChannel(name, () => localStorage, platform)));
}
