// createCartRedirectUrls and the pages behind them: /cart.php loads the cart (and its customer)
// into a browser session, /checkout and /embedded-checkout show it and place the order, and the
// embedded page posts its outcome to the parent frame.
import { describe, expect, it } from 'vitest';
import { US_ADDRESS_INPUT, gqlShopper } from './commerce-helpers';
import { restShopper, useRestSimulator } from './rest-helpers';

const suite = useRestSimulator();
const server = (customerAccessToken?: string) => gqlShopper(suite.url, suite.sim.token, customerAccessToken ? { customerAccessToken } : {});

async function cartWithUrls(customerAccessToken?: string) {
  const client = server(customerAccessToken);
  const cart = (await client.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 2 }] } })).cart.createCart.cart;
  const result = (await client.data('TestCreateCartRedirectUrls', { input: { cartEntityId: cart.entityId } })).cart.createCartRedirectUrls;
  return { cart, ...result };
}

/** A browser: follows no redirects, keeps the session cookie. */
function browser() {
  const jar = restShopper(suite.url);
  return {
    jar,
    async open(url: string, init: RequestInit = {}) {
      const res = await fetch(url, { redirect: 'manual', ...init, headers: { ...(jar.cookie ? { Cookie: jar.cookie } : {}), ...(init.headers as Record<string, string>) } });
      const set = res.headers.getSetCookie().map((c) => c.split(';', 1)[0] as string).find((c) => c.startsWith('SHOP_SESSION_TOKEN='));
      if (set) jar.cookie = set;
      return res;
    },
  };
}

describe('cart.createCartRedirectUrls', () => {
  it('answers hosted and embedded checkout URLs on the simulator\'s origin, shaped like BigCommerce\'s', async () => {
    const { cart, redirectUrls, errors } = await cartWithUrls();
    expect(errors).toEqual([]);
    const pattern = (embedded: string) =>
      new RegExp(`^${suite.url.replace(/[.]/g, '\\.')}/cart\\.php\\?${embedded}action=loadInCheckout&id=${cart.entityId}&token=[0-9a-f]{64}$`);
    expect(redirectUrls.redirectedCheckoutUrl).toMatch(pattern(''));
    expect(redirectUrls.embeddedCheckoutUrl).toMatch(pattern('embedded=1&'));
  });

  it('answers a NotFoundError in errors for a cart the request cannot reach', async () => {
    const result = (await server().data('TestCreateCartRedirectUrls', { input: { cartEntityId: 'nope' } })).cart.createCartRedirectUrls;
    expect(result).toEqual({ redirectUrls: null, errors: [{ __typename: 'NotFoundError', message: 'Cart nope was not found.' }] });
  });
});

describe('/cart.php?action=loadInCheckout', () => {
  it('loads the cart into the browser\'s session and redirects to the hosted checkout', async () => {
    const { cart, redirectUrls } = await cartWithUrls();
    const b = browser();
    const res = await b.open(redirectUrls.redirectedCheckoutUrl);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/checkout');
    const carts = (await b.jar.get('/carts')).body;
    expect(carts.map((c: any) => c.id)).toEqual([cart.entityId]);
    const page = await b.open(`${suite.url}/checkout`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('2 × Ceramic Soap Dish');
    expect(html).toContain('id="place-order"');
  });

  it('signs the cart\'s customer in to the browser (session sync)', async () => {
    const { customerAccessToken } = (await server().data('TestLogin', { email: 'jane@example.com', password: 'correct horse battery' })).login;
    const { redirectUrls } = await cartWithUrls(customerAccessToken.value);
    const b = browser();
    await b.open(redirectUrls.redirectedCheckoutUrl);
    const inSession = gqlShopper(suite.url, suite.sim.token, { jar: b.jar });
    expect((await inSession.data('TestCustomer')).customer.entityId).toBe(1);
  });

  it('refuses a token not issued for the cart, and the log never holds the token', async () => {
    const { cart, redirectUrls } = await cartWithUrls();
    const b = browser();
    const forged = await b.open(`${suite.url}/cart.php?action=loadInCheckout&id=${cart.entityId}&token=${'0'.repeat(64)}`);
    expect(forged.status).toBe(403);
    expect(b.jar.cookie).toBeUndefined();
    await b.open(redirectUrls.redirectedCheckoutUrl);
    const logged = suite.sim.requests().filter((entry) => entry.path === '/cart.php');
    expect(logged.length).toBeGreaterThan(0);
    for (const entry of logged) expect(entry.query['token']).toBe('[redacted]');
  });
});

describe('/embedded-checkout', () => {
  it('lands the embedded URL on a frameable page that posts checkout-sdk\'s events to its parent', async () => {
    const { redirectUrls } = await cartWithUrls();
    const b = browser();
    const res = await b.open(redirectUrls.embeddedCheckoutUrl);
    const location = res.headers.get('location') ?? '';
    // The frame names its cart by the link, as cross-site frames keep no Lax session cookie.
    expect(location).toMatch(/^\/embedded-checkout\?id=[0-9a-f-]{36}&token=[0-9a-f]{64}$/);
    const page = await fetch(`${suite.url}${location}`);
    expect(page.headers.get('x-frame-options')).toBeNull();
    const html = await page.text();
    for (const event of ['FRAME_LOADED', 'FRAME_ERROR', 'CHECKOUT_LOADED', 'CHECKOUT_COMPLETE', 'CHECKOUT_ERROR']) expect(html).toContain(event);
    expect(html).toContain('window.parent.postMessage');
    // Content in a tagged element, for iframe-resizer's sizing; it answers the host's [iFrameSizer] init.
    expect(html).toContain('<main id="checkout-app">');
    expect(html).toContain('[iFrameSizer]');
  });

  it('serves the embedded page without a checkout when the link names none, so it posts FRAME_ERROR', async () => {
    const html = await (await fetch(`${suite.url}/embedded-checkout?id=nope&token=${'0'.repeat(64)}`)).text();
    expect(html).toContain('id="empty"');
    expect(html).not.toContain('id="place-order"');
    expect(html).toMatch(/if \(false\)/);
  });

  it('places the session\'s order once the checkout is ready, and says what is missing before', async () => {
    const { cart, redirectUrls } = await cartWithUrls();
    const b = browser();
    await b.open(redirectUrls.redirectedCheckoutUrl);
    const early = await b.open(`${suite.url}/checkout/place-order`, { method: 'POST' });
    expect(early.status).toBe(422);
    expect((await early.json()).detail).toMatch(/no billing address/);

    const gql = server();
    const id = cart.entityId;
    await gql.data('TestAddCheckoutBillingAddress', { input: { checkoutEntityId: id, data: { address: US_ADDRESS_INPUT } } });
    const shipped = (await gql.data('TestAddCheckoutShippingConsignments', {
      input: { checkoutEntityId: id, data: { consignments: [{ address: US_ADDRESS_INPUT, lineItems: [{ lineItemEntityId: cart.lineItems.physicalItems[0].entityId, quantity: 2 }] }] } },
    })).checkout.addCheckoutShippingConsignments.checkout;
    const consignment = shipped.shippingConsignments[0];
    await gql.data('TestSelectCheckoutShippingOption', {
      input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } },
    });
    const placed = await b.open(`${suite.url}/checkout/place-order`, { method: 'POST' });
    expect(placed.status).toBe(200);
    const { orderId } = (await placed.json()) as { orderId: number };
    expect((await b.jar.get(`/orders/${orderId}`)).status).toBe(200);
    expect((await b.open(`${suite.url}/checkout/place-order`, { method: 'POST' })).status).toBe(404);
  });

  it('answers 405 for other methods', async () => {
    expect((await fetch(`${suite.url}/checkout`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${suite.url}/checkout/place-order`)).status).toBe(405);
  });
});
