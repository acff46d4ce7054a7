import type { Storefront } from '../config/types';
import type { StorefrontError } from '../errors/storefront-error';
import type { CartChangeRequest, CartManager, CartManagerOptions, Step, Waiter } from './cart-manager-types';
import { OPERATIONS } from './cart-step';
import { restCart } from './rest-cart';
import { toItems } from './merge-items';
import { notify } from './notify';
import type { Cart } from './types';
import { check, checkId, checkInteger } from '../rest/validate';
import { checkCartItems } from './validate';

export type { CartChangeRequest, CartManager, CartManagerOptions } from './cart-manager-types';

type Outcome = { cart: Cart | null } | { error: unknown } | undefined;

/**
 * Manages the session's cart through one queue, safe under concurrent clicks. Guarantees:
 * - Changes apply in call order, one request at a time. An unknown cart is loaded once
 *   (`GET /carts`; over GraphQL `site.cart` by the `cartId` kept, none without one) before the
 *   first change, unless `options.cart` says what exists.
 * - `options.transport` says how: `restCart` (default, same origin), `graphqlCart` (any origin)
 *   or `autoCart`; the guarantees below hold over each (a GraphQL CART_CONFLICT is the 409, a
 *   missing cart the 404).
 * - Adds arriving while a request is in flight (or in one tick) go out together as ONE
 *   `POST /carts` (so concurrent first adds share one creation) or `POST /carts/{id}/items`
 *   (`createCart`, `addCartLineItems`),
 *   identical lines merged by summing quantities. If the store refuses a batch (400/404/422),
 *   each caller's items are sent alone, so a bad line fails only its own caller.
 * - Queued quantity changes of one line collapse to the last; a queued removal drops queued
 *   updates of its line. A superseded caller resolves with the cart after the change that
 *   replaced its own. Every promise resolves with the cart after its change, or rejects with a
 *   typed error for its own (or its batch's) change only; nothing asked for is dropped.
 * - Every change carries the cart `version`. A 409 reloads the cart and replays the change once;
 *   a second 409 rejects with ConflictError. A 404 (the cart vanished or became an order)
 *   forgets the cart; an add that hit it is replayed once, on a new cart.
 * - 429 and 503 (refused before any work) are sent again up to `storefront.retry.retries` times,
 *   waiting as the store asks (`X-Rate-Limit-Time-Reset-Ms`, `Retry-After`) or with backoff
 *   (as every REST mutation of the library is); a longer wait than `retry.maxDelayMs` rejects.
 *   After a network error, timeout, other 5xx or unreadable answer the change may have landed:
 *   the cart is reloaded; an unchanged `version` replays the change once, a changed one rejects
 *   with the original error while `cart()` shows the fresh cart. `clear()` resolves whenever
 *   the reload finds no cart.
 * - After a conflict, 404 or uncertain outcome the cart is reloaded, so `cart()` matches the store.
 * - Creating a manager does nothing: no request, timer, `window` or `document` (SSR-safe).
 *
 * Rejections: InvalidArgumentError (before any request) for a malformed line, id, quantity or
 * currency; NotFoundError for a line or cart that is not there; ConflictError, ValidationError,
 * RateLimitError, NetworkError, TimeoutError, MalformedResponseError, HttpError as above.
 * @example
 * ```ts
 * const cart = createCartManager(storefront); // or, on another origin: { transport: graphqlCart, cartId: () => kept }
 * cart.subscribe(render);
 * await Promise.all([cart.add({ productId: 77, quantity: 1 }), cart.add({ productId: 80, quantity: 2 })]);
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCartManager(storefront: Storefront, options: CartManagerOptions = {}): CartManager {
  const { include, send: wrap = (_, cart, send) => send(cart), transport = restCart, cartId } = options;
  const queue: Step[] = [];
  const listeners = new Set<(cart: Cart | null) => void>();
  let current = options.cart ?? null;
  let known = options.cart !== undefined;
  let running = false;

  const set = (cart: Cart | null) => {
    known = true;
    if (cart !== current) notify(listeners, (current = cart));
    return cart;
  };
  const refresh = async () => {
    known = false;
    return set(await transport.load(storefront, include, current?.id ?? cartId?.()));
  };

  // Runs one step to its outcome; undefined asks for the batch to be split.
  const settle = async (step: Step): Promise<Outcome> => {
    let conflicts = 0;
    let gone = 0;
    let unsure = 0;
    try {
      if (step.kind === 'load') return { cart: await refresh() };
      if (step.kind === 'settled') return { cart: current };
      let cart = known ? current : await refresh();
      for (;;) {
        step.sent = true;
        try {
          return { cart: set(await wrap(step as CartChangeRequest, cart, (base) => transport.send(storefront, include, step, base))) };
        } catch (caught) {
          const error = caught as StorefrontError;
          const { code, status = 0 } = error;
          const before = cart;
          // 429 and 503 were already retried by the transport: the store did nothing.
          const uncertain = (status >= 500 && status !== 503) || code === 'ERR_NETWORK' || code === 'ERR_TIMEOUT' || code === 'ERR_MALFORMED_RESPONSE';
          if (uncertain || code === 'ERR_CONFLICT' || code === 'ERR_NOT_FOUND') {
            try {
              cart = await refresh();
            } catch {
              throw error; // the view stays unknown: the next step reloads first
            }
            if (step.kind === 'clear' && !cart) return { cart };
            const again =
              code === 'ERR_CONFLICT'
                ? !conflicts++
                : code === 'ERR_NOT_FOUND'
                  ? step.kind === 'add' && !gone++
                  : !unsure++ && before?.id === cart?.id && before?.version === cart?.version && (!cart || cart.version !== undefined);
            if (again) continue;
          }
          if ((step.parts?.length ?? 0) > 1 && (code === 'ERR_VALIDATION' || code === 'ERR_NOT_FOUND')) return;
          throw error;
        }
      }
    } catch (error) {
      return { error };
    }
  };

  const run = async () => {
    if (running) return;
    running = true;
    await null; // calls made in the same tick join the first step
    for (let step: Step | undefined; (step = queue[0]); queue.shift()) {
      const outcome = await settle(step);
      if (!outcome) {
        const { parts, waiters } = step;
        queue.splice(1, 0, ...parts!.map((part, i): Step => ({ kind: 'add', parts: [part], waiters: [waiters[i]!] })));
      } else for (const [resolve, reject] of step.waiters) 'error' in outcome ? reject(outcome.error) : resolve(outcome.cart);
    }
    running = false;
  };

  const enqueue = (kind: Step['kind'], fields: Omit<Step, 'kind' | 'waiters'> = {}, validate?: () => void) =>
    new Promise<any>((resolve, reject) => {
      validate?.();
      const waiters: Waiter[] = [[resolve, reject]];
      const tail = queue.at(-1);
      if (tail && !tail.sent && tail.kind === kind && 'add load clear settled'.includes(kind)) {
        tail.waiters.push(...waiters);
        tail.parts?.push(...fields.parts!);
      } else {
        // A line change takes over the unsent changes of its line that it makes pointless,
        // scanning back to a clear, a change of that line it cannot replace, or the step being
        // run (queue[0] while running: it may be loading the cart and must stay in place).
        if (kind === 'put' || kind === 'del')
          for (let i = queue.length; i-- > +running; ) {
            const step = queue[i]!;
            if (step.kind === 'clear' || (step.id === fields.id && step.kind !== 'put' && step.kind !== kind)) break;
            if (step.id === fields.id) waiters.unshift(...queue.splice(i, 1)[0]!.waiters);
          }
        queue.push({ kind, waiters, ...fields });
      }
      run();
    });
  const line = (kind: 'put' | 'del', id: string, quantity?: number) =>
    enqueue(kind, { id, value: quantity! }, () => {
      checkId(OPERATIONS[kind], 'itemId', id);
      if (kind === 'put') checkInteger(OPERATIONS.put, quantity, 'quantity');
    });

  return {
    cart: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    load: () => enqueue('load'),
    add(input) {
      const items = toItems(input);
      return enqueue('add', { parts: [items] }, () => checkCartItems('POST /carts/{cartId}/items', items));
    },
    update: (itemId, quantity) => line(quantity === 0 ? 'del' : 'put', itemId, quantity),
    remove: (itemId) => line('del', itemId),
    clear: () => enqueue('clear'),
    setCurrency: (code) =>
      enqueue('currency', { value: code }, () =>
        check(/^[A-Z]{3}$/.test(code), OPERATIONS.currency, 'currencyCode', 'must be an ISO 4217 code such as "EUR"'),
      ),
    settled: () => enqueue('settled'),
  };
}
