// Types for the script-tag build (`bc-storefront/iife`, dist/bc-storefront.iife.js): it defines
// one global, `BCStorefront`, holding every export of the browser entry.
import type * as BCStorefrontModule from './dist/index.js';

declare global {
  /** bc-storefront's browser API, defined by the script-tag build. */
  var BCStorefront: typeof BCStorefrontModule;
}

export {};
