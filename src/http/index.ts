export { retryAfterMs } from './backoff';
export { send, type SendOptions } from './send';
export { RETRYABLE_STATUSES } from './status';
