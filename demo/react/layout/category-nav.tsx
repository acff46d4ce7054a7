// The category bar: the store's top-level categories with their children in a dropdown.
import { getCategoryTree, queryKey } from 'bc-storefront';
import { Link, useLocation } from '../shop/router';
import { useShop } from '../shop/shop';
import { useCatalog } from '../shop/use-catalog';

export function CategoryNav() {
  const { catalog } = useShop();
  const { path } = useLocation();
  const view = useCatalog(queryKey('categoryTree', []), () => catalog.store(queryKey('categoryTree', []), () => getCategoryTree(catalog.storefront)));
  return (
    <nav className="categories" aria-label="Categories" data-test="category-nav">
      <ul>
        <li>
          <Link to="/" className={path === '/' ? 'current' : undefined}>
            All products
          </Link>
        </li>
        {view.data?.map((root) => (
          <li key={root.entityId} className="has-menu">
            <Link to={root.path} className={path.startsWith(root.path) ? 'current' : undefined} aria-current={path === root.path ? 'page' : undefined}>
              {root.name}
            </Link>
            {root.children.length ? (
              <ul className="menu">
                {root.children.map((child) => (
                  <li key={child.entityId}>
                    <Link to={child.path}>{child.name}</Link>
                    {child.children.length ? (
                      <ul>
                        {child.children.map((leaf) => (
                          <li key={leaf.entityId}>
                            <Link to={leaf.path}>{leaf.name}</Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
        {view.error ? (
          <li>
            <button type="button" className="link-button" onClick={view.retry}>
              Categories did not load. Retry
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
