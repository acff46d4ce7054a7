import type { FaultSpec } from './types';

/** Facts about a request that faults match on. */
export interface FaultTarget {
  method: string;
  path: string;
  operationName: string | undefined;
}

/** Queued faults, applied in the order queued. */
export interface FaultQueue {
  add(spec: FaultSpec): void;
  /** Takes one use of the first fault matching the request, or undefined. */
  take(target: FaultTarget): FaultSpec | undefined;
  clear(): void;
}

/**
 * Checks a spec before it is queued, so a typo fails where it is written, not in a later request.
 * @throws {RangeError} when `times`, `status`, `ms` or the rate-limit numbers are out of range.
 */
function validate(spec: FaultSpec): void {
  const times = spec.times ?? 1;
  if (!Number.isInteger(times) || times < 1) throw new RangeError(`fault times must be a positive integer, got ${times}`);
  if (spec.kind === 'status' && !(Number.isInteger(spec.status) && spec.status >= 200 && spec.status <= 599)) {
    throw new RangeError(`fault status must be an HTTP status (200-599), got ${spec.status}`);
  }
  if (spec.kind === 'delay' && !(spec.ms >= 0)) throw new RangeError(`fault delay ms must be >= 0, got ${spec.ms}`);
  if (spec.kind === 'rate-limit') {
    if (spec.resetMs !== undefined && !(spec.resetMs >= 0)) throw new RangeError('rate-limit resetMs must be >= 0');
    if (spec.retryAfterSeconds !== undefined && !(spec.retryAfterSeconds >= 0)) {
      throw new RangeError('rate-limit retryAfterSeconds must be >= 0');
    }
  }
}

function matches(spec: FaultSpec, target: FaultTarget): boolean {
  const match = spec.match ?? {};
  // A browser's preflight is plumbing, not the request under test: only an explicit OPTIONS fault hits it.
  if (match.method === undefined && target.method === 'OPTIONS') return false;
  if (match.method !== undefined && match.method.toUpperCase() !== target.method) return false;
  if (match.operationName !== undefined && match.operationName !== target.operationName) return false;
  if (typeof match.path === 'string') return match.path === target.path;
  if (match.path instanceof RegExp) {
    match.path.lastIndex = 0; // a /g or /y pattern would otherwise remember the last test
    return match.path.test(target.path);
  }
  return true;
}

/** Makes an empty fault queue. */
export function createFaultQueue(): FaultQueue {
  let queue: Array<{ spec: FaultSpec; left: number }> = [];
  return {
    add(spec) {
      validate(spec);
      queue.push({ spec, left: spec.times ?? 1 });
    },
    take(target) {
      const index = queue.findIndex((item) => matches(item.spec, target));
      const item = queue[index];
      if (item === undefined) return undefined;
      item.left -= 1;
      if (item.left === 0) queue.splice(index, 1);
      return item.spec;
    },
    clear() {
      queue = [];
    },
  };
}
