import { waitUnlessClosed } from './delays';
import { restErrorBody, sendJson, sendRaw, statusTitle } from './respond';
import type { RouteContext, SimRoute } from './route';
import type { FaultSpec } from './types';

/** `X-Rate-Limit-Time-Window-Ms`: BigCommerce's 30 s window (docs: "API rate limits"). */
export const RATE_LIMIT_WINDOW_MS = 30_000;
/** `X-Rate-Limit-Requests-Quota`: the Standard plan's 150 requests per window. */
export const RATE_LIMIT_QUOTA = 150;
/** Default `X-Rate-Limit-Time-Reset-Ms`: short, so tests that wait it out stay fast. */
export const DEFAULT_RESET_MS = 1000;

/** A 200 JSON body cut off mid-value, as a connection reset mid-answer leaves it. */
export const MALFORMED_BODY = '{"data":{"site":{"products":{"edges":[{"node":{"entityId":1,"name":"Sam';

function errorBody(route: SimRoute, status: number): unknown {
  const title = statusTitle(status);
  return route.errorBody ? route.errorBody(status, title) : restErrorBody(status);
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies a fault to a request before normal handling.
 * Resolves `'continue'` when the request should still be handled (a delay that ran out),
 * `'done'` when the fault answered it (or dropped it).
 */
export async function applyFault(ctx: RouteContext, route: SimRoute, spec: FaultSpec): Promise<'continue' | 'done'> {
  const { res } = ctx;
  switch (spec.kind) {
    case 'delay':
      return (await waitUnlessClosed(res, spec.ms)) ? 'continue' : 'done';
    case 'drop':
      // Destroy before any byte is written: the client sees a reset connection, not an HTTP answer.
      ctx.req.socket.destroy();
      return 'done';
    case 'malformed':
      sendRaw(res, 200, MALFORMED_BODY, 'application/json');
      return 'done';
    case 'status':
      if (spec.body === undefined) sendJson(res, spec.status, errorBody(route, spec.status));
      else sendRaw(res, spec.status, spec.body, looksLikeJson(spec.body) ? 'application/json' : 'text/plain');
      return 'done';
    case 'rate-limit': {
      const headers: Record<string, string> = {
        'X-Rate-Limit-Time-Window-Ms': String(RATE_LIMIT_WINDOW_MS),
        'X-Rate-Limit-Time-Reset-Ms': String(Math.round(spec.resetMs ?? DEFAULT_RESET_MS)),
        'X-Rate-Limit-Requests-Quota': String(RATE_LIMIT_QUOTA),
        'X-Rate-Limit-Requests-Left': '0',
      };
      if (spec.retryAfterSeconds !== undefined) headers['Retry-After'] = String(Math.ceil(spec.retryAfterSeconds));
      sendJson(res, 429, errorBody(route, 429), headers);
      return 'done';
    }
  }
}
