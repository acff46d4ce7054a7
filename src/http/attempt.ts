import { ConfigError } from '../errors/config-error';
import { NetworkError } from '../errors/network-error';
import { TimeoutError } from '../errors/timeout-error';
import type { Storefront } from '../config/types';
import { wait } from './backoff';
import type { SendOptions } from './send';

/**
 * One request under the per-attempt timeout and the caller's signal. Resolves with the response
 * and its whole body text, so the timeout also covers a body that stalls or breaks off.
 * Rejects with AbortError, TimeoutError or NetworkError, even when the fetch ignores its signal.
 * @throws {ConfigError} at once when there is no fetch to call
 */
export const attempt = (storefront: Storefront, options: SendOptions): Promise<[Response, string]> => {
  const { operation } = options;
  const { timeoutMs } = storefront;
  const fetch = storefront.fetch ?? globalThis.fetch;
  if (typeof fetch != 'function') throw new ConfigError('fetch', 'is required without a global fetch');
  return wait(timeoutMs, operation, options.signal, new TimeoutError(operation, timeoutMs), (signal) =>
    // Called unbound: a browser's fetch throws "Illegal invocation" as a method of another object.
    fetch(options.url, {
      method: options.method,
      headers: options.headers ?? {},
      body: options.body ?? null,
      credentials: storefront.credentials,
      signal,
    })
      .then(async (response): Promise<[Response, string]> => [response, await response.text()])
      .catch((cause: unknown) => {
        throw new NetworkError(operation, 'network error, no answer', { cause });
      }),
  );
};
