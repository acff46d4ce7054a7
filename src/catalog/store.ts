import type { Storefront } from '../config';
import type { ExecuteOptions } from '../graphql/execute';
import {
  CountriesDocument,
  CurrenciesDocument,
  StoreSettingsDocument,
  type CountriesQuery,
  type CurrenciesQuery,
  type StoreSettingsQuery,
} from '../graphql/generated/graphql';
import { nodesOf } from '../graphql/connection';
import { run } from '../graphql/run';

/** A currency the store sells in, with what is needed to format amounts. */
export type Currency = NonNullable<NonNullable<CurrenciesQuery['site']['currencies']['edges']>[number]>['node'];
/** Store-wide settings: name, logo, default currency, URLs, status, contact. */
export type StoreSettings = NonNullable<StoreSettingsQuery['site']['settings']>;
/** A country with its states or provinces, for address forms. */
export type Country = NonNullable<CountriesQuery['geography']['countries']>[number];

/**
 * Fetches the store's currencies (up to 50, BigCommerce's page cap).
 * @example
 * const active = (await getCurrencies(storefront)).filter((c) => c.isActive);
 */
export async function getCurrencies(storefront: Storefront, options?: ExecuteOptions): Promise<Currency[]> {
  return run(storefront, CurrenciesDocument, {}, options, (data) => nodesOf(data.site.currencies));
}

/**
 * Fetches store settings (name, logo, default currency, URLs); `null` if the store hides them.
 * @example
 * const settings = await getStoreSettings(storefront);
 * document.title = settings?.storeName ?? '';
 */
export async function getStoreSettings(storefront: Storefront, options?: ExecuteOptions): Promise<StoreSettings | null> {
  return run(storefront, StoreSettingsDocument, {}, options, (data) => data.site.settings ?? null);
}

/**
 * Fetches countries with their states or provinces.
 * @example
 * const us = (await getCountries(storefront)).find((c) => c.code === 'US');
 */
export async function getCountries(storefront: Storefront, options?: ExecuteOptions): Promise<Country[]> {
  return run(storefront, CountriesDocument, {}, options, (data) => data.geography.countries ?? []);
}
