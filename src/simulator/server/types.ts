import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Catalog } from '../catalog';
import type { SimulatorAppClient } from './session-app-client';

/** Options for {@link Simulator}s made by `createSimulator`. */
export interface SimulatorOptions {
  /** The store's catalog; defaults to `sampleCatalog()`. */
  catalog?: Catalog;
  /** Bearer tokens `/graphql` accepts; defaults to `[DEFAULT_STOREFRONT_TOKEN]`. */
  storefrontTokens?: readonly string[];
  /**
   * Origins allowed to call the API cross-origin, like a storefront token's `allowed_cors_origins`
   * (exact `scheme://host[:port]` strings). Defaults to any `localhost`/`127.0.0.1`/`[::1]` origin.
   * The simulator's own origin is always allowed, as a Stencil page's token allows its store.
   */
  allowedOrigins?: readonly string[];
  /** Milliseconds every request waits before it is answered; defaults to 0. */
  latencyMs?: number;
  /** The app client id `/customer/current.jwt` and `/login/token/{jwt}` accept; defaults to `DEFAULT_APP_CLIENT_ID`. */
  appClientId?: string;
  /** The secret both kinds of session JWT are HS256-signed with; defaults to `DEFAULT_APP_CLIENT_SECRET`. */
  appClientSecret?: string;
  /** Lifetime of the customer access tokens `login` issues, in seconds; defaults to one day. */
  customerAccessTokenTtlSeconds?: number;
}

/** A simulator answering on a real port; see `Simulator.listen`. */
export interface RunningSimulator {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** Stops listening and ends open (keep-alive) connections and pending delayed requests. */
  close(): Promise<void>;
}

/** Which kind of fault a {@link FaultSpec} injects. */
export type FaultKind = 'rate-limit' | 'status' | 'drop' | 'malformed' | 'delay';

/** Which requests a fault applies to; every given field must match. */
export interface FaultMatch {
  /** Exact path (no query string), or a pattern tested against the path. */
  path?: string | RegExp;
  /** GraphQL operation name (from the body's `operationName` or the document). */
  operationName?: string;
  /** HTTP method, any case. Preflight `OPTIONS` requests only match when this says `OPTIONS`. */
  method?: string;
}

/** A fault queued with `Simulator.fault`: what to match, how often, and what to do instead. */
export type FaultSpec = {
  /** Which requests it applies to; omitted, it applies to the next request(s) of any kind. */
  match?: FaultMatch;
  /** How many matching requests it applies to; defaults to 1. */
  times?: number;
} & (
  | {
      /** 429 with BigCommerce's `X-Rate-Limit-*` headers. */
      kind: 'rate-limit';
      /** `X-Rate-Limit-Time-Reset-Ms`; defaults to 1000 (short, so tests that retry stay fast). */
      resetMs?: number;
      /** Adds `Retry-After` (seconds) when given. */
      retryAfterSeconds?: number;
    }
  | {
      /** Answers `status` with `body`, or a BigCommerce-like error body for that status. */
      kind: 'status';
      status: number;
      body?: string;
    }
  /** Destroys the connection without answering: the client sees a network error. */
  | { kind: 'drop' }
  /** 200 `application/json` whose body is truncated JSON. */
  | { kind: 'malformed' }
  /** Waits `ms`, then answers normally. */
  | { kind: 'delay'; ms: number }
);

/** One request the simulator owned, as `Simulator.requests()` reports it. Never holds tokens. */
export interface RequestLogEntry {
  /** Position in the log since the simulator was made (1, 2, …). */
  readonly id: number;
  /** Name of the route that owned it (`graphql`, `images`, `not-found`, …). */
  readonly route: string;
  readonly method: string;
  /** Path without query string; secrets in the path (e.g. a login JWT) are redacted. */
  readonly path: string;
  /** Query-string parameters; values of secret-looking keys are redacted. */
  readonly query: Readonly<Record<string, string>>;
  /** GraphQL operation name, when the request carried one. */
  readonly operationName?: string;
  /** GraphQL variables, with secret-looking keys (password, token, …) redacted. */
  readonly variables?: Readonly<Record<string, unknown>>;
  /** HTTP status sent; 0 while in flight, or when none was sent (dropped connection). */
  readonly status: number;
  /** When the request arrived, in epoch milliseconds. */
  readonly time: number;
  /** Milliseconds from arrival to the end of the answer; absent while in flight. */
  readonly durationMs?: number;
  /** The request's `Origin` header, if any. */
  readonly origin?: string;
  /** CORS outcome when an `Origin` was sent: allowed, denied (no CORS headers sent) or same-origin. */
  readonly cors?: 'allowed' | 'denied' | 'same-origin';
  /** The fault applied instead of (or, for `delay`, before) normal handling. */
  readonly fault?: FaultKind;
}

/** Connect-style middleware: calls `next()` for paths the simulator does not own. */
export type SimulatorHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (err?: unknown) => void,
) => void;

/** A local BigCommerce storefront: HTTP handler, server, request log and fault injection. */
export interface Simulator {
  /** The catalog it serves. */
  readonly catalog: Catalog;
  /** A storefront token `/graphql` accepts. */
  readonly token: string;
  /** The app API account of the session endpoints: sign login JWTs and verify current.jwt with it. */
  readonly appClient: SimulatorAppClient;
  /** Middleware for Vite/connect (`server.middlewares.use(sim.handle)`); 404s unknown paths without `next`. */
  readonly handle: SimulatorHandler;
  /** Starts an HTTP server; defaults to port 0 (a free port) on 127.0.0.1. */
  listen(options?: { port?: number; host?: string }): Promise<RunningSimulator>;
  /** A snapshot of the request log, oldest first. */
  requests(): readonly RequestLogEntry[];
  /** Empties the request log. */
  clearLog(): void;
  /** Sets the latency every later request waits before it is answered. */
  setLatency(ms: number): void;
  /** Queues a fault for the next matching request(s); faults apply in the order queued. */
  fault(spec: FaultSpec): void;
  /** Drops every queued fault. */
  clearFaults(): void;
  /**
   * Places an order from a checkout, as a successful payment step would: takes stock, spends the
   * gift certificates and store credit applied, deletes the cart (later reads of it answer 404),
   * and keeps the order for the session that owned the checkout (`GET /api/storefront/orders/{id}`).
   * @returns the new order id.
   * @throws Error naming what is missing when the checkout is not ready (unknown id, empty cart,
   *   no billing address, items without a consignment or shipping option, not enough stock).
   */
  placeOrder(checkoutId: string): number;
}
