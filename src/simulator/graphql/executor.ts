import { execute, GraphQLError, type ExecutionResult, type GraphQLFieldResolver } from 'graphql';
import type { Catalog } from '../catalog';
import { checkCustomerAccessToken } from '../server/customer-tokens';
import type { SimulatorState } from '../server/route';
import type { ShopperSession } from '../server/session';
import { indexCatalog } from './catalog-index';
import type { SimulatorContext } from './context';
import { documentCache } from './documents';
import { rootNode } from './root';
import { simulatorSchema } from './schema';

/** One GraphQL request as the HTTP layer hands it over. */
export interface GraphQLRequestInput {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  /** The shopper's locale (Accept-Language); accepted, nothing is translated. */
  locale?: string;
  /** `X-Bc-Customer-Access-Token`: a valid one signs its customer in, over any session customer. */
  customerAccessToken?: string;
  /**
   * `X-Bc-Error-On-Invalid-Customer-Access-Token: true`: an unknown, expired or logged-out token
   * fails the request instead of answering as a guest (BigCommerce's behaviour without it).
   */
  errorOnInvalidCustomerAccessToken?: boolean;
  /** The customer signed in to the request's session (cookie); absent for a guest. */
  customerId?: number;
  /** The request's shopper session; absent when the executor runs without HTTP (no session). */
  session?: (create: boolean) => ShopperSession | undefined;
  /** The store origin for absolute URLs; defaults to the catalog's `vanityUrl`. */
  origin?: string;
  /** Whether a browser sent the request (it carried `Origin`). */
  browser?: boolean;
  /** The caller's IP address. */
  remoteAddress?: string;
}

/** Runs one request against the store; resolves with a graphql-js ExecutionResult, never rejects for query errors. */
export type GraphQLExecutor = (input: GraphQLRequestInput) => Promise<ExecutionResult>;

/**
 * Resolves a field from the node object built for its parent: a value, or a method called with
 * the field's arguments. A field the node lacks is a simulator bug and fails loudly, instead of
 * quietly answering null where BigCommerce would answer a value.
 */
const nodeFieldResolver: GraphQLFieldResolver<unknown, SimulatorContext> = (source, args, _ctx, info) => {
  const node = source as Record<string, unknown> | null;
  const value = node?.[info.fieldName];
  if (value === undefined) {
    throw new Error(`Simulator bug: ${info.parentType.name}.${info.fieldName} has no resolver`);
  }
  return typeof value === 'function' ? (value as (args: unknown) => unknown)(args) : value;
};

/** The message and code of a refused customer access token (BigCommerce's wording is unpublished). */
export const INVALID_CUSTOMER_ACCESS_TOKEN_MESSAGE = 'Invalid customer access token';
export const INVALID_CUSTOMER_ACCESS_TOKEN_CODE = 'INVALID_CUSTOMER_ACCESS_TOKEN';

function invalidTokenError(reason: 'unknown' | 'expired'): GraphQLError {
  const message = reason === 'expired' ? `${INVALID_CUSTOMER_ACCESS_TOKEN_MESSAGE}: it has expired` : INVALID_CUSTOMER_ACCESS_TOKEN_MESSAGE;
  return new GraphQLError(message, { extensions: { code: INVALID_CUSTOMER_ACCESS_TOKEN_CODE } });
}

/** State for an executor used without a simulator around it (unit tests): carts live beside it. */
function standaloneState(catalog: Catalog): SimulatorState {
  return {
    catalog,
    tokens: new Set(),
    allowedOrigins: undefined,
    execute: () => Promise.reject(new Error('standalone executor state')),
  };
}

/**
 * Makes the GraphQL Storefront API of the simulator for one catalog: queries are parsed and
 * validated against graphql/schema.graphql (unknown fields fail as on the real API) and run
 * over the catalog, which may be edited between requests, and over `state`'s carts, checkouts and
 * customer tokens (the REST API's, when the simulator passes its own). Query errors come back in `errors`;
 * the returned function rejects only when the catalog has no currencies.
 * @example
 * const run = createGraphQLExecutor(sampleCatalog());
 * const { data } = await run({ query: '{ site { product(entityId: 101) { name } } }' });
 */
/* @__NO_SIDE_EFFECTS__ */
export function createGraphQLExecutor(catalog: Catalog, state: SimulatorState = standaloneState(catalog)): GraphQLExecutor {
  const schema = simulatorSchema();
  const documents = documentCache(schema);
  return async (input) => {
    const document = documents(input.query);
    if (!('kind' in document)) return { errors: document };
    const index = indexCatalog(catalog);
    const defaultCurrency = index.currency.get(catalog.settings.defaultCurrency) ?? catalog.currencies[0];
    if (!defaultCurrency) throw new Error('Simulator catalog has no currencies');
    let customerId = input.customerId;
    let customerAccessToken: string | undefined;
    if (input.customerAccessToken !== undefined) {
      const check = checkCustomerAccessToken(state, input.customerAccessToken);
      if (check.ok) {
        customerId = check.customerId;
        customerAccessToken = input.customerAccessToken;
      } else if (input.errorOnInvalidCustomerAccessToken === true) {
        return { errors: [invalidTokenError(check.reason)] };
      }
    }
    const contextValue: SimulatorContext = {
      index,
      locale: input.locale,
      defaultCurrency,
      customerId,
      state,
      origin: input.origin ?? catalog.settings.vanityUrl.replace(/\/$/, ''),
      browser: input.browser ?? false,
      session: input.session ?? (() => undefined),
      customerAccessToken,
      remoteAddress: input.remoteAddress,
    };
    return execute({
      schema,
      document,
      rootValue: rootNode(contextValue),
      contextValue,
      variableValues: input.variables ?? null,
      operationName: input.operationName ?? null,
      fieldResolver: nodeFieldResolver,
    });
  };
}
