import type { ExecutionResult } from 'graphql';
import { sampleCatalog, type Catalog } from '../../src/simulator/catalog';
import { createGraphQLExecutor } from '../../src/simulator/graphql';
import { operationText } from './graphql-operations';

/** An executor over a catalog (the sample store by default) that runs graphql/ operations by name. */
export function simulatorRunner(catalog: Catalog = sampleCatalog()) {
  const execute = createGraphQLExecutor(catalog);
  return {
    catalog,
    execute,
    /** Runs a named operation and returns its full result, errors included. */
    result: (name: string, variables: Record<string, unknown> = {}): Promise<ExecutionResult> =>
      execute({ query: operationText(name), variables, operationName: name }),
    /** Runs a named operation; fails the test on any GraphQL error. */
    async data<T>(name: string, variables: Record<string, unknown> = {}): Promise<T> {
      const result = await execute({ query: operationText(name), variables, operationName: name });
      if (result.errors) throw new Error(`${name} failed: ${result.errors.map((e) => e.message).join('; ')}`);
      return result.data as T;
    },
  };
}

/** The nodes of a connection's edges. */
export function nodes<T>(connection: { edges: Array<{ node: T }> | null } | null | undefined): T[] {
  return (connection?.edges ?? []).map((edge) => edge.node);
}
