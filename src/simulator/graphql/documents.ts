import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

const MAX_CACHED = 500;

/**
 * Parses and validates a query once per distinct text: a storefront sends the same few
 * documents over and over, and validation costs more than executing against memory.
 */
export function documentCache(schema: GraphQLSchema): (query: string) => DocumentNode | readonly GraphQLError[] {
  const cache = new Map<string, DocumentNode | readonly GraphQLError[]>();
  return (query) => {
    const hit = cache.get(query);
    if (hit) return hit;
    let result: DocumentNode | readonly GraphQLError[];
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      result = errors.length > 0 ? errors : document;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      result = [error];
    }
    // Oldest first out; Map iteration order is insertion order.
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(query, result);
    return result;
  };
}
