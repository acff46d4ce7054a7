// The headless React shop's entry: the only module that reads the page (its origin, the
// location) and the store settings the demo server defines.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { shopConfig, type DemoStore } from './shop/config';
import { startRouter } from './shop/router';
import { createShop, ShopContext } from './shop/shop';

declare const __DEMO_STORE__: DemoStore;

const shop = createShop(shopConfig(__DEMO_STORE__, location.origin));
startRouter(window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ShopContext.Provider value={shop}>
      <App />
    </ShopContext.Provider>
  </StrictMode>,
);
