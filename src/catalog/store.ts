import type { Storefront } from '../config';
import { execute, type ExecuteOptions } from '../graphql/execute';
import {
  CountriesDocument,
  CurrenciesDocument,
  StoreSettingsDocument,
  type CountriesQuery,
  type CurrenciesQuery,
  type StoreSettingsQuery,
} from '../graphql/generated/graphql';
import { nodesOf } from './page';

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
  const data = await execute(storefront, CurrenciesDocument, {}, options);
  return nodesOf(data.site.currencies);
}

/**
 * Fetches store settings (name, logo, default currency, URLs); `null` if the store hides them.
 * @example
 * const settings = await getStoreSettings(storefront);
 * document.title = settings?.storeName ?? '';
 */
export async function getStoreSettings(storefront: Storefront, options?: ExecuteOptions): Promise<StoreSettings | null> {
  const data = await execute(storefront, StoreSettingsDocument, {}, options);
  return data.site.settings ?? null;
}

/**
 * Fetches countries with their states or provinces.
 * @example
 * const us = (await getCountries(storefront)).find((c) => c.code === 'US');
 */
export async function getCountries(storefront: Storefront, options?: ExecuteOptions): Promise<Country[]> {
  const data = await execute(storefront, CountriesDocument, {}, options);
  return data.geography.countries ?? [];
}
