// The cart as a nanostores store: what a mini-cart, a badge and a buy button share. Changes go
// through the cart manager's queue (never dropped); the store shows them at once and takes the
// server's answer when it comes. Plain atoms (no @nanostores/query, no lifecycle helpers): the
// cart widget is size-budgeted, and a cart is one live object, not a cache of queries.
import { atom } from 'nanostores';
import { createCartManager, type CartChangeRequest } from '../cart/cart-manager';
import { toItems } from '../cart/merge-items';
import { notify } from '../cart/notify';
import { restCart } from '../cart/rest-cart';
import type { Cart, CartItemsInput, LineItemInput } from '../cart/types';
import type { Storefront } from '../config/types';
import type { StorefrontError } from '../errors/storefront-error';
import { isCart } from '../rest/rest';
import { derive, lifecycle, totalsOf } from './cart-derived';
import { countOf } from './cart-lines';
import { localStoragePersistence } from './cart-persistence';
import { preview, type PendingChange } from './cart-preview';
import type { CartStore, CartStoreChange, CartStoreOptions, CartValue } from './cart-store-types';
import { tabsOver, type TabChannel } from './cart-tabs';

export type { CartStore, CartStoreChange, CartStoreOptions, CartTotals, CartValue } from './cart-store-types';

/**
 * Creates the session's cart store. Nothing happens before its first subscriber, which loads the
 * cart (`GET /carts`) once, unless `options.cart` hydrates it.
 * - Actions go through one `createCartManager` queue; each promise resolves with the server's
 *   cart after its change or rejects with its typed error, which also shows as `error`.
 * - A change shows at once, before the next render (a line's quantity, the count; amounts once
 *   the store answered), and is rolled back if refused; once all settled, `data` is the server's cart.
 * - `options.transport` says how the cart is reached: `restCart` (default, the store's own
 *   origin), `graphqlCart` (a headless site on another origin) or `autoCart`; nothing else changes.
 * - The cart id is kept through `persistence`. The REST API reads a cart only through the
 *   session (`GET /carts`), so the session stays the truth and the kept id is a check; over
 *   GraphQL the kept id is what names the cart (`site.cart`). A cart is
 *   created under a lock the shop's tabs share (Web Locks), after reading the kept id again; if
 *   another tab made a cart meanwhile, the add goes there (two tabs never both create one). A
 *   store started again after the kept id changed reads the cart again.
 * - Each confirmed change is announced to the other tabs (BroadcastChannel, else storage
 *   events), which show that cart without a request and send their next change against it.
 * - Derived stores (`count`, `totals`) start and stop with their own subscribers, at once (no
 *   1-second delay as with `computed`). Nothing touches `window` until the store starts (SSR-safe).
 * @example
 * const $cart = createCartStore(storefront);
 * $cart.count.subscribe((count) => (badge.textContent = String(count)));
 * buyButton.onclick = () => $cart.add({ productId: 112, quantity: 1 }).catch(showError);
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCartStore(storefront: Storefront, options: CartStoreOptions = {}): CartStore {
  const { cart: initial, include, persistence = localStoragePersistence(), tabs = tabsOver(), transport = restCart } = options;
  const name = `bc-storefront:cart ${storefront.storeOrigin}`;
  const listeners = new Set<(change: CartStoreChange) => void>();
  // Changes still out, in call order, keyed by identity; an add leaves once the manager's cart
  // holds it (before its caller is told), so that it is never counted twice. Replaced on every
  // change, never changed in place: it keys the preview.
  let pending: PendingChange[] = [];
  let busy = 0;
  let error: StorefrontError | undefined;
  let known = initial !== undefined;
  let live: TabChannel | undefined;
  let kept: string | null | undefined; // the kept id when the store last stopped; undefined: never started
  let heard: Cart | null | undefined; // another tab's cart, newer than the manager's

  const newer = (a: Cart | null | undefined, b: Cart | null | undefined) => (a?.version ?? 0) > (b?.version ?? 0);
  const post = (message: unknown) => {
    const channel = live ?? tabs.channel(name);
    channel?.postMessage(message);
    if (channel !== live) channel?.close();
  };
  // The cart shown, before previews: another tab's when it reported a newer one.
  const base = () => (heard === undefined ? manager.cart() : heard);
  const confirmed = (change: CartChangeRequest, before: Cart | null, after: Cart | null) => {
    for (const part of change.parts ?? []) {
      const i = pending.findIndex((p) => 'items' in p && p.items === part.lineItems);
      pending = pending.filter((_, j) => j !== i);
    }
    persistence.set(after?.id ?? null);
    post({ cart: after });
    notify(listeners, { ...change, before, after });
    return after;
  };
  const manager = createCartManager(storefront, {
    ...(known ? { cart: initial! } : {}),
    include,
    transport,
    cartId: () => persistence.get(),
    send(change, cart, send) {
      const go = async (before: Cart | null) => confirmed(change, before, await send(before));
      const newest = heard === undefined ? cart : heard;
      if (change.kind !== 'add' || newest) return go(newest);
      // About to create a cart: another tab may have made one since this one looked. Kept
      // (confirmed) inside the lock, before the next tab reads the id.
      return tabs.lock(name, async () => {
        const id = persistence.get();
        return go(id ? (heard?.id === id ? heard : await transport.load(storefront, include, id)) : null);
      });
    },
  });
  const $cart = atom<CartValue>(known ? { data: initial!, loading: false, adding: 0 } : { loading: true, adding: 0 });
  $cart.eq = (a, b) => !!a && a.data === b.data && a.loading === b.loading && a.error === b.error && a.adding === b.adding;
  let shown: [Cart | null, PendingChange[], ReturnType<typeof preview>] | undefined;
  const show = () => {
    const now = base();
    if (shown?.[0] !== now || shown[1] !== pending) shown = [now, pending, preview(now, pending)];
    const { cart, adding } = shown[2];
    $cart.set({ ...(known ? { data: cart } : {}), loading: busy > 0, ...(error ? { error } : {}), adding });
  };
  manager.subscribe((cart) => {
    known = true;
    if (cart?.id !== heard?.id || !newer(heard, cart)) heard = undefined;
    // A load finding no cart leaves a kept id alone: it may be another tab's cart, made since.
    if (cart) persistence.set(cart.id);
    show();
  });
  const track = <T>(promise: Promise<T>, change?: PendingChange): Promise<T> => {
    busy++;
    if (change) pending = [...pending, change];
    const done = (failure?: StorefrontError) => {
      busy--;
      pending = pending.filter((entry) => entry !== change);
      error = failure;
      known ||= !failure;
      show();
    };
    promise.then(() => done(), done);
    // Shown a microtask later, so a call refused for a bad argument (already rejected) never shows.
    queueMicrotask(show);
    return promise;
  };
  const load = () => track(manager.load());

  lifecycle(
    $cart,
    () => {
      live = tabs.channel(name);
      if (live) {
        live.onmessage = ({ data }: { data: any }) => {
          const cart: Cart | null = data?.cart;
          const now = base();
          if (!(cart === null || isCart(cart))) return;
          // Messages can cross answers: an older copy of the cart shown is no news. (A channel
          // never hears itself, and a copy of this store's own cart would be no news either.)
          if (known && cart?.id === now?.id && !newer(cart, now)) return;
          heard = cart;
          known = true;
          if (cart) persistence.set(cart.id);
          show();
        };
      }
      if (kept === undefined) {
        if (!known) load().catch(() => {}); // shown as `error`
        else if (initial) persistence.set(initial.id);
      } else if (!busy && persistence.get() !== kept) {
        load().catch(() => {}); // another tab made or replaced the cart while this store was stopped
      }
    },
    () => {
      kept = persistence.get();
      live?.close();
      live = undefined;
    },
  );

  const line = (id: string, quantity: number) => track(manager.update(id, quantity), { id, quantity });

  return Object.assign($cart, {
    count: derive($cart, ({ data, adding }) => countOf(data) + adding),
    totals: derive($cart, totalsOf, (a, b) => JSON.stringify(a) === JSON.stringify(b)),
    add(items: CartItemsInput | LineItemInput | readonly LineItemInput[]) {
      // The manager keeps these very items in the change it confirms: `confirmed` finds them there.
      const input = toItems(items);
      return track(manager.add(input), { items: input?.lineItems ?? [] });
    },
    update: line,
    remove: (id: string) => line(id, 0),
    clear: () => track(manager.clear()),
    setCurrency: (code: string) => track(manager.setCurrency(code)),
    refresh: load,
    settled: () => manager.settled().then(base),
    startCheckout: () =>
      manager.settled().then(() => {
        const cart = base();
        if (cart) notify(listeners, { kind: 'checkout', before: cart, after: cart });
        return cart;
      }),
    listenChanges(listener: (change: CartStoreChange) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  });
}
