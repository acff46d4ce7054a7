import type { FaultKind, RequestLogEntry } from './types';

/** A log entry while its request is handled; the route and pipeline fill it in. */
export interface LogDraft {
  id: number;
  route: string;
  method: string;
  path: string;
  query: Record<string, string>;
  operationName?: string;
  variables?: Record<string, unknown>;
  status: number;
  time: number;
  durationMs?: number;
  origin?: string;
  cors?: 'allowed' | 'denied' | 'same-origin';
  fault?: FaultKind;
}

/** The simulator's request log. */
export interface RequestLog {
  /** Records a request as it arrives (status 0 until `finish`). */
  start(init: { route: string; method: string; path: string; query: URLSearchParams; origin?: string }): LogDraft;
  /** Records the status sent (0 when none was) and the duration. */
  finish(draft: LogDraft, status: number): void;
  list(): readonly RequestLogEntry[];
  clear(): void;
}

// Keys whose values never enter the log: tokens, passwords, JWTs (login mutations, SSO URLs).
const SECRET_KEY = /pass(word)?|secret|token|jwt|auth|credential/i;
const REDACTED = '[redacted]';

/** Copies GraphQL variables with the values of secret-looking keys replaced, at any depth. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? REDACTED : redactSecrets(item, depth + 1);
  }
  return out;
}

function redactQuery(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) out[key] = SECRET_KEY.test(key) ? REDACTED : value;
  return out;
}

/** Makes an empty request log. */
export function createRequestLog(): RequestLog {
  let entries: LogDraft[] = [];
  let nextId = 1;
  return {
    start({ route, method, path, query, origin }) {
      const draft: LogDraft = { id: nextId++, route, method, path, query: redactQuery(query), status: 0, time: Date.now() };
      if (origin !== undefined) draft.origin = origin;
      entries.push(draft);
      return draft;
    },
    finish(draft, status) {
      if (draft.durationMs !== undefined) return;
      draft.status = status;
      draft.durationMs = Date.now() - draft.time;
    },
    // Snapshots, so a test holding an old list does not see later changes.
    list: () => entries.map((draft) => Object.freeze({ ...draft, query: { ...draft.query } })),
    clear() {
      entries = [];
    },
  };
}
