// A listing's filters, sort and page live in the URL query, so a filtered page can be shared,
// reloaded and walked with the back button.
import type { PageArgs, SearchFilters, SearchSort } from 'bc-storefront';

export const PAGE_SIZE = 12;

export const SORTS: readonly { value: SearchSort | ''; label: string }[] = [
  { value: '', label: 'Featured' },
  { value: 'NEWEST', label: 'Newest' },
  { value: 'BEST_SELLING', label: 'Best selling' },
  { value: 'LOWEST_PRICE', label: 'Price: low to high' },
  { value: 'HIGHEST_PRICE', label: 'Price: high to low' },
  { value: 'A_TO_Z', label: 'Name: A to Z' },
];

/** The listing's filters, sort and page, as search arguments. */
export type ListingArgs = SearchFilters & PageArgs & { sort?: SearchSort };

const ids = (value: string | null) => (value ? value.split(',').map(Number).filter((id) => Number.isInteger(id) && id > 0) : []);
const amount = (value: string | null) => (value && Number.isFinite(Number(value)) && Number(value) >= 0 ? Number(value) : undefined);

/** Reads the listing arguments from a query string. */
export function listingArgs(query: URLSearchParams): ListingArgs {
  const args: ListingArgs = {};
  const brands = ids(query.get('brand'));
  const categories = ids(query.get('category'));
  if (brands.length) args.brandEntityIds = brands;
  if (categories.length) args.categoryEntityIds = categories;
  const attributes = new Map<string, string[]>();
  for (const pair of query.getAll('attr')) {
    const at = pair.indexOf(':');
    if (at > 0) attributes.set(pair.slice(0, at), [...(attributes.get(pair.slice(0, at)) ?? []), pair.slice(at + 1)]);
  }
  if (attributes.size) args.productAttributes = [...attributes].map(([attribute, values]) => ({ attribute, values }));
  if (query.get('instock') === '1') args.hideOutOfStock = true;
  if (query.get('freeship') === '1') args.isFreeShipping = true;
  const minPrice = amount(query.get('min'));
  const maxPrice = amount(query.get('max'));
  if (minPrice !== undefined || maxPrice !== undefined) {
    args.price = { ...(minPrice !== undefined && { minPrice }), ...(maxPrice !== undefined && { maxPrice }) };
  }
  const sort = SORTS.find((s) => s.value && s.value === query.get('sort'))?.value;
  if (sort) args.sort = sort;
  const after = query.get('after');
  const before = query.get('before');
  if (before) Object.assign(args, { last: PAGE_SIZE, before });
  else Object.assign(args, { first: PAGE_SIZE, ...(after && { after }) });
  return args;
}

/** A copy of `query` with `changes` applied (null removes a key) and the page reset. */
export function withQuery(query: URLSearchParams, changes: Record<string, string | string[] | null>, keepPage = false): string {
  const next = new URLSearchParams(query);
  if (!keepPage) ['after', 'before', 'p'].forEach((key) => next.delete(key));
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    for (const item of value === null ? [] : Array.isArray(value) ? value : [value]) next.append(key, item);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** Adds or removes `value` in a comma-separated list of the query. */
export function toggled(list: string | null, value: string): string | null {
  const items = new Set(list ? list.split(',') : []);
  if (items.has(value)) items.delete(value);
  else items.add(value);
  return items.size ? [...items].join(',') : null;
}
