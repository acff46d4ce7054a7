import { StorefrontError } from './storefront-error';

/** One attempt took longer than the storefront's `timeoutMs` and was cut off. */
export class TimeoutError extends StorefrontError {
  override name = 'TimeoutError';
  readonly code = 'ERR_TIMEOUT';
  override readonly retryable = true;
  /** The per-attempt limit that was hit. */
  readonly timeoutMs: number;

  constructor(operation: string, timeoutMs: number, options?: ErrorOptions) {
    super(operation, `no answer within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}
