// A seeded random walk, over each cart transport (REST; GraphQL from another origin): 240 sequences of concurrent cart operations with random faults (429,
// 503, dropped connections, timeouts, garbled answers, injected 404/409, and real 409s from a
// second client). After each sequence settles, the manager's cart must equal the simulator's,
// every rejection must be a typed StorefrontError, and no promise may reject unhandled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCartManager, type CartManager } from '../../src/cart/cart-manager';
import type { Cart, LineItemInput } from '../../src/cart/types';
import { isStorefrontError } from '../../src/errors';
import type { FaultSpec } from '../../src/simulator';
import { useCartTransports, type CallKind } from './cart-transports';

const { rest, cases } = useCartTransports();
const SEED = 20_251_125;
const SEQUENCES = 240;

/** mulberry32: small, seedable, good enough to pick test cases. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeAll(() => void process.on('unhandledRejection', onUnhandled));
afterAll(() => void process.off('unhandledRejection', onUnhandled));

describe.each(cases)('cart manager over $name: seeded random sequences with faults', (t) => {
  it(`${SEQUENCES} sequences end with the manager's cart equal to the simulator's`, async () => {
    const random = prng(SEED);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
    // Simple products, one with variants (108), one with 3 in stock (104), one unknown (422).
    const item = (): LineItemInput => {
      const r = random();
      if (r < 0.15) return { productId: 108, variantId: pick([1015, 1016, 1017]), quantity: int(1, 3) };
      if (r < 0.22) return { productId: 104, quantity: int(1, 3) };
      if (r < 0.25) return { productId: 99_999, quantity: 1 };
      return { productId: pick([102, 105, 106, 107, 109]), quantity: int(1, 4) };
    };
    const lineId = (manager: CartManager) => {
      const lines = manager.cart()?.lineItems.physicalItems ?? [];
      return lines.length && random() < 0.9 ? pick(lines).id : '00000000-dead-beef-0000-000000000000';
    };
    const operation = (manager: CartManager): Promise<Cart | null> => {
      const r = random();
      if (r < 0.4) return manager.add(random() < 0.7 ? item() : [item(), item()]);
      if (r < 0.65) return manager.update(lineId(manager), int(0, 5));
      if (r < 0.8) return manager.remove(lineId(manager));
      if (r < 0.84) return manager.clear();
      if (r < 0.92) return manager.setCurrency(pick(['EUR', 'USD']));
      return manager.load();
    };
    const fault = (): FaultSpec => {
      // REST: any cart request of a method; GraphQL: any cart operation (one kind of request each).
      const match =
        t.name === 'rest'
          ? { method: pick(['GET', 'POST', 'POST', 'PUT', 'DELETE']), path: /^\/api\/storefront\/carts/ }
          : t.match(pick<CallKind>(['load', 'create', 'add', 'add', 'update', 'remove', 'clear', 'currency']));
      const r = random();
      if (r < 0.2) return { match, kind: 'rate-limit', resetMs: int(1, 15) };
      if (r < 0.35) return { match, kind: 'status', status: 503 };
      if (r < 0.5) return { match, kind: 'drop' };
      if (r < 0.57) return { match, kind: 'delay', ms: 400 }; // past the 150 ms timeout
      if (r < 0.72) return { match, kind: 'malformed' };
      if (r < 0.86) return { match, kind: 'status', status: 409 };
      return { match, kind: 'status', status: 404 };
    };

    const outcomes = { fulfilled: 0, rejected: new Map<string, number>(), faults: 0 };
    for (let sequence = 0; sequence < SEQUENCES; sequence++) {
      const shopper = t.shopper();
      const quick = shopper.with({ timeoutMs: 150 });
      // A starting cart (or none), known to the manager or left for it to load.
      const lines = [item(), item()].filter((i) => i.productId !== 99_999 && i.productId !== 104);
      const start = random() < 0.7 ? await createCartManager(shopper.storefront, shopper.options({ cart: null })).add(lines.length ? lines : [{ productId: 102, quantity: 1 }]) : null;
      const manager = createCartManager(quick, shopper.options(random() < 0.5 ? { cart: start } : {}));
      // Another tab changes the cart first: the manager's version is stale.
      if (start && random() < 0.3) await createCartManager(shopper.storefront, shopper.options({ cart: start })).add({ productId: 111, quantity: 1 });
      for (let i = int(0, 2); i > 0; i--, outcomes.faults++) rest.suite.sim.fault(fault());
      const pending: Promise<Cart | null>[] = [];
      for (let i = int(2, 7); i > 0; i--) {
        pending.push(operation(manager));
        if (random() < 0.4) await Promise.allSettled(pending);
      }
      const results = await Promise.allSettled(pending);
      rest.suite.sim.clearFaults();
      for (const result of results) {
        if (result.status === 'fulfilled') outcomes.fulfilled++;
        else {
          expect(isStorefrontError(result.reason), String(result.reason)).toBe(true);
          outcomes.rejected.set(result.reason.code, (outcomes.rejected.get(result.reason.code) ?? 0) + 1);
        }
      }
      const server = await shopper.server();
      expect(manager.cart(), `sequence ${sequence} (seed ${SEED})`).toEqual(server);
      rest.sent.length = 0; // checked per request by the helper; keep memory flat across sequences
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).toEqual([]);
    // The walk really went through the interesting paths.
    expect(outcomes.fulfilled).toBeGreaterThan(SEQUENCES);
    console.info(`random cart walk: ${outcomes.fulfilled} fulfilled, rejected ${JSON.stringify(Object.fromEntries(outcomes.rejected))}, ${outcomes.faults} faults`);
    for (const code of ['ERR_NOT_FOUND', 'ERR_VALIDATION', 'ERR_CONFLICT', 'ERR_NETWORK']) expect(outcomes.rejected.get(code)).toBeGreaterThan(0);
    expect(outcomes.faults).toBeGreaterThan(SEQUENCES / 2);
  }, 120_000);
});
