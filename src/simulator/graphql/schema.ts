import { buildSchema, type GraphQLSchema } from 'graphql';
import { schemaSdl } from './schema-sdl.generated';

let schema: GraphQLSchema | undefined;

/**
 * The simulator's executable schema: graphql/schema.graphql, built on first use and shared by
 * every executor (it holds no per-store state; resolvers come from the node objects).
 */
export function simulatorSchema(): GraphQLSchema {
  schema ??= buildSchema(schemaSdl);
  return schema;
}
