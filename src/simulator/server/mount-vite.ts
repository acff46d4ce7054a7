import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import type { Simulator } from './types';

/** The Vite plugin the simulator plugins return; `api.simulator` is the simulator it serves. */
export type SimulatorPlugin = Plugin & { api: { simulator: Simulator } };

function mount(server: ViteDevServer | PreviewServer, simulator: Simulator): void {
  // First in the stack, ahead of Vite's own CORS middleware, which would otherwise answer
  // /graphql preflights itself and ignore the simulator's token origins.
  server.middlewares.stack.unshift({ route: '', handle: simulator.handle });
}

/**
 * A Vite plugin serving an existing simulator from the dev and preview servers.
 * @example
 * const sim = createSimulator({ latencyMs: 50 });
 * export default defineConfig({ plugins: [simulatorPluginFor(sim)] });
 */
/* @__NO_SIDE_EFFECTS__ */
export function simulatorPluginFor(simulator: Simulator): SimulatorPlugin {
  return {
    name: 'bc-storefront-simulator',
    apply: 'serve', // dev and preview servers; a build has nothing to serve
    api: { simulator },
    configureServer: (server) => mount(server, simulator),
    configurePreviewServer: (server) => mount(server, simulator),
  };
}
