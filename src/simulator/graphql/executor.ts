import { execute, type ExecutionResult, type GraphQLFieldResolver } from 'graphql';
import type { Catalog } from '../catalog';
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
  /** `X-Bc-Customer-Access-Token`; accepted and ignored for now (only the session cookie signs a shopper in). */
  customerAccessToken?: string;
  /** The customer signed in to the request's session (cookie); absent for a guest. */
  customerId?: number;
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

/**
 * Makes the GraphQL Storefront API of the simulator for one catalog: queries are parsed and
 * validated against graphql/schema.graphql (unknown fields fail as on the real API) and run
 * over the catalog, which may be edited between requests. Query errors come back in `errors`;
 * the returned function rejects only when the catalog has no currencies.
 * @example
 * const run = createGraphQLExecutor(sampleCatalog());
 * const { data } = await run({ query: '{ site { product(entityId: 101) { name } } }' });
 */
/* @__NO_SIDE_EFFECTS__ */
export function createGraphQLExecutor(catalog: Catalog): GraphQLExecutor {
  const schema = simulatorSchema();
  const documents = documentCache(schema);
  return async (input) => {
    const document = documents(input.query);
    if (!('kind' in document)) return { errors: document };
    const index = indexCatalog(catalog);
    const defaultCurrency = index.currency.get(catalog.settings.defaultCurrency) ?? catalog.currencies[0];
    if (!defaultCurrency) throw new Error('Simulator catalog has no currencies');
    const contextValue: SimulatorContext = { index, locale: input.locale, defaultCurrency, customerId: input.customerId };
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
