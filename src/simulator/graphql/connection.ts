import { GraphQLError } from 'graphql';

/** The pagination arguments every connection field takes. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A page of a list as a Relay connection (extra keys are harmless where the type lacks them). */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  collectionInfo: { totalItems: number };
}

/** Page size when neither `first` nor `last` is given (BigCommerce: "returns only 10 items by default"). */
export const DEFAULT_PAGE_SIZE = 10;
/** Most items one page may ask for; BigCommerce refuses more with an error. */
export const MAX_PAGE_SIZE = 50;

// BigCommerce cursors are base64 of `arrayconnection:{offset}`, as graphql-relay makes them.
const CURSOR_PREFIX = 'arrayconnection:';

function cursorAt(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64');
}

function offsetOf(cursor: string, name: 'after' | 'before'): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw new GraphQLError(`Argument '${name}' is not a valid cursor`);
  }
  return offset;
}

function checkCount(value: number | null | undefined, name: 'first' | 'last', max: number): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0) throw new GraphQLError(`Argument '${name}' must be a non-negative integer`);
  if (value > max) throw new GraphQLError(`Argument '${name}' cannot exceed ${max}`);
  return value;
}

/**
 * Slices `items` by Relay arguments: cursors are offsets into the full list, so the list must be
 * in a stable order for pages to chain.
 * @throws GraphQLError when `first`/`last` is negative or above `max`, or a cursor is not one of ours.
 */
export function paginate<T, N = T>(
  items: readonly T[],
  args: ConnectionArgs,
  toNode: (item: T) => N = (item) => item as unknown as N,
  max: number = MAX_PAGE_SIZE,
): Connection<N> {
  let first = checkCount(args.first, 'first', max);
  let last = checkCount(args.last, 'last', max);
  let start = args.after ? Math.min(offsetOf(args.after, 'after') + 1, items.length) : 0;
  let end = args.before ? Math.min(offsetOf(args.before, 'before'), items.length) : items.length;
  end = Math.max(end, start);
  if (first === null && last === null) {
    // `before` alone pages backwards; anything else pages forwards.
    if (args.before && !args.after) last = DEFAULT_PAGE_SIZE;
    else first = DEFAULT_PAGE_SIZE;
  }
  if (first !== null) end = Math.min(end, start + first);
  if (last !== null) start = Math.max(start, end - last);
  const edges: Connection<N>['edges'] = [];
  for (let i = start; i < end; i++) edges.push({ cursor: cursorAt(i), node: toNode(items[i] as T) });
  return {
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    collectionInfo: { totalItems: items.length },
  };
}

/** Every item as one connection page, for fields without pagination arguments (breadcrumbs). */
export function allEdges<T, N>(items: readonly T[], toNode: (item: T) => N): Connection<N> {
  return paginate(items, { first: items.length }, toNode, Number.POSITIVE_INFINITY);
}
