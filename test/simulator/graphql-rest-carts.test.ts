// One cart, two APIs: a cart made or changed over GraphQL is the REST API's cart for the same
// session cookie, with the same version, and the reverse.
import { describe, expect, it } from 'vitest';
import { gqlShopper } from './commerce-helpers';
import { restShopper, useRestSimulator } from './rest-helpers';

const suite = useRestSimulator();

/** A browser with a session (the first REST call starts it) and GraphQL sharing its cookie. */
async function browser() {
  const rest = restShopper(suite.url);
  expect((await rest.get('/carts')).body).toEqual([]);
  expect(rest.cookie).toMatch(/^SHOP_SESSION_TOKEN=/);
  return { rest, gql: gqlShopper(suite.url, suite.sim.token, { jar: rest }) };
}

describe('GraphQL and REST views of one cart', () => {
  it('a cart created over GraphQL with the session cookie is the session\'s REST cart', async () => {
    const { rest, gql } = await browser();
    const cart = (await gql.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 2 }] } })).cart.createCart.cart;
    const carts = (await rest.get('/carts')).body;
    expect(carts).toHaveLength(1);
    expect(carts[0]).toMatchObject({ id: cart.entityId, version: cart.version, baseAmount: cart.baseAmount.value, cartAmount: cart.amount.value });
    expect(carts[0].lineItems.physicalItems.map((i: any) => [i.id, i.productId, i.quantity])).toEqual(
      cart.lineItems.physicalItems.map((i: any) => [i.entityId, i.productEntityId, i.quantity]),
    );
    // Without an id, site.cart is the session's cart too.
    expect((await gql.data('TestGetCart')).site.cart.entityId).toBe(cart.entityId);
  });

  it('a REST cart changed over GraphQL shows the change and the new version over REST, and the reverse', async () => {
    const { rest, gql } = await browser();
    const created = (await rest.send('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] })).body;
    expect(created.version).toBe(1);
    const viaGql = (await gql.data('TestAddCartLineItems', {
      input: { cartEntityId: created.id, version: 1, data: { lineItems: [{ productEntityId: 109, quantity: 1 }] } },
    })).cart.addCartLineItems.cart;
    expect(viaGql.version).toBe(2);
    const afterGql = (await rest.get(`/carts/${created.id}`)).body;
    expect(afterGql.version).toBe(2);
    expect(afterGql.lineItems.physicalItems).toHaveLength(2);

    const line = afterGql.lineItems.physicalItems[0].id;
    const viaRest = (await rest.send('PUT', `/carts/${created.id}/items/${line}`, { lineItem: { productId: 105, quantity: 4 }, version: 2 })).body;
    expect(viaRest.version).toBe(3);
    const seen = (await gql.data('TestGetCart', { entityId: created.id })).site.cart;
    expect(seen.version).toBe(3);
    expect(seen.lineItems.physicalItems[0]).toMatchObject({ entityId: line, quantity: 4 });
  });

  it('a stale version is a conflict in either API after a change in the other', async () => {
    const { rest, gql } = await browser();
    const created = (await rest.send('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] })).body;
    await gql.data('TestAddCartLineItems', { input: { cartEntityId: created.id, data: { lineItems: [{ productEntityId: 111, quantity: 1 }] } } });
    const restStale = await rest.send('POST', `/carts/${created.id}/items`, { lineItems: [{ productId: 109, quantity: 1 }], version: 1 });
    expect(restStale.status).toBe(409);
    await rest.send('POST', `/carts/${created.id}/items`, { lineItems: [{ productId: 109, quantity: 1 }], version: 2 });
    const gqlStale = await gql.run('TestAddCartLineItems', { input: { cartEntityId: created.id, version: 2, data: { lineItems: [{ productEntityId: 111, quantity: 1 }] } } });
    expect(gqlStale.errors?.[0]?.extensions).toEqual({ code: 'CART_CONFLICT' });
  });

  it('checkout changes over GraphQL are the REST checkout\'s, version for version', async () => {
    const { rest, gql } = await browser();
    const created = (await rest.send('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] })).body;
    const checkout = (await gql.data('TestApplyCheckoutCoupon', { input: { checkoutEntityId: created.id, version: 1, data: { couponCode: 'TAKE5' } } }))
      .checkout.applyCheckoutCoupon.checkout;
    const viaRest = (await rest.get(`/checkouts/${created.id}`)).body;
    expect(viaRest.version).toBe(checkout.version);
    expect(viaRest.coupons.map((c: any) => c.code)).toEqual(['TAKE5']);
    expect(viaRest.grandTotal).toBe(checkout.grandTotal.value);
  });

  it('deleting over GraphQL empties the session\'s REST carts', async () => {
    const { rest, gql } = await browser();
    const created = (await rest.send('POST', '/carts', { lineItems: [{ productId: 105, quantity: 1 }] })).body;
    await gql.data('TestDeleteCart', { input: { cartEntityId: created.id } });
    expect((await rest.get('/carts')).body).toEqual([]);
    expect((await rest.get(`/carts/${created.id}`)).status).toBe(404);
  });

  it('a cart created over GraphQL without a cookie belongs to no session: REST cannot see it, GraphQL reaches it by id', async () => {
    const { rest } = await browser();
    const server = gqlShopper(suite.url, suite.sim.token);
    const cart = (await server.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 1 }] } })).cart.createCart.cart;
    expect((await rest.get('/carts')).body).toEqual([]);
    expect((await rest.get(`/carts/${cart.entityId}`)).status).toBe(404);
    expect((await server.data('TestGetCart', { entityId: cart.entityId })).site.cart.entityId).toBe(cart.entityId);
    expect((await server.data('TestGetCart')).site.cart).toBeNull();
  });
});
