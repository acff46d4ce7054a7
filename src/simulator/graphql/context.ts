import type { CatalogCurrency } from '../catalog';
import type { SimulatorState } from '../server/route';
import type { ShopperSession } from '../server/session';
import type { CatalogIndex } from './catalog-index';

/** What every resolver of one request sees. */
export interface SimulatorContext {
  index: CatalogIndex;
  /** The shopper's locale (from Accept-Language); kept for parity, nothing is translated. */
  locale: string | undefined;
  /** The store's default currency, in which catalog amounts are stored. */
  defaultCurrency: CatalogCurrency;
  /** The customer of the request (customer access token, else session); undefined for a guest. */
  customerId: number | undefined;
  /** The simulator's state: carts, checkouts, orders and tokens live beside it. */
  state: SimulatorState;
  /** The store origin the request came to (`http://127.0.0.1:4321`), for absolute URLs. */
  origin: string;
  /** Whether a browser sent the request (it carried `Origin`); login then answers with a cookie, not a token. */
  browser: boolean;
  /** The request's shopper session (cookie); with `create`, one is made and its cookie set. */
  session: (create: boolean) => ShopperSession | undefined;
  /** The valid customer access token the request carried, if any. */
  customerAccessToken: string | undefined;
  /** The caller's IP address (a login JWT's `request_ip` must match it). */
  remoteAddress: string | undefined;
}
