export { createStorefront, withShopper } from './create-storefront';
export type { RetryPolicy, ShopperPreferences, Storefront, StorefrontOptions } from './types';
