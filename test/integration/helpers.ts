// Shared setup of the integration suites: one simulator per file on port 0, a storefront pointed
// at it, the request log, a fetch that records what crossed the wire, and error checks.
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createStorefront, type Storefront, type StorefrontOptions } from '../../src/index';
import {
  createSimulator,
  generateCatalog,
  type Catalog,
  type RequestLogEntry,
  type RunningSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../src/simulator';

/** One suite's simulator, valid once `beforeAll` has run. */
export interface SimulatorSuite {
  readonly sim: Simulator;
  readonly url: string;
  /** A storefront for the running simulator with its token; `options` override (retries fast by default). */
  storefront(options?: Partial<StorefrontOptions>): Storefront;
  /** The GraphQL requests the simulator logged since the test began, optionally of one operation. */
  graphql(operationName?: string): RequestLogEntry[];
}

/**
 * Starts a simulator in `beforeAll` and closes it in `afterAll`; before each test the log,
 * faults and latency are reset, so a test's log holds its own requests only.
 */
export function useSimulator(options: SimulatorOptions | (() => SimulatorOptions) = {}): SimulatorSuite {
  let sim: Simulator | undefined;
  let running: RunningSimulator | undefined;
  beforeAll(async () => {
    sim = createSimulator(typeof options === 'function' ? options() : options);
    running = await sim.listen();
  });
  afterAll(async () => {
    await running?.close();
  });
  beforeEach(() => {
    sim?.clearLog();
    sim?.clearFaults();
    sim?.setLatency(0);
  });
  const started = () => {
    if (!sim || !running) throw new Error('the simulator is not running yet (use it inside a test)');
    return { sim, running };
  };
  return {
    get sim() {
      return started().sim;
    },
    get url() {
      return started().running.url;
    },
    storefront: (extra = {}) =>
      createStorefront({ storeUrl: started().running.url, token: started().sim.token, retry: { baseDelayMs: 5 }, ...extra }),
    graphql: (operationName) =>
      started()
        .sim.requests()
        .filter((entry) => entry.route === 'graphql' && (operationName === undefined || entry.operationName === operationName)),
  };
}

/**
 * The sample store plus `count` generated products, re-numbered from 10 001 (variants from
 * 100 001) so no id meets a sample one: a file can test both the hand-made data and volume.
 */
export function sampleWithGenerated(sample: Catalog, count: number): Catalog {
  const extra = generateCatalog({ products: count, seed: 7 }).products.map((product) => ({
    ...product,
    id: product.id + 10_000,
    categoryIds: [],
    brandId: null,
    variants: product.variants.map((variant) => ({ ...variant, id: variant.id + 100_000 })),
  }));
  return { ...sample, products: [...sample.products, ...extra] };
}

/** What one call of a recording fetch sent. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
}

/** A fetch that passes requests on to `inner` (the real fetch by default) and records them. */
export function recordingFetch(inner: typeof fetch = (...args) => globalThis.fetch(...args)) {
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    requests.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body ?? '{}')),
    });
    return inner(input, init);
  };
  return { fetch, requests };
}

/** The rejection of `promise`; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** Every text an error shows when printed, logged or serialised, down its `cause` chain. */
export function textsOf(error: unknown): string[] {
  const texts: string[] = [];
  for (let e: any = error, depth = 0; e !== undefined && e !== null && depth < 5; e = e.cause, depth++) {
    texts.push(String(e), String(e.message), String(e.stack));
    try {
      texts.push(JSON.stringify(e) ?? '');
    } catch {
      // A cause that is not serialisable shows nothing through JSON.
    }
  }
  return texts;
}

/** Asserts that `secret` appears nowhere in how `error` (and its causes) print or serialise. */
export function expectNoSecret(error: unknown, secret: string): void {
  expect(secret.length).toBeGreaterThan(8);
  for (const text of textsOf(error)) expect(text).not.toContain(secret);
}

/** The nodes of a connection's edges. */
export const nodes = <T>(connection: { edges?: ReadonlyArray<{ node: T } | null> | null } | null | undefined): T[] =>
  (connection?.edges ?? []).flatMap((edge) => (edge ? [edge.node] : []));
