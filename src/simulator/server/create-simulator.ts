import { sampleCatalog } from '../catalog';
import { createGraphQLExecutor } from '../graphql';
import { buildSimulator } from './simulator';
import type { Simulator, SimulatorOptions } from './types';

/**
 * Makes a local BigCommerce storefront: `POST /graphql` over a seeded catalog, generated product
 * images, faults and a request log. Does no I/O until `listen()` (or until mounted as middleware).
 * @throws {RangeError} when `storefrontTokens` is empty or `latencyMs` is negative.
 * @example
 * const sim = createSimulator();
 * const { url, close } = await sim.listen();
 * await fetch(`${url}/graphql`, {
 *   method: 'POST',
 *   headers: { Authorization: `Bearer ${sim.token}`, 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ query: '{ site { settings { storeName } } }' }),
 * });
 * await close();
 */
/* @__NO_SIDE_EFFECTS__ */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  return buildSimulator(options, { defaultCatalog: sampleCatalog, createExecutor: createGraphQLExecutor });
}
