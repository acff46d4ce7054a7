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
  return (connection.edges ?? []).flatMap((edge) => (edge ? [edge.node] : []));
}

/** Turns a GraphQL connection into a {@link Page}. */
export function toPage<T>(connection: Connection<T>): Page<T> {
  const page: Page<T> = { items: nodesOf(connection), pageInfo: connection.pageInfo };
  const total = connection.collectionInfo?.totalItems;
  if (total !== undefined) page.totalItems = total;
  return page;
}

/**
 * Checks page arguments before any request (a caller learns of a bad page at once, not from a
 * GraphQL error after a round trip) and returns only the page keys that are set: optional GraphQL
 * variables must be absent rather than `undefined`, and other keys of `args` must not leak.
 * @throws {InvalidArgumentError} when a size is outside 1–50, both directions are mixed,
 * or a cursor is given without its size.
 */
export function pageVariables(operation: string, args: PageArgs): PageArgs {
  const page: Record<string, unknown> = {};
  const bad = (name: string, why: string) => {
    throw new InvalidArgumentError(operation, name, why);
  };
  // Sizes first, then cursors: each is checked alone before the combinations are.
  for (const key of ['first', 'last', 'after', 'before'] as const) {
    const value = args[key];
    if (value === undefined) continue;
    const cursor = key == 'after' || key == 'before';
    if (cursor ? typeof value != 'string' || !value : !(Number.isInteger(value) && +value > 0 && +value <= MAX_PAGE_SIZE)) {
      bad(key, cursor ? 'must be a cursor from pageInfo' : `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
    }
    page[key] = value;
  }
  const { first, last, after, before } = page;
  if (first !== undefined && last !== undefined) bad('last', 'cannot be combined with first');
  if (after !== undefined && (last !== undefined || before !== undefined)) bad('after', 'pages forward: use it with first');
  if (before !== undefined && first !== undefined) bad('before', 'pages backward: use it with last');
  return page;
}

/** Checks a list of entity ids (positive integers). */
export function checkEntityIds(operation: string, name: string, ids: readonly number[]): void {
  if (!Array.isArray(ids) || !ids.every(isEntityId)) {
    throw new InvalidArgumentError(operation, name, 'must be positive integer ids');
  }
}

/** Checks one entity id (a positive integer). */
export function checkEntityId(operation: string, name: string, id: number): void {
  if (!isEntityId(id)) throw new InvalidArgumentError(operation, name, 'must be a positive integer id');
}

const isEntityId = (id: unknown): boolean => Number.isInteger(id) && (id as number) > 0;
