import { getStoreSettings, queryKey } from 'bc-storefront';
import { Link } from '../shop/router';
import { useShop } from '../shop/shop';
import { useCatalog } from '../shop/use-catalog';
import { useOffline } from '../ui/use-offline';
import { AccountMenu } from './account-menu';
import { CategoryNav } from './category-nav';
import { MiniCart } from './mini-cart';
import { SearchBox } from './search-box';

export function Header() {
  const { catalog } = useShop();
  const settings = useCatalog(queryKey('storeSettings', []), () => catalog.store(queryKey('storeSettings', []), () => getStoreSettings(catalog.storefront)));
  const offline = useOffline();
  return (
    <header className="site-header">
      {offline ? (
        <div className="offline" role="status" data-test="offline">
          You are offline. You can keep browsing what is loaded; changes will need a connection.
        </div>
      ) : null}
      <div className="header-row">
        <Link to="/" className="logo" aria-label="Home">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>{settings.data?.storeName ?? 'Hearth & Garden'}</span>
        </Link>
        <SearchBox />
        <div className="header-actions">
          <AccountMenu />
          <MiniCart />
        </div>
      </div>
      <CategoryNav />
    </header>
  );
}
