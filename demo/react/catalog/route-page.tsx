// Any other path is a store URL: the route query says whether it is a product, a category or a
// brand, and the matching page renders it.
import { createBrandStore, createRouteStore, queryKey } from 'bc-storefront';
import { ProductPage } from '../product/product-page';
import { useShop } from '../shop/shop';
import { Link } from '../shop/router';
import { useCatalog } from '../shop/use-catalog';
import { Empty, ErrorState, Loading } from '../ui/states';
import { CategoryPage } from './category-page';
import { ProductGrid } from './product-card';

function BrandPage({ entityId }: { entityId: number }) {
  const { catalog } = useShop();
  const args = { first: 24 };
  const view = useCatalog(queryKey('brand', [entityId, args]), () => createBrandStore(catalog, entityId, args));
  if (view.error) return <ErrorState error={view.error} onRetry={view.retry} />;
  if (view.data === undefined) return <Loading label="Loading brand…" />;
  if (view.data === null) return <NotFound />;
  return (
    <div>
      <h1 data-test="page-title">{view.data.brand.name}</h1>
      <ProductGrid products={view.data.products.items} />
    </div>
  );
}

function NotFound() {
  return (
    <Empty title="We could not find that page">
      <p>It may have moved, or the link is mistyped.</p>
      <Link to="/" className="button primary">
        Continue shopping
      </Link>
    </Empty>
  );
}

export function RoutePage({ path }: { path: string }) {
  const { catalog } = useShop();
  const view = useCatalog(queryKey('route', [path]), () => createRouteStore(catalog, path));
  if (view.error) return <ErrorState error={view.error} onRetry={view.retry} />;
  if (!view.data) return <Loading />;
  const { node } = view.data;
  switch (node?.__typename) {
    case 'Product':
      return <ProductPage key={node.entityId} product={node} />;
    case 'Category':
      return <CategoryPage key={node.entityId} entityId={node.entityId} />;
    case 'Brand':
      return <BrandPage key={node.entityId} entityId={node.entityId} />;
    default:
      return <NotFound />;
  }
}
