import type { RouteContext, SimulatorState } from '../server/route';
import { sendJson } from '../server/respond';
import { shopperSession, type ShopperSession } from '../server/session';
import { RestError, restError } from './errors';
import { includesOf } from './input';

/** Path prefix of the REST Storefront API. */
export const REST_PREFIX = '/api/storefront';

/** One REST request as an endpoint sees it. */
export interface RestCall {
  readonly ctx: RouteContext;
  readonly state: SimulatorState;
  readonly session: ShopperSession;
  /** Path parameters in template order. */
  readonly params: readonly string[];
  readonly includes: ReadonlySet<string>;
  /** `http://host:port` of the request: the store origin for absolute URLs. */
  readonly origin: string;
}

/** What an endpoint answers: a status and, unless 204, a JSON body. */
export interface RestAnswer {
  readonly status: number;
  readonly body?: unknown;
}

/** One endpoint: method and path template under {@link REST_PREFIX} (`/carts/{cartId}`). */
export interface RestEndpoint {
  readonly method: string;
  readonly path: string;
  readonly handle: (call: RestCall) => Promise<RestAnswer> | RestAnswer;
}

interface Compiled extends RestEndpoint {
  readonly pattern: RegExp;
}

/** Shorthand for a 200 JSON answer. */
export const ok = (body: unknown): RestAnswer => ({ status: 200, body });

function compile(endpoints: readonly RestEndpoint[]): Compiled[] {
  return endpoints.map((e) => ({ ...e, pattern: new RegExp(`^${e.path.replace(/\{[^}]+\}/g, '([^/]+)')}/?$`) }));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray `%` is part of the id as sent; no cart or code will match it
  }
}

function originOf(ctx: RouteContext): string {
  const secure = (ctx.req.socket as { encrypted?: boolean }).encrypted === true;
  return `${secure ? 'https' : 'http'}://${ctx.req.headers.host ?? 'localhost'}`;
}

/**
 * Makes the dispatcher of the REST endpoints: path match (the singular `/checkout/{id}` that
 * checkout-sdk uses is an alias of `/checkouts/{id}`), 405 with `Allow` for other methods,
 * `OPTIONS` answered without CORS headers (same-origin only), and `RestError`s sent as their bodies.
 */
export function restDispatcher(endpoints: readonly RestEndpoint[]): (ctx: RouteContext) => Promise<void> {
  const table = compile(endpoints);
  return async (ctx) => {
    const route = ctx.url.pathname.slice(REST_PREFIX.length).replace(/^\/checkout\//, '/checkouts/');
    const matching = table.map((e) => ({ e, m: e.pattern.exec(route) })).filter((hit) => hit.m !== null);
    const allow = [...new Set(matching.map((hit) => hit.e.method))].join(', ');
    if (ctx.method === 'OPTIONS' && matching.length > 0) {
      ctx.res.writeHead(204, { Allow: `${allow}, OPTIONS` }).end();
      return;
    }
    const hit = matching.find((candidate) => candidate.e.method === ctx.method);
    try {
      if (matching.length === 0) throw restError(404, 'The resource at that URL is not found.', `No endpoint ${ctx.url.pathname}.`);
      if (!hit || !hit.m) throw new RestError(405, { status: 405, title: 'Method Not Allowed', type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes' });
      const params = hit.m.slice(1).map(decodeSegment);
      const session = shopperSession(ctx, true);
      const answer = await hit.e.handle({ ctx, state: ctx.state, session, params, includes: includesOf(ctx.url), origin: originOf(ctx) });
      if (answer.status === 204) ctx.res.writeHead(204).end();
      else sendJson(ctx.res, answer.status, answer.body);
    } catch (error) {
      if (!(error instanceof RestError)) throw error;
      sendJson(ctx.res, error.status, error.body, error.status === 405 ? { Allow: allow } : {});
    }
  };
}
