import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyReader } from './body';
import { answerPreflight, applyCorsHeaders, evaluateCors } from './cors';
import { waitUnlessClosed } from './delays';
import { applyFault } from './fault-responses';
import type { FaultQueue } from './faults';
import type { RequestLog } from './request-log';
import { isGone, restErrorBody, sendJson } from './respond';
import type { RouteContext, SimRoute, SimulatorState } from './route';
import type { SimulatorHandler } from './types';

/** What the request pipeline works with. */
export interface HandlerDeps {
  readonly routes: readonly SimRoute[];
  readonly state: SimulatorState;
  readonly log: RequestLog;
  readonly faults: FaultQueue;
  readonly latencyMs: () => number;
}

/**
 * Makes the connect-style handler: route lookup, log entry, CORS, faults, latency, then the route.
 * Paths no route owns go to `next()`, or get a 404 when there is no `next` (standalone server).
 */
export function createHandler(deps: HandlerDeps): SimulatorHandler {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const route = deps.routes.find((candidate) => candidate.matches(url.pathname));
    if (route === undefined && next !== undefined) {
      next();
      return;
    }
    void run(deps, req, res, url, route);
  };
}

async function run(
  deps: HandlerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  route: SimRoute | undefined,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const policy = route?.cors ?? 'none';
  const cors = evaluateCors(req, policy, deps.state.allowedOrigins);
  const entry = deps.log.start({
    route: route?.name ?? 'not-found',
    method,
    path: route?.logPath?.(url.pathname) ?? url.pathname,
    query: url.searchParams,
    ...(req.headers.origin === undefined ? {} : { origin: req.headers.origin }),
  });
  if (cors !== undefined) entry.cors = cors;
  // 'close' follows both a finished answer and a dropped connection (then nothing was sent: status 0).
  res.once('close', () => deps.log.finish(entry, res.headersSent ? res.statusCode : 0));

  if (route === undefined) {
    sendJson(res, 404, restErrorBody(404, `No route for ${method} ${url.pathname}`));
    return;
  }

  const ctx: RouteContext = { req, res, url, method, state: deps.state, entry, cors, body: bodyReader(req) };
  try {
    applyCorsHeaders(req, res, cors, policy);
    await route.inspect?.(ctx);
    // Taken on arrival, so "the next request" means the next to arrive, whatever the latency.
    const fault = deps.faults.take({ method, path: url.pathname, operationName: entry.operationName });
    if (fault !== undefined) entry.fault = fault.kind;
    if (!(await waitUnlessClosed(res, deps.latencyMs()))) return;
    if (fault !== undefined && (await applyFault(ctx, route, fault)) === 'done') return;
    if (method === 'OPTIONS' && policy === 'token-origins') {
      answerPreflight(res, cors);
      return;
    }
    await route.handle(ctx);
  } catch (error) {
    // A crash here is a simulator bug (the executor reports query errors in its result): say so
    // on the console, where its author looks; the client gets a plain 500, as from a real store.
    console.error(`[bc-storefront simulator] ${method} ${entry.path} failed:`, error);
    if (!isGone(res)) sendJson(res, 500, route.errorBody?.(500, 'Internal Server Error') ?? restErrorBody(500));
  }
}
