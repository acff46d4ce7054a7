// The shop: header, the page for the current path, footer.
import { useEffect } from 'react';
import { AccountPage } from './account/account-page';
import { LoginPage } from './account/login-page';
import { CartPage } from './cart/cart-page';
import { RoutePage } from './catalog/route-page';
import { SearchPage } from './catalog/search-page';
import { CheckoutPage } from './checkout/checkout-page';
import { Header } from './layout/header';
import { OrderPage } from './order/order-page';
import { useLocation } from './shop/router';

const TITLES: Record<string, string> = { '/cart': 'Your cart', '/checkout': 'Checkout', '/login': 'Sign in', '/account': 'Your account', '/search': 'Search' };

function Page({ path }: { path: string }) {
  const order = /^\/order\/(\d+)\/?$/.exec(path);
  if (order) return <OrderPage orderId={Number(order[1])} />;
  switch (path) {
    case '/':
      return <SearchPage title="All products" />;
    case '/search':
      return <SearchPage />;
    case '/cart':
      return <CartPage />;
    case '/checkout':
      return <CheckoutPage />;
    case '/login':
      return <LoginPage />;
    case '/account':
      return <AccountPage />;
    default:
      return <RoutePage path={path.endsWith('/') ? path : `${path}/`} />;
  }
}

export function App() {
  const { path } = useLocation();
  // Store pages (products, categories) name themselves once loaded.
  useEffect(() => {
    if (path === '/' || TITLES[path]) document.title = path === '/' ? 'Hearth & Garden' : `${TITLES[path]} · Hearth & Garden`;
  }, [path]);
  return (
    <>
      <Header />
      <main className="page" id="main">
        <Page path={path} />
      </main>
      <footer className="site-footer">
        <p>Hearth &amp; Garden · Free US shipping on orders over $100 · 30-day returns</p>
        <p className="muted small">A headless demo shop built with bc-storefront and React.</p>
      </footer>
    </>
  );
}
