// Shared by the store suites: a platform whose events a test fires by hand, and ways to wait
// for a store and count what reached the simulator.
import type { ReadableAtom } from 'nanostores';
import type { Platform } from '../../src/stores/platform';
import type { SimulatorSuite } from '../integration/helpers';

/** A platform whose events the test fires, counting live listeners. */
export function fakePlatform() {
  const listeners = { focus: new Set<() => void>(), reconnect: new Set<() => void>(), storage: new Set<(k: string | null, v: string | null) => void>() };
  const add = <T>(set: Set<T>, listener: T) => {
    set.add(listener);
    return () => void set.delete(listener);
  };
  const platform: Platform = {
    onFocus: (listener) => add(listeners.focus, listener),
    onReconnect: (listener) => add(listeners.reconnect, listener),
    onStorage: (listener) => add(listeners.storage, listener),
  };
  return {
    platform,
    focus: () => listeners.focus.forEach((listener) => listener()),
    reconnect: () => listeners.reconnect.forEach((listener) => listener()),
    /** Listeners currently attached, of every kind. */
    count: () => listeners.focus.size + listeners.reconnect.size + listeners.storage.size,
  };
}

/** Resolves with the store's value once `done` holds for it (checked now and on every change). */
export function until<T>(store: ReadableAtom<T>, done: (value: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const off = store.subscribe((value) => {
      if (!done(value)) return;
      queueMicrotask(() => off());
      resolve(value);
    });
  });
}

/** Resolves once a catalog store has settled (not loading, with data or an error). */
export const settled = <T extends { loading: boolean; data?: unknown; error?: unknown }>(store: ReadableAtom<T>) =>
  until(store, (value) => !value.loading && (value.data !== undefined || value.error !== undefined));

/** GraphQL POSTs the simulator answered since the test began (preflights left out), by operation. */
export const graphqlPosts = (suite: SimulatorSuite) =>
  suite.graphql().filter((entry) => entry.method === 'POST').map((entry) => entry.operationName);

/** Lets pending promise callbacks and I/O run. */
export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
