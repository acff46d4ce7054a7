import { StorefrontError } from './storefront-error';

/**
 * A call only the store's own pages may make was about to leave a page on another origin. The
 * REST Storefront API and `/customer/current.jwt` answer same-origin requests only (BigCommerce
 * sends them no CORS headers), so the browser would refuse the answer; this error says so before
 * anything is sent, instead of a bare NetworkError. Nothing was sent: no retry can help.
 */
export class OriginError extends StorefrontError {
  override name = 'OriginError';
  readonly code = 'ERR_ORIGIN';
  /** Where the page runs, e.g. `https://www.example.com`. */
  readonly pageOrigin: string;
  /** The store's origin the call was for. */
  readonly storeOrigin: string;

  constructor(operation: string, pageOrigin: string, storeOrigin: string) {
    // The advice fits both callers: the cart has GraphQL transports, the shopper a GraphQL `customer`.
    super(operation, `only ${storeOrigin}'s own pages may call it, not ${pageOrigin}: use GraphQL (autoCart, graphqlCart)`);
    this.pageOrigin = pageOrigin;
    this.storeOrigin = storeOrigin;
  }
}
