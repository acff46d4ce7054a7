import { createSearchStore, queryKey } from 'bc-storefront';
import { useShop } from '../shop/shop';
import { useLocation } from '../shop/router';
import { useCatalog } from '../shop/use-catalog';
import { listingArgs } from './listing-query';
import { Listing } from './listing';

/** Search results (and, without a term, every product) with facets. */
export function SearchPage({ title }: { title?: string }) {
  const { catalog } = useShop();
  const { query } = useLocation();
  const term = query.get('q')?.trim() ?? '';
  const args = { ...listingArgs(query), ...(term && { searchTerm: term }) };
  const view = useCatalog(queryKey('search', [args]), () => createSearchStore(catalog, args), true);
  const heading = term ? (
    <h1 data-test="page-title">
      Results for “<span>{term}</span>”
    </h1>
  ) : (
    <h1 data-test="page-title">{title ?? 'All products'}</h1>
  );
  return <Listing view={view} heading={heading} />;
}
