import { InvalidArgumentError } from '../errors';

/** BigCommerce's largest page for any connection; a bigger `first`/`last` is refused by the API. */
export const MAX_PAGE_SIZE = 50;

/**
 * Cursor pagination arguments, as the GraphQL Storefront API takes them.
 * Use `first` (+ `after`) to walk forward or `last` (+ `before`) to walk back.
 */
export interface PageArgs {
  /** Items from the start (1–50). */
  first?: number;
  /** Cursor after which `first` counts; from a previous page's `pageInfo.endCursor`. */
  after?: string;
  /** Items from the end (1–50). */
  last?: number;
  /** Cursor before which `last` counts; from a previous page's `pageInfo.startCursor`. */
  before?: string;
}

/** Where a page sits in its listing: BigCommerce's `PageInfo`. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** One page of a listing: its items (edges' nodes, in order) and where it sits. */
export interface Page<T> {
  items: T[];
  pageInfo: PageInfo;
  /** Total matches, where the API reports it (search and category listings). */
  totalItems?: number | null;
}

interface Connection<T> {
  pageInfo: PageInfo;
  edges?: ReadonlyArray<{ node: T } | null> | null;
  collectionInfo?: { totalItems?: number | null } | null;
}

/** The nodes of a connection's edges, in order, dropping null edges. */
export function nodesOf<T>(connection: { edges?: ReadonlyArray<{ node: T } | null> | null }): T[] {
  const items: T[] = [];
  for (const edge of connection.edges ?? []) if (edge) items.push(edge.node);
  return items;
}

/** Turns a GraphQL connection into a {@link Page}. */
export function toPage<T>(connection: Connection<T>): Page<T> {
  const page: Page<T> = { items: nodesOf(connection), pageInfo: connection.pageInfo };
  const total = connection.collectionInfo?.totalItems;
  if (total !== undefined) page.totalItems = total;
  return page;
}

/**
 * Checks page arguments before any request, so a caller learns of a bad page at once
 * rather than from a GraphQL error after a round trip.
 * @throws {InvalidArgumentError} when a size is outside 1–50, both directions are mixed,
 * or a cursor is given without its size.
 */
export function checkPageArgs(operation: string, args: PageArgs): void {
  const { first, last, after, before } = args;
  for (const [name, size] of [['first', first], ['last', last]] as const) {
    if (size !== undefined && !(Number.isInteger(size) && size >= 1 && size <= MAX_PAGE_SIZE)) {
      throw new InvalidArgumentError(operation, name, `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
    }
  }
  if (first !== undefined && last !== undefined) {
    throw new InvalidArgumentError(operation, 'last', 'cannot be combined with first');
  }
  if (after !== undefined && (last !== undefined || before !== undefined)) {
    throw new InvalidArgumentError(operation, 'after', 'pages forward: use it with first');
  }
  if (before !== undefined && first !== undefined) {
    throw new InvalidArgumentError(operation, 'before', 'pages backward: use it with last');
  }
  for (const [name, cursor] of [['after', after], ['before', before]] as const) {
    if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) {
      throw new InvalidArgumentError(operation, name, 'must be a cursor string from pageInfo');
    }
  }
}

/**
 * Checks page arguments and returns only the page keys that are set: optional GraphQL variables
 * must be absent rather than `undefined`, and other keys of `args` must not leak into variables.
 * @throws {InvalidArgumentError} as {@link checkPageArgs}.
 */
export function pageVariables(operation: string, args: PageArgs): PageArgs {
  checkPageArgs(operation, args);
  const page: PageArgs = {};
  for (const key of ['first', 'after', 'last', 'before'] as const) {
    if (args[key] !== undefined) (page as Record<string, unknown>)[key] = args[key];
  }
  return page;
}

/** Checks a list of entity ids (positive integers). */
export function checkEntityIds(operation: string, name: string, ids: readonly number[]): void {
  if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id) && id > 0)) {
    throw new InvalidArgumentError(operation, name, 'must be an array of positive integer ids');
  }
}

/** Checks one entity id (a positive integer). */
export function checkEntityId(operation: string, name: string, id: number): void {
  if (!Number.isInteger(id) || id <= 0) {
    throw new InvalidArgumentError(operation, name, 'must be a positive integer id');
  }
}
