// Where the shop's store is, in one place. The demo server defines __DEMO_STORE__; `storeUrl` null
// means the page's own origin (the embedded simulator). A page served from another origin than its
// store changes only what this file returns.

/** What the demo server tells the page about the store (see demo/vite.config.ts). */
export interface DemoStore {
  storeUrl: string | null;
  token: string;
  appClientId: string;
}

/** The shop's settings, resolved against the page it runs in. */
export interface ShopConfig {
  /** The store's origin: GraphQL, the REST Storefront API, current.jwt and login/logout live there. */
  storeUrl: string;
  token: string;
  appClientId: string;
  /** The shop's own server routes (login, current-customer verification, the payment step). */
  apiBase: string;
}

/**
 * The shop's configuration for a page at `pageOrigin`.
 * @example
 * const config = shopConfig(__DEMO_STORE__, location.origin);
 */
export function shopConfig(store: DemoStore, pageOrigin: string): ShopConfig {
  return {
    storeUrl: store.storeUrl ?? pageOrigin,
    token: store.token,
    appClientId: store.appClientId,
    apiBase: `${pageOrigin}/demo-api`,
  };
}
