import { AbortError } from '../errors/abort-error';

/**
 * The wait a 429 or 503 answer asks for, in ms: `X-Rate-Limit-Time-Reset-Ms` (milliseconds)
 * first, then `Retry-After` (seconds, or an HTTP date). Undefined when it names none.
 */
export const retryAfterMs = ({ status, headers }: Response): number | undefined => {
  if (status != 429 && status != 503) return;
  const reset = headers.get('x-rate-limit-time-reset-ms');
  const after = headers.get('retry-after');
  // Seconds, not milliseconds: reading them as ms is a known bug in other clients. A missing
  // header tests as "null", matching neither number form, and parses as no date.
  const ms = /^\s*\d+(\.\d+)?\s*$/.test(reset!) ? +reset! : /^\s*\d+\s*$/.test(after!) ? +after! * 1000 : Date.parse(after!) - Date.now();
  return ms == ms ? Math.max(0, Math.ceil(ms)) : undefined;
};

/** The AbortError for a fired caller signal. */
export const abortError = (operation: string, signal: AbortSignal): AbortError =>
  new AbortError(operation, 'aborted by the caller', { cause: signal.reason });

/** Exponential backoff with full jitter: random in [0, min(max, base * 2^attempt)). */
export const backoffMs = (attempt: number, baseDelayMs: number, maxDelayMs: number): number =>
  Math.floor(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt));

/**
 * Waits `ms` on setTimeout (so fake timers drive it), rejecting at once with AbortError if
 * `signal` aborts. Without `work` it resolves when the time is up (a backoff); with it, it settles
 * with `work`'s outcome unless the time runs out first, then rejects with `timeout`. Whatever ends
 * it first also aborts the signal `work` was given, with that error as the reason. One helper for
 * both waits keeps the listener and timer bookkeeping in one place.
 */
export const wait = <T = void>(
  ms: number,
  operation: string,
  signal?: AbortSignal,
  timeout?: Error,
  work?: (signal: AbortSignal) => Promise<T>,
): Promise<T> =>
  new Promise((resolve, reject) => {
    const controller = new AbortController();
    const settle = (error?: unknown, value?: T) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error) {
        controller.abort(error);
        reject(error);
      } else resolve(value!);
    };
    const onAbort = () => settle(abortError(operation, signal!));
    const timer = setTimeout(() => settle(timeout), ms);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    // Called on a later tick, so a fetch that throws synchronously still settles here.
    if (work) Promise.resolve(controller.signal).then(work).then((value) => settle(0, value), settle);
  });
