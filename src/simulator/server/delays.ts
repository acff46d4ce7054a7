import type { ServerResponse } from 'node:http';

/**
 * Waits `ms` before a response is written, or ends early when its connection closes (the client
 * gave up, or the server was closed), so no timer outlives its request.
 * Resolves `true` when the time ran out, `false` when the connection closed first.
 */
export function waitUnlessClosed(res: ServerResponse, ms: number): Promise<boolean> {
  if (!(ms > 0)) return Promise.resolve(!res.destroyed);
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onClose = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    res.once('close', onClose);
  });
}
