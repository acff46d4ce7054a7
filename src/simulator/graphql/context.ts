import type { CatalogCurrency } from '../catalog';
import type { CatalogIndex } from './catalog-index';

/** What every resolver of one request sees. */
export interface SimulatorContext {
  index: CatalogIndex;
  /** The shopper's locale (from Accept-Language); kept for parity, nothing is translated. */
  locale: string | undefined;
  /** The store's default currency, in which catalog amounts are stored. */
  defaultCurrency: CatalogCurrency;
  /** The customer signed in to the request's session; undefined for a guest. */
  customerId: number | undefined;
}
