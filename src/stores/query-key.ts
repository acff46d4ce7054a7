// Cache keys for query stores. A key must name the same request wherever it is built: in any
// component, on the server that renders the page and in the browser that hydrates it. So object
// keys are sorted and `undefined` members dropped: `{ first: 12, after }` and `{ after, first: 12 }`
// share a key, and so do `{ first: 12 }` and `{ first: 12, sort: undefined }`.

const sorted = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/**
 * The stable cache key of a query: its kind, then its arguments as JSON with sorted object keys.
 * @example
 * queryKey('category', [21, { sort: 'NEWEST', first: 12 }]); // 'category[21,{"first":12,"sort":"NEWEST"}]'
 */
/* @__NO_SIDE_EFFECTS__ */
export function queryKey(kind: string, args: readonly unknown[]): string {
  return kind + JSON.stringify(args, sorted);
}
