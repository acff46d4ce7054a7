import { createCategoryStore, queryKey, type CategoryArgs } from 'bc-storefront';
import { useShop } from '../shop/shop';
import { Link, useLocation } from '../shop/router';
import { useCatalog } from '../shop/use-catalog';
import { listingArgs } from './listing-query';
import { Listing } from './listing';
import { Empty } from '../ui/states';
import { useEffect } from 'react';

/** A category page: breadcrumbs, its products (sub-categories included) and their facets, in one request. */
export function CategoryPage({ entityId }: { entityId: number }) {
  const { catalog } = useShop();
  const { query } = useLocation();
  const args: CategoryArgs = { ...listingArgs(query), searchSubCategories: true };
  const view = useCatalog(queryKey('category', [entityId, args]), () => createCategoryStore(catalog, entityId, args), true);
  const name = view.data?.category.name;
  useEffect(() => {
    if (name) document.title = `${name} · Hearth & Garden`;
  }, [name]);
  if (view.data === null) {
    return (
      <Empty title="This category is no longer here">
        <Link to="/">See all products</Link>
      </Empty>
    );
  }
  const category = view.data?.category;
  const crumbs = category?.breadcrumbs.edges?.map((edge) => edge.node) ?? [];
  const heading = category ? (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to="/">Shop</Link>
        {crumbs.slice(0, -1).map((crumb) => (
          <span key={crumb.entityId}>
            {' / '}
            <Link to={crumb.path ?? '/'}>{crumb.name}</Link>
          </span>
        ))}
      </nav>
      <h1 data-test="page-title">{category.name}</h1>
    </>
  ) : (
    <h1 className="placeholder-text">&nbsp;</h1>
  );
  return <Listing view={view} heading={heading} />;
}
