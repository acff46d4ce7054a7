import type { ExecutionResult } from 'graphql';
import type { Catalog } from '../catalog';
import type { GraphQLRequestInput } from '../graphql';
import { placeOrder } from '../rest/orders';
import { DEFAULT_STOREFRONT_TOKEN } from './auth';
import { createHandler } from './create-handler';
import { setCustomerTokenTtl } from './customer-tokens';
import { createFaultQueue } from './faults';
import { listenOn } from './listen';
import { createRequestLog } from './request-log';
import type { SimRoute, SimulatorState } from './route';
import { defaultRoutes } from './routes';
import { resolveAppClient, setAppClient } from './session-app-client';
import type { Simulator, SimulatorOptions } from './types';

/** What a simulator is built from; `createSimulator` passes the real catalog and executor. */
export interface SimulatorDeps {
  readonly defaultCatalog: () => Catalog;
  readonly createExecutor: (catalog: Catalog, state: SimulatorState) => (input: GraphQLRequestInput) => Promise<ExecutionResult>;
  readonly routes?: readonly SimRoute[];
}

function checkLatency(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`latency must be a finite number >= 0, got ${ms}`);
  return ms;
}

/**
 * Builds a simulator from its parts (the seam tests use to swap the executor).
 * @throws {RangeError} when `storefrontTokens` is empty, `latencyMs` is negative, an app client option is blank,
 *   or `customerAccessTokenTtlSeconds` is not a positive whole number.
 */
export function buildSimulator(options: SimulatorOptions, deps: SimulatorDeps): Simulator {
  const tokens = options.storefrontTokens ?? [DEFAULT_STOREFRONT_TOKEN];
  const token = tokens.find((candidate) => candidate.trim() !== '');
  if (token === undefined) throw new RangeError('storefrontTokens must hold at least one non-empty token');
  let latency = checkLatency(options.latencyMs ?? 0);
  const catalog = options.catalog ?? deps.defaultCatalog();
  const appClient = resolveAppClient(options);
  let execute: ((input: GraphQLRequestInput) => Promise<ExecutionResult>) | undefined;
  const state: SimulatorState = {
    catalog,
    tokens: new Set(tokens),
    allowedOrigins: options.allowedOrigins,
    // Built on first use: a simulator that only serves images never compiles the schema.
    execute: (input) => (execute ??= deps.createExecutor(catalog, state))(input),
  };
  setAppClient(state, appClient);
  if (options.customerAccessTokenTtlSeconds !== undefined) setCustomerTokenTtl(state, options.customerAccessTokenTtlSeconds);
  const log = createRequestLog();
  const faults = createFaultQueue();
  const handle = createHandler({ routes: deps.routes ?? defaultRoutes, state, log, faults, latencyMs: () => latency });

  return {
    catalog,
    token,
    appClient,
    handle,
    listen: (listenOptions) => listenOn(handle, listenOptions),
    requests: () => log.list(),
    clearLog: () => log.clear(),
    setLatency: (ms) => {
      latency = checkLatency(ms);
    },
    fault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    placeOrder: (checkoutId) => placeOrder(state, checkoutId),
  };
}
