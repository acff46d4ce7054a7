import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExecutionResult } from 'graphql';
import type { Catalog } from '../catalog';
import type { GraphQLRequestInput } from '../graphql';
import type { LogDraft } from './request-log';

/** What every route can reach: the store's data and configuration. Later features add their state here. */
export interface SimulatorState {
  readonly catalog: Catalog;
  /** Accepted bearer tokens. */
  readonly tokens: ReadonlySet<string>;
  /** Exact allowed origins, or undefined for "any localhost origin". */
  readonly allowedOrigins: readonly string[] | undefined;
  /** Runs a GraphQL request against the catalog (made on first use). */
  readonly execute: (input: GraphQLRequestInput) => Promise<ExecutionResult>;
}

/** How a route speaks to other origins. */
export type RouteCors =
  /** Cross-origin allowed for the token's origins (the GraphQL Storefront API). */
  | 'token-origins'
  /** Same-origin only: never sends CORS headers (the REST Storefront API, session endpoints). */
  | 'same-origin'
  /** No CORS handling at all (static files such as images). */
  | 'none';

/** One request as a route sees it. */
export interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly method: string;
  readonly state: SimulatorState;
  /** The log entry being written for this request; routes add operationName/variables. */
  readonly entry: LogDraft;
  /** CORS outcome for this request (undefined without an Origin header). */
  readonly cors: 'allowed' | 'denied' | 'same-origin' | undefined;
  /** The request body as text, read once (later calls share the first read). */
  readonly body: () => Promise<string>;
}

/**
 * One entry of the simulator's route table. Each feature (GraphQL, images, REST cart, session)
 * adds a module exporting one of these to `routes.ts`.
 */
export interface SimRoute {
  /** Name recorded in the request log. */
  readonly name: string;
  /** Whether this route owns the path (method is checked by the route itself, to answer 405). */
  readonly matches: (pathname: string) => boolean;
  readonly cors: RouteCors;
  /** Rewrites the path before it is logged, to keep secrets (e.g. a JWT in the path) out of the log. */
  readonly logPath?: (pathname: string) => string;
  /**
   * Reads what fault matching needs (e.g. the GraphQL operation name) into `ctx.entry`.
   * Must not answer or throw on bad input; `handle` reports that.
   */
  readonly inspect?: (ctx: RouteContext) => Promise<void>;
  /** The error body this route's clients expect for a status (used by faults). */
  readonly errorBody?: (status: number, message: string) => unknown;
  /** Answers the request. */
  readonly handle: (ctx: RouteContext) => Promise<void>;
}
