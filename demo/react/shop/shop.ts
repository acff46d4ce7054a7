// One storefront, one catalog cache, one cart store and one customer store for the whole app,
// made once in main.tsx and handed down through context.
import {
  createCartStore,
  createCatalogCache,
  createCustomerStore,
  createStorefront,
  type CartStore,
  type CatalogCache,
  type CustomerStore,
  type Storefront,
} from 'bc-storefront';
import { createContext, useContext } from 'react';
import type { ShopConfig } from './config';
import { createShopperStore, type ShopperStore } from './shopper';

/** Everything the shop's components share. */
export interface Shop {
  config: ShopConfig;
  storefront: Storefront;
  catalog: CatalogCache;
  cart: CartStore;
  /** The verified customer (fetches current.jwt): subscribe through `shopper`, which asks only for a signed-in session. */
  customer: CustomerStore;
  shopper: ShopperStore;
}

/**
 * Makes the shop's storefront and stores; nothing is sent until a component subscribes.
 * @example
 * const shop = createShop(shopConfig(__DEMO_STORE__, location.origin));
 */
export function createShop(config: ShopConfig): Shop {
  const storefront = createStorefront({ storeUrl: config.storeUrl, token: config.token });
  const customer = createCustomerStore(storefront, { appClientId: config.appClientId, verifyUrl: `${config.apiBase}/verify-customer` });
  return {
    config,
    storefront,
    catalog: createCatalogCache(storefront, { dedupeTime: 60_000 }),
    cart: createCartStore(storefront, { include: ['lineItems.physicalItems.options', 'lineItems.digitalItems.options'] }),
    customer,
    shopper: createShopperStore(storefront, customer),
  };
}

export const ShopContext = createContext<Shop | null>(null);

/** The shop of the nearest ShopContext provider. */
export function useShop(): Shop {
  const shop = useContext(ShopContext);
  if (!shop) throw new Error('useShop: no <ShopContext.Provider> above this component');
  return shop;
}
