import { ConfigError } from '../errors/config-error';
import { NetworkError } from '../errors/network-error';
import type { StorefrontError } from '../errors/storefront-error';
import { TimeoutError } from '../errors/timeout-error';
import type { Storefront } from '../config/types';
import { abortError } from './backoff';
import type { SendOptions } from './send';

/**
 * One request under the per-attempt timeout and the caller's signal. Resolves with the response
 * and its whole body text, so the timeout also covers a body that stalls or breaks off.
 * Rejects with AbortError, TimeoutError or NetworkError, even when the fetch ignores its signal.
 */
export const attempt = (storefront: Storefront, options: SendOptions): Promise<[Response, string]> =>
  new Promise((resolve, reject) => {
    const { operation, signal } = options;
    const { timeoutMs } = storefront;
    const fetch = storefront.fetch ?? globalThis.fetch;
    if (typeof fetch !== 'function') throw new ConfigError('fetch', 'is required without a global fetch');
    const controller = new AbortController();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: StorefrontError) => {
      done();
      controller.abort(error);
      reject(error);
    };
    const onAbort = () => fail(abortError(operation, signal!));
    const timer = setTimeout(() => fail(new TimeoutError(operation, timeoutMs)), timeoutMs);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    Promise.resolve()
      // Called unbound: a browser's fetch throws "Illegal invocation" as a method of another object.
      .then(() =>
        fetch(options.url, {
          method: options.method,
          headers: options.headers ?? {},
          body: options.body ?? null,
          credentials: storefront.credentials,
          signal: controller.signal,
        }),
      )
      .then(async (response) => [response, await response.text()] as [Response, string])
      .then(
        (result) => {
          done();
          resolve(result);
        },
        (cause: unknown) => fail(new NetworkError(operation, 'network error, no answer', { cause })),
      );
  });
