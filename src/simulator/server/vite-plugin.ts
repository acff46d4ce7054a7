import { createSimulator } from './create-simulator';
import { simulatorPluginFor, type SimulatorPlugin } from './mount-vite';
import type { SimulatorOptions } from './types';

/**
 * A Vite plugin that serves a simulated BigCommerce store (`/graphql`, `/sim-images/…`) from the
 * dev and preview servers, same-origin with the page; reach it through `plugin.api.simulator`.
 * @throws {RangeError} when the options are invalid (see `createSimulator`).
 * @example
 * // vite.config.ts
 * export default defineConfig({ plugins: [simulatorPlugin({ latencyMs: 100 })] });
 */
/* @__NO_SIDE_EFFECTS__ */
export function simulatorPlugin(options: SimulatorOptions = {}): SimulatorPlugin {
  return simulatorPluginFor(createSimulator(options));
}
