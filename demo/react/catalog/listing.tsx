// A product listing: facets beside a sorted, paginated grid, with the previous page kept on
// screen (dimmed) while the next filter or page loads.
import type { Page, ProductCard, SearchFacet } from 'bc-storefront';
import type { ReactNode } from 'react';
import type { CatalogView } from '../shop/use-catalog';
import { navigate, useLocation } from '../shop/router';
import { Empty, ErrorState, Loading } from '../ui/states';
import { Facets } from './facets';
import { PAGE_SIZE, SORTS, withQuery } from './listing-query';
import { ProductGrid } from './product-card';

export interface ListingData {
  products: Page<ProductCard>;
  facets: SearchFacet[];
}

function Pagination({ products }: { products: Page<ProductCard> }) {
  const { path, query } = useLocation();
  const page = Math.max(1, Number(query.get('p') ?? 1) || 1);
  const { hasNextPage, hasPreviousPage, startCursor, endCursor } = products.pageInfo;
  if (!hasNextPage && !hasPreviousPage) return null;
  const go = (changes: Record<string, string | null>) => navigate(path + withQuery(query, changes, true));
  return (
    <nav className="pagination" aria-label="Pages" data-test="pagination">
      <button type="button" className="button secondary" disabled={!hasPreviousPage || !startCursor}
        onClick={() => go({ before: startCursor ?? null, after: null, p: page > 2 ? String(page - 1) : null })} data-test="page-prev">
        ← Previous
      </button>
      <span aria-current="page">Page {page}{products.totalItems ? ` of ${Math.ceil(products.totalItems / PAGE_SIZE)}` : ''}</span>
      <button type="button" className="button secondary" disabled={!hasNextPage || !endCursor}
        onClick={() => go({ after: endCursor ?? null, before: null, p: String(page + 1) })} data-test="page-next">
        Next →
      </button>
    </nav>
  );
}

function SortSelect() {
  const { path, query } = useLocation();
  return (
    <label className="sort">
      Sort by
      <select value={query.get('sort') ?? ''} onChange={(e) => navigate(path + withQuery(query, { sort: e.target.value || null }), { replace: true, keepScroll: true })} data-test="sort">
        {SORTS.map((sort) => (
          <option key={sort.value} value={sort.value}>
            {sort.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The listing page body for a view of `{ products, facets }`. */
export function Listing({ view, heading }: { view: CatalogView<ListingData | null>; heading: ReactNode }) {
  const { data, error, loading, stale, retry } = view;
  const count = data?.products.totalItems;
  return (
    <div className="listing">
      <div className="listing-head">
        <div>{heading}</div>
        {data ? (
          <div className="listing-tools">
            <span className="muted" data-test="result-count" aria-live="polite">
              {count === undefined || count === null ? '' : `${count} ${count === 1 ? 'product' : 'products'}`}
            </span>
            <SortSelect />
          </div>
        ) : null}
      </div>
      <div className="listing-body">
        {data ? <Facets facets={data.facets} /> : <div className="facets placeholder" />}
        <section className={stale ? 'results stale' : 'results'} aria-busy={loading} data-test="results">
          {error ? <ErrorState error={error} onRetry={retry} /> : null}
          {!data && !error ? <Loading label="Loading products…" /> : null}
          {data && data.products.items.length === 0 ? (
            <Empty title="No products match">
              <p>Try removing a filter or searching for something else.</p>
            </Empty>
          ) : null}
          {data && data.products.items.length ? <ProductGrid products={data.products.items} /> : null}
          {data ? <Pagination products={data.products} /> : null}
        </section>
      </div>
    </div>
  );
}
