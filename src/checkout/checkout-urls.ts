import type { Storefront } from '../config/types';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { NotFoundError } from '../errors/not-found-error';
import type { ExecuteOptions } from '../graphql/execute';
import { run } from '../graphql/run';
import { CreateCartRedirectUrlsDocument } from '../graphql/generated/graphql';

/** The store's own checkout pages for one cart; each URL is single-use and short-lived. */
export interface CheckoutUrls {
  /** The hosted checkout: send the shopper there with a navigation. */
  checkoutUrl: string;
  /** The same checkout made to be framed on the headless site (see `embedCheckout`). */
  embeddedCheckoutUrl: string;
}

const OPERATION = 'CreateCartRedirectUrls';

/**
 * Asks the store for its hosted and embedded checkout URLs for a cart (`createCartRedirectUrls`).
 * The URLs carry the store's own one-time token and expire in seconds: ask just before use.
 * @throws {InvalidArgumentError} for an empty cart id (nothing is sent)
 * @throws {NotFoundError} when the store knows no such cart (or it became an order)
 * @throws the errors of `execute` (GraphQLResponseError, UnauthorizedError, NetworkError, ...)
 * @example
 * ```ts
 * const { checkoutUrl } = await getCheckoutUrls(storefront, cartId);
 * ```
 */
export async function getCheckoutUrls(storefront: Storefront, cartId: string, options?: ExecuteOptions): Promise<CheckoutUrls> {
  if (typeof cartId !== 'string' || !cartId) throw new InvalidArgumentError(OPERATION, 'cartId', 'must be a cart id');
  const payload = await run(storefront, CreateCartRedirectUrlsDocument, { cartEntityId: cartId }, options, (data) => data.cart.createCartRedirectUrls);
  const urls = payload.redirectUrls;
  // The union has one member today (NotFoundError); any refusal means there is no such cart.
  if (!urls || payload.errors.length > 0) throw new NotFoundError(OPERATION, 'the store has no such cart');
  return { checkoutUrl: urls.redirectedCheckoutUrl, embeddedCheckoutUrl: urls.embeddedCheckoutUrl };
}

/** Options of {@link redirectToCheckout}. */
export interface RedirectToCheckoutOptions extends ExecuteOptions {
  /** Where to navigate; default the page's `location` (inject one in tests or a router). */
  location?: Pick<Location, 'assign'> | undefined;
}

/**
 * Sends the shopper to the store's hosted checkout for a cart: gets a fresh redirect URL, then
 * navigates to it. Resolves with the URL once the navigation has started.
 * @throws {InvalidArgumentError} without a `location` where the page has none (SSR)
 * @throws as {@link getCheckoutUrls}
 * @example
 * ```ts
 * checkoutButton.onclick = () => redirectToCheckout(storefront, cartId);
 * ```
 */
export async function redirectToCheckout(storefront: Storefront, cartId: string, options: RedirectToCheckoutOptions = {}): Promise<string> {
  const { location = globalThis.location, ...rest } = options;
  if (!location) throw new InvalidArgumentError('redirectToCheckout', 'location', 'is required outside a browser page');
  const { checkoutUrl } = await getCheckoutUrls(storefront, cartId, rest);
  location.assign(checkoutUrl);
  return checkoutUrl;
}
