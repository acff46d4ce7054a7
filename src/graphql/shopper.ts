import type { Storefront } from '../config';
import type { CurrencyCode } from './generated/graphql';

/**
 * The shopper's currency as a GraphQL variable, so every price-bearing query answers in the
 * currency the shopper chose (`createStorefront({ currencyCode })` or `withShopper`). The
 * locale travels as the `Accept-Language` header instead, set by the transport.
 */
export function shopperVariables(storefront: Storefront): { currencyCode?: CurrencyCode } {
  return storefront.currencyCode ? { currencyCode: storefront.currencyCode as CurrencyCode } : {};
}
