// getCheckoutUrls and redirectToCheckout against the simulator: createCartRedirectUrls over
// GraphQL with the storefront token, the store's own cart.php links back, typed refusals.
import { describe, expect, it } from 'vitest';
import { getCheckoutUrls, redirectToCheckout } from '../../src/checkout/checkout-urls';
import { GraphQLResponseError, InvalidArgumentError, NotFoundError } from '../../src/index';
import { gqlShopper } from '../simulator/commerce-helpers';
import { recordingFetch, rejectionOf, useSimulator } from './helpers';

const suite = useSimulator();

async function newCart(): Promise<string> {
  const gql = gqlShopper(suite.url, suite.sim.token);
  return (await gql.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 1 }] } })).cart.createCart.cart.entityId;
}

const link = (embedded: boolean, cartId: string) =>
  new RegExp(`^${suite.url.replace(/\./g, '\\.')}/cart\\.php\\?${embedded ? 'embedded=1&' : ''}action=loadInCheckout&id=${cartId}&token=[0-9a-f]{64}$`);

describe('getCheckoutUrls', () => {
  it('asks createCartRedirectUrls for the cart and answers both URLs, in one request', async () => {
    const cartId = await newCart();
    suite.sim.clearLog();
    const recorder = recordingFetch();
    const urls = await getCheckoutUrls(suite.storefront({ fetch: recorder.fetch }), cartId);
    expect(urls.checkoutUrl).toMatch(link(false, cartId));
    expect(urls.embeddedCheckoutUrl).toMatch(link(true, cartId));
    expect(recorder.requests).toHaveLength(1);
    const [sent] = recorder.requests;
    expect([sent!.method, sent!.url, sent!.headers.get('authorization'), sent!.body.variables]).toEqual([
      'POST', `${suite.url}/graphql`, `Bearer ${suite.sim.token}`, { cartEntityId: cartId },
    ]);
    expect(sent!.body.query).toMatch(/^\s*mutation CreateCartRedirectUrls\(/);
    expect(suite.graphql('CreateCartRedirectUrls').map((entry) => entry.status)).toEqual([200]);
  });

  it('answers fresh single-use tokens on every call', async () => {
    const cartId = await newCart();
    const [a, b] = await Promise.all([getCheckoutUrls(suite.storefront(), cartId), getCheckoutUrls(suite.storefront(), cartId)]);
    expect(a.checkoutUrl).not.toBe(b.checkoutUrl);
  });

  it('throws NotFoundError for a cart the store does not know, naming the operation only', async () => {
    const error = await rejectionOf(getCheckoutUrls(suite.storefront(), 'no-such-cart'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe('ERR_NOT_FOUND');
    expect(error.operation).toBe('CreateCartRedirectUrls');
    expect(error.message).not.toContain('no-such-cart');
    expect(error.retryable).toBe(false);
  });

  it('throws InvalidArgumentError for an empty id, before any request', async () => {
    const error = await rejectionOf(getCheckoutUrls(suite.storefront(), ''));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.argument).toBe('cartId');
    expect(suite.graphql()).toEqual([]);
  });

  it('maps GraphQL errors to the family (a mutation is not retried)', async () => {
    const fetch: typeof globalThis.fetch = async () =>
      Response.json({ data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }] });
    const error = await rejectionOf(getCheckoutUrls(suite.storefront({ fetch }), 'c1'));
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error.code).toBe('ERR_GRAPHQL');
  });
});

describe('redirectToCheckout', () => {
  it('navigates the injected location to the hosted checkout URL and resolves with it', async () => {
    const cartId = await newCart();
    const assigned: string[] = [];
    const url = await redirectToCheckout(suite.storefront(), cartId, { location: { assign: (to) => void assigned.push(String(to)) } });
    expect(url).toMatch(link(false, cartId));
    expect(assigned).toEqual([url]);
    // The store's link works: it loads the cart into a browser session and lands on /checkout.
    const res = await fetch(url, { redirect: 'manual' });
    expect([res.status, res.headers.get('location')]).toEqual([302, '/checkout']);
  });

  it('does not navigate when the cart is unknown', async () => {
    const assigned: string[] = [];
    const error = await rejectionOf(redirectToCheckout(suite.storefront(), 'gone', { location: { assign: (to) => void assigned.push(String(to)) } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(assigned).toEqual([]);
  });

  it('refuses to run without a location (server side), sending nothing', async () => {
    const error = await rejectionOf(redirectToCheckout(suite.storefront(), 'c1'));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.argument).toBe('location');
    expect(suite.graphql()).toEqual([]);
  });
});
