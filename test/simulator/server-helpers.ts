// Shared by the simulator's HTTP-layer suites. The executor is a stub here so these suites test
// the HTTP layer alone; the executor's own suites test GraphQL semantics.
import type { ExecutionResult } from 'graphql';
import { vi } from 'vitest';
import type { Catalog } from '../../src/simulator/catalog';
import type { GraphQLRequestInput } from '../../src/simulator/graphql';
import { buildSimulator } from '../../src/simulator/server/simulator';
import type { RunningSimulator, Simulator, SimulatorOptions } from '../../src/simulator/server/types';

export type StubExecutor = ReturnType<typeof vi.fn<(input: GraphQLRequestInput) => Promise<ExecutionResult>>>;

/** A stand-in catalog; the HTTP layer only passes it through. */
export const STUB_CATALOG = { stub: 'catalog' } as unknown as Catalog;

/** A simulator whose executor echoes what reached it, so tests see what crossed the HTTP layer. */
export function stubSimulator(options: SimulatorOptions = {}): { sim: Simulator; executor: StubExecutor } {
  const executor: StubExecutor = vi.fn(async (input: GraphQLRequestInput) => ({
    data: { echo: { operationName: input.operationName ?? null, variables: input.variables ?? null } },
  }));
  const sim = buildSimulator(options, { defaultCatalog: () => STUB_CATALOG, createExecutor: () => executor });
  return { sim, executor };
}

/** POSTs a GraphQL request the way the library does. */
export function postGraphQL(
  url: string,
  body: unknown,
  init: { token?: string | null; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Starts a stub simulator on port 0 for one suite; call `close` in `afterAll`/`afterEach`. */
export async function startStub(options: SimulatorOptions = {}): Promise<{
  sim: Simulator;
  executor: StubExecutor;
  server: RunningSimulator;
}> {
  const { sim, executor } = stubSimulator(options);
  const server = await sim.listen();
  return { sim, executor, server };
}
