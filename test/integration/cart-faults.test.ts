// Each kind of cart request under each fault: what the caller sees, and what the simulator ends
// up with. Simulator faults answer instead of the endpoint (nothing applied); "lost" is a fault of
// the test's own: the change is applied, then the answer never arrives.
import { describe, expect, it } from 'vitest';
import { getCart } from '../../src/cart/cart-api';
import { createCartManager, type CartManager } from '../../src/cart/cart-manager';
import type { Cart } from '../../src/cart/types';
import type { FaultSpec } from '../../src/simulator';
import { SIMPLE, useRestSimulator } from './rest-helpers';

const rest = useRestSimulator();
const [A, B, C, D] = SIMPLE;
type Units = Record<number, number>;
const units = (cart: Cart | null): Units | null => (cart ? Object.fromEntries(cart.lineItems.physicalItems.map((l) => [l.productId, l.quantity])) : null);
const lineOf = (cart: Cart, productId: number) => cart.lineItems.physicalItems.find((l) => l.productId === productId)!.id;

interface Kind {
  name: string;
  /** Which request the fault hits. */
  match: { method: string; path: RegExp };
  /** Whether the manager starts with a cart {A: 1, B: 1} (else none). */
  withCart: boolean;
  act: (manager: CartManager, cart: Cart | null) => Promise<Cart | null>;
  /** The server's cart after the change (currency checked separately). */
  after: Units | null;
  /** Whether the store guards it with the cart version (so a second client can make it 409). */
  versioned: boolean;
}

const KINDS: Kind[] = [
  { name: 'create (POST /carts)', match: { method: 'POST', path: /^\/api\/storefront\/carts$/ }, withCart: false, act: (m) => m.add({ productId: C, quantity: 2 }), after: { [C]: 2 }, versioned: false },
  { name: 'add (POST .../items)', match: { method: 'POST', path: /\/items$/ }, withCart: true, act: (m) => m.add({ productId: C, quantity: 2 }), after: { [A]: 1, [B]: 1, [C]: 2 }, versioned: true },
  { name: 'update (PUT .../items/{id})', match: { method: 'PUT', path: /\/items\// }, withCart: true, act: (m, c) => m.update(lineOf(c!, A), 4), after: { [A]: 4, [B]: 1 }, versioned: true },
  { name: 'remove (DELETE .../items/{id})', match: { method: 'DELETE', path: /\/items\// }, withCart: true, act: (m, c) => m.remove(lineOf(c!, B)), after: { [A]: 1 }, versioned: true },
  { name: 'clear (DELETE /carts/{id})', match: { method: 'DELETE', path: /\/carts\/[^/]+$/ }, withCart: true, act: (m) => m.clear(), after: null, versioned: false },
  { name: 'currency (POST .../currency)', match: { method: 'POST', path: /\/currency$/ }, withCart: true, act: (m) => m.setCurrency('EUR'), after: { [A]: 1, [B]: 1 }, versioned: false },
  { name: 'load (GET /carts)', match: { method: 'GET', path: /^\/api\/storefront\/carts$/ }, withCart: true, act: (m) => m.load(), after: { [A]: 1, [B]: 1 }, versioned: false },
];

/** A shopper, a manager and (for most kinds) a cart {A: 1, B: 1}; `lose` makes the test's own fault. */
const arrange = async (kind: Kind) => {
  let lose: RegExp | undefined;
  // Wraps the shopper's (contract-checked, cookie-keeping) fetch: "lost" lets the request land, then fails.
  const { fetch: inner } = rest.shopper();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await inner(input, init);
    if (lose && (init?.method ?? 'GET') === kind.match.method && lose.test(new URL(String(input)).pathname)) {
      lose = undefined;
      throw new TypeError('fetch failed: connection reset after the request was sent');
    }
    return response;
  };
  // The change under test times out sooner than the setup may (the first requests of a suite are slow).
  const storefront = rest.suite.storefront({ fetch, timeoutMs: 400 });
  const seed = createCartManager(rest.suite.storefront({ fetch }), { cart: null });
  const cart = kind.withCart ? await seed.add([{ productId: A, quantity: 1 }, { productId: B, quantity: 1 }]) : null;
  const manager = createCartManager(storefront, { cart });
  return { storefront, manager, cart, lose: () => (lose = kind.match.path) };
};

const outcome = (promise: Promise<Cart | null>) =>
  promise.then(
    (cart) => ({ ok: true as const, cart, error: undefined }),
    (error) => ({ ok: false as const, cart: undefined, error }),
  );

const FAULTS: [string, FaultSpec['kind'], Omit<FaultSpec, 'match' | 'kind'> & Record<string, unknown>][] = [
  ['429 with X-Rate-Limit-Time-Reset-Ms', 'rate-limit', { resetMs: 40, retryAfterSeconds: 5 }],
  ['503', 'status', { status: 503 }],
  ['dropped connection', 'drop', {}],
  ['timeout', 'delay', { ms: 3000 }],
  ['malformed JSON', 'malformed', {}],
];

const hits = (kind: Kind) => rest.rest(kind.match.method).filter((r) => kind.match.path.test(r.path));

describe.each(KINDS)('$name under a fault', (kind) => {
  it.each(FAULTS)('%s: the caller gets its change, applied once', async (_, faultKind, extra) => {
    const { storefront, manager, cart } = await arrange(kind);
    rest.suite.sim.fault({ match: kind.match, kind: faultKind, ...extra } as FaultSpec);
    const result = await outcome(kind.act(manager, cart));
    const log = hits(kind);
    const server = await getCart(storefront);
    if (kind.name.startsWith('load') && faultKind === 'malformed') {
      // A read is retried by send only for transport failures; a garbled 200 reaches the caller.
      expect(result.error).toMatchObject({ code: 'ERR_MALFORMED_RESPONSE', operation: 'GET /carts' });
    } else {
      expect(result.error).toBeUndefined();
      expect(units(result.cart!)).toEqual(kind.after);
      // The refused or unanswered request, then exactly one more (the replay); a load's reads aside.
      if (!kind.name.startsWith('load')) expect(log).toHaveLength(2);
    }
    if (faultKind === 'rate-limit') {
      const [refused, retried] = log.slice(-2);
      expect(refused!.status).toBe(429);
      // X-Rate-Limit-Time-Reset-Ms (40 ms) wins over Retry-After (5 s). Only the far bound is
      // checked: the log's wall-clock times are not monotonic on a shared machine, and the exact
      // waits are asserted with fake timers in test/unit/http.test.ts.
      expect(retried!.time - refused!.time).toBeLessThan(4000);
    }
    expect(units(server)).toEqual(kind.after);
    if (kind.name.startsWith('currency')) expect(server!.currency.code).toBe('EUR');
    expect(manager.cart()).toEqual(server);
  });
});

describe.each(KINDS.filter((kind) => !kind.name.startsWith('load')))('$name with its answer lost', (kind) => {
  it('never replayed; the caller gets the network error (clear: its goal is met) and cart() the fresh cart', async () => {
    const { storefront, manager, cart, lose } = await arrange(kind);
    lose();
    const result = await outcome(kind.act(manager, cart));
    const log = hits(kind);
    const server = await getCart(storefront);
    expect(units(server)).toEqual(kind.after); // applied exactly once
    if (kind.name.startsWith('clear')) expect(result).toMatchObject({ ok: true, cart: null });
    else expect(result.error).toMatchObject({ code: 'ERR_NETWORK' });
    expect(manager.cart()).toEqual(server);
    expect(log).toHaveLength(1);
  });
});

describe.each(KINDS.filter((kind) => kind.versioned))('$name after a change by a second client', (kind) => {
  it('409: reloaded, replayed once, both changes kept', async () => {
    const { storefront, manager, cart } = await arrange(kind);
    const other = createCartManager(storefront, { cart });
    await other.add({ productId: D, quantity: 1 });
    const result = await outcome(kind.act(manager, cart));
    expect(result.error).toBeUndefined();
    expect(units(await getCart(storefront))).toEqual({ ...kind.after, [D]: 1 });
    expect(hits(kind).map((r) => r.status).slice(-2)).toEqual([409, 200]);
  });
});
