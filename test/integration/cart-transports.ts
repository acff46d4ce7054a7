// The cart suites run over both cart transports: REST (a shopper with a session cookie, on the
// store's origin) and GraphQL (a headless page on another origin: a fetch that keeps no cookie,
// the cart named by the id the page keeps, as the cart store keeps it). A case tells a suite how
// to make a shopper, read the server's cart, match each kind of request for a fault, and what
// crossed the wire, so one suite asserts the same guarantees over each.
import { beforeEach } from 'vitest';
import type { CartManagerOptions } from '../../src/cart/cart-manager-types';
import type { CartTransport } from '../../src/cart/cart-transport';
import { graphqlCart } from '../../src/cart/graphql-cart';
import { restCart } from '../../src/cart/rest-cart';
import type { Cart, CartInclude } from '../../src/cart/types';
import type { Storefront, StorefrontOptions } from '../../src/config';
import type { FaultSpec, RequestLogEntry } from '../../src/simulator';
import { recordingFetch, type RecordedRequest } from './helpers';
import { useRestSimulator } from './rest-helpers';

/** The kinds of cart request, as the manager sends them. */
export type CallKind = 'create' | 'add' | 'update' | 'remove' | 'clear' | 'currency' | 'load';

/** One cart request the simulator logged. */
export interface Call {
  kind: CallKind;
  status: number;
  time: number;
  entry: RequestLogEntry;
}

/** A shopper of one transport: its storefront and the options its managers take. */
export interface Shopper {
  storefront: Storefront;
  fetch: typeof globalThis.fetch;
  /** Another storefront of the same shopper (same cookies or kept id), with other options. */
  with(extra: Partial<StorefrontOptions>): Storefront;
  /** Manager options for this shopper (transport; over GraphQL the kept cart id), with `extra`. */
  options(extra?: CartManagerOptions): CartManagerOptions;
  /** The server's cart as this shopper reaches it (REST: the session's; GraphQL: the kept id's). */
  server(include?: readonly CartInclude[]): Promise<Cart | null>;
}

/** How one transport is driven and observed. */
export interface TransportCase {
  name: 'rest' | 'graphql';
  transport: CartTransport;
  shopper(extra?: Partial<StorefrontOptions>): Shopper;
  /** The cart requests of this test, optionally of one kind. */
  calls(kind?: CallKind): Call[];
  /** A fault match for one kind of request. */
  match(kind: CallKind): NonNullable<FaultSpec['match']>;
  /** Whether a fetch call is a request of this kind (for faults made by the test's own fetch). */
  is(kind: CallKind, input: unknown, init?: RequestInit): boolean;
  /** The operation a kind's errors name. */
  operation(kind: CallKind): string;
  /** What this test's client sent (GraphQL: every request; REST: see rest-helpers' `sent`). */
  sent: RecordedRequest[];
}

const REST: Record<CallKind, { method: string; path: RegExp; operation: string }> = {
  create: { method: 'POST', path: /^\/api\/storefront\/carts$/, operation: 'POST /carts' },
  add: { method: 'POST', path: /\/items$/, operation: 'POST /carts/{cartId}/items' },
  update: { method: 'PUT', path: /\/items\//, operation: 'PUT /carts/{cartId}/items/{itemId}' },
  remove: { method: 'DELETE', path: /\/items\//, operation: 'DELETE /carts/{cartId}/items/{itemId}' },
  clear: { method: 'DELETE', path: /\/carts\/[^/]+$/, operation: 'DELETE /carts/{cartId}' },
  currency: { method: 'POST', path: /\/currency$/, operation: 'POST /carts/{cartId}/currency' },
  load: { method: 'GET', path: /^\/api\/storefront\/carts$/, operation: 'GET /carts' },
};

const GRAPHQL: Record<CallKind, string> = {
  create: 'CreateCart',
  add: 'AddCartLineItems',
  update: 'UpdateCartLineItem',
  remove: 'DeleteCartLineItem',
  clear: 'DeleteCart',
  currency: 'UpdateCartCurrency',
  load: 'CartById',
};

const KINDS = Object.keys(GRAPHQL) as CallKind[];

/**
 * One simulator for the file (REST requests contract-checked as `useRestSimulator` does) and
 * both transport cases over it.
 */
export function useCartTransports() {
  const rest = useRestSimulator();
  const log = () => rest.suite.sim.requests().filter((e) => e.method !== 'OPTIONS');
  const restKind = (e: { method: string; path: string }) =>
    e.path.startsWith('/api/storefront/carts') ? KINDS.find((k) => REST[k].method === e.method && REST[k].path.test(e.path)) : undefined;
  const gqlKind = (name: string | undefined) => KINDS.find((k) => GRAPHQL[k] === name);
  const calls = (of: (e: RequestLogEntry) => CallKind | undefined) => (kind?: CallKind) =>
    log().flatMap((entry) => {
      const found = of(entry);
      return found && (kind === undefined || kind === found) ? [{ kind: found, status: entry.status, time: entry.time, entry }] : [];
    });

  const restCase: TransportCase = {
    name: 'rest',
    transport: restCart,
    shopper(extra = {}) {
      const { storefront, fetch } = rest.shopper(extra);
      return { storefront, fetch, with: (more) => rest.suite.storefront({ fetch, ...extra, ...more }), options: (more = {}) => ({ transport: restCart, ...more }), server: (include) => restCart.load(storefront, include) };
    },
    calls: calls((e) => (e.route === 'rest-storefront' ? restKind(e) : undefined)),
    match: (kind) => ({ method: REST[kind].method, path: REST[kind].path }),
    is: (kind, input, init) => restKind({ method: init?.method ?? 'GET', path: new URL(String(input)).pathname }) === kind,
    operation: (kind) => REST[kind].operation,
    sent: [],
  };

  const sent: RecordedRequest[] = [];
  beforeEach(() => void (sent.length = 0));
  const graphqlCase: TransportCase = {
    name: 'graphql',
    transport: graphqlCart,
    shopper(extra = {}) {
      // The page keeps the cart id (the cart store does it through `persistence`): every cart
      // a transport call answers is remembered, a deleted one forgotten.
      let kept: string | null = null;
      const keep = (cart: Cart | null) => ((kept = cart?.id ?? null), cart);
      const transport: CartTransport = {
        load: async (s, include, id) => keep(await graphqlCart.load(s, include, id)),
        send: async (s, include, step, cart) => keep(await graphqlCart.send(s, include, step, cart)),
      };
      const { fetch } = recordingFetch();
      const recorded: typeof globalThis.fetch = (input, init) => {
        sent.push({ url: String(input), method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: JSON.parse(String(init?.body ?? '{}')) });
        return fetch(input, init);
      };
      // Another origin: no cookie is sent or kept (Node's fetch has no jar; `omit` says so).
      const storefront = rest.suite.storefront({ fetch: recorded, credentials: 'omit', ...extra });
      return {
        storefront,
        fetch: recorded,
        with: (more) => rest.suite.storefront({ fetch: recorded, credentials: 'omit', ...extra, ...more }),
        options: (more = {}) => ({ transport, cartId: () => kept, ...more }),
        server: (include) => (kept ? graphqlCart.load(storefront, include, kept) : Promise.resolve(null)),
      };
    },
    calls: calls((e) => (e.route === 'graphql' ? gqlKind(e.operationName) : undefined)),
    match: (kind) => ({ operationName: GRAPHQL[kind] }),
    is: (kind, _input, init) => {
      try {
        return JSON.parse(String(init?.body)).operationName === GRAPHQL[kind];
      } catch {
        return false;
      }
    },
    operation: (kind) => GRAPHQL[kind],
    sent,
  };
  return { rest, cases: [restCase, graphqlCase] };
}
