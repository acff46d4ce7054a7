import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteCors } from './route';

/**
 * Methods the GraphQL endpoint lists in preflight answers. No GET: BigCommerce answers
 * `GET /graphql` with 405 (observed on live stores), and so does the simulator.
 */
export const CORS_ALLOW_METHODS = 'POST, OPTIONS';
/** Request headers a browser may send cross-origin to the GraphQL endpoint. */
export const CORS_ALLOW_HEADERS =
  'Authorization, Content-Type, Accept, Accept-Language, X-Bc-Customer-Access-Token, X-Bc-Error-On-Invalid-Customer-Access-Token, X-Correlation-Id';
/** Seconds a browser may cache a preflight answer (Chromium caps this at 7200). */
export const CORS_MAX_AGE = '7200';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** CORS outcome of one request; undefined when it carried no `Origin`. */
export type CorsOutcome = 'allowed' | 'denied' | 'same-origin' | undefined;

function normalizeOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/** True when `origin` is the simulator's own origin (the page and the API share a host). */
function isSameOrigin(origin: string, req: IncomingMessage): boolean {
  const host = req.headers.host;
  if (!host) return false;
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  return normalizeOrigin(origin) === normalizeOrigin(`${scheme}://${host}`);
}

/**
 * Decides whether a request's `Origin` may read the answer: the route's policy, the simulator's
 * own origin, then the token's allowed origins (default: any localhost origin, any port).
 */
export function evaluateCors(
  req: IncomingMessage,
  policy: RouteCors,
  allowedOrigins: readonly string[] | undefined,
): CorsOutcome {
  const origin = req.headers.origin;
  if (origin === undefined || policy === 'none') return undefined;
  if (isSameOrigin(origin, req)) return 'same-origin';
  if (policy === 'same-origin') return 'denied';
  const normalized = normalizeOrigin(origin);
  if (normalized === undefined) return 'denied';
  if (allowedOrigins === undefined) {
    return LOCAL_HOSTS.has(new URL(normalized).hostname) ? 'allowed' : 'denied';
  }
  return allowedOrigins.some((allowed) => normalizeOrigin(allowed) === normalized) ? 'allowed' : 'denied';
}

/** Sets the headers that let an allowed origin read the answer (with cookies, like BigCommerce). */
export function applyCorsHeaders(req: IncomingMessage, res: ServerResponse, outcome: CorsOutcome, policy: RouteCors): void {
  // Vary on every answer of a cross-origin route, so caches never serve one origin's answer to another.
  if (policy === 'token-origins') res.setHeader('Vary', 'Origin');
  if (outcome !== 'allowed' || req.headers.origin === undefined) return;
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}

/** Answers a CORS preflight: 204, with the allow-lists only when the origin is allowed. */
export function answerPreflight(res: ServerResponse, outcome: CorsOutcome): void {
  if (outcome === 'allowed') {
    res.setHeader('Access-Control-Allow-Methods', CORS_ALLOW_METHODS);
    res.setHeader('Access-Control-Allow-Headers', CORS_ALLOW_HEADERS);
    res.setHeader('Access-Control-Max-Age', CORS_MAX_AGE);
  }
  res.setHeader('Allow', CORS_ALLOW_METHODS);
  res.statusCode = 204;
  res.end();
}
