import type { ExecutionResult } from 'graphql';
import { sampleCatalog, type Catalog } from '../../src/simulator/catalog';
import { createGraphQLExecutor, type GraphQLRequestInput } from '../../src/simulator/graphql';
import { operationText } from './graphql-operations';

/** What else a request may carry besides the operation and variables (a signed-in customer, a locale). */
export type RequestExtras = Omit<GraphQLRequestInput, 'query' | 'variables' | 'operationName'>;

/** An executor over a catalog (the sample store by default) that runs graphql/ operations by name. */
export function simulatorRunner(catalog: Catalog = sampleCatalog()) {
  const execute = createGraphQLExecutor(catalog);
  return {
    catalog,
    execute,
    /** Runs a named operation and returns its full result, errors included. */
    result: (name: string, variables: Record<string, unknown> = {}, extras: RequestExtras = {}): Promise<ExecutionResult> =>
      execute({ ...extras, query: operationText(name), variables, operationName: name }),
    /** Runs a named operation; fails the test on any GraphQL error. */
    async data<T>(name: string, variables: Record<string, unknown> = {}, extras: RequestExtras = {}): Promise<T> {
      const result = await execute({ ...extras, query: operationText(name), variables, operationName: name });
      if (result.errors) throw new Error(`${name} failed: ${result.errors.map((e) => e.message).join('; ')}`);
      return result.data as T;
    },
  };
}

/** The nodes of a connection's edges. */
export function nodes<T>(connection: { edges: Array<{ node: T }> | null } | null | undefined): T[] {
  return (connection?.edges ?? []).map((edge) => edge.node);
}
