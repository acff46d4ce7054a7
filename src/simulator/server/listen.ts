import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningSimulator, SimulatorHandler } from './types';

/**
 * Serves a handler on a real port (0: any free one). `close()` also ends keep-alive and in-flight
 * connections, so a test's teardown leaves no sockets or timers behind.
 * @throws (from the promise) when the port cannot be bound.
 */
export function listenOn(handler: SimulatorHandler, options: { port?: number; host?: string } = {}): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => handler(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      let closing: Promise<void> | undefined;
      resolve({
        url: `http://${urlHost}:${port}`,
        close: () =>
          (closing ??= new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Ends idle keep-alive sockets and requests still waiting (latency, delay faults).
            server.closeAllConnections();
          })),
      });
    });
  });
}
