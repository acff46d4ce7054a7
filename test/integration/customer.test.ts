import { beforeAll, describe, expect, it } from 'vitest';
import { getCustomer, getCustomerAddresses } from '../../src/customer/profile';
import { addWishlistItems, createWishlist, getWishlists, removeWishlistItems } from '../../src/customer/wishlists';
import type { StorefrontOptions } from '../../src/index';
import { cookieFetch, signInCookie } from './customer-session';
import { expectNoSecret, recordingFetch, rejectionOf, useSimulator } from './helpers';

const suite = useSimulator();
let jane = '';
beforeAll(async () => {
  jane = await signInCookie(suite.url, suite.sim, 1);
});

/** A storefront whose requests carry `cookie` (a browser on the store's origin), and what it sent. */
function shopper(cookie: string | undefined, options: Partial<StorefrontOptions> = {}) {
  const recorder = recordingFetch();
  const fetch = cookie === undefined ? recorder.fetch : cookieFetch(cookie, recorder.fetch);
  return { storefront: suite.storefront({ fetch, ...options }), requests: recorder.requests };
}

describe('getCustomer and getCustomerAddresses', () => {
  it("answer the session's shopper, sending the session cookie with the storefront token", async () => {
    const { storefront, requests } = shopper(jane);
    expect(await getCustomer(storefront)).toEqual({
      entityId: 1,
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane@example.com',
      phone: '555-0100',
      company: '',
      customerGroupId: 1,
      storeCredit: [{ currencyCode: 'USD', value: 25 }],
    });
    const [sent] = requests;
    expect([sent!.method, sent!.url, sent!.headers.get('cookie'), sent!.headers.get('authorization')]).toEqual([
      'POST',
      `${suite.url}/graphql`,
      jane,
      `Bearer ${suite.sim.token}`,
    ]);
    expect(sent!.body.query).toMatch(/^\s*query CustomerProfile\b/);
    expect(await getCustomerAddresses(storefront)).toEqual([
      expect.objectContaining({ entityId: 1, address1: '12 Orchard Lane', city: 'Austin', country: 'United States', countryCode: 'US' }),
    ]);
    expect(suite.graphql().map((entry) => [entry.operationName, entry.status])).toEqual([
      ['CustomerProfile', 200],
      ['CustomerAddresses', 200],
    ]);
  });

  it('answer null for a guest', async () => {
    const { storefront, requests } = shopper(undefined);
    expect(await getCustomer(storefront)).toBeNull();
    expect(await getCustomerAddresses(storefront)).toBeNull();
    expect(await getWishlists(storefront)).toBeNull();
    expect(requests.map((r) => r.headers.get('cookie'))).toEqual([null, null, null]);
  });

  it('are reads: a 503 is retried', async () => {
    suite.sim.fault({ kind: 'status', status: 503, match: { operationName: 'CustomerProfile' } });
    expect((await getCustomer(shopper(jane).storefront))?.entityId).toBe(1);
    expect(suite.graphql('CustomerProfile').map((e) => e.status)).toEqual([503, 200]);
  });
});

describe('wishlists', () => {
  it('getWishlists flattens items and prices them in the storefront currency', async () => {
    const { storefront, requests } = shopper(jane, { currencyCode: 'EUR' });
    const lists = await getWishlists(storefront);
    expect(requests[0]!.body.variables).toEqual({ currencyCode: 'EUR' });
    const bath = lists?.find((list) => list.entityId === 1);
    expect(bath).toMatchObject({ name: 'Bathroom refresh', isPublic: false, token: 'wl-jane-bath', totalItems: 2 });
    expect(bath?.items.map((item) => [item.productEntityId, item.product?.name, item.product?.prices?.price.currencyCode])).toEqual([
      [101, 'Turkish Cotton Bath Towel', 'EUR'],
      [104, 'Bamboo Bath Mat', 'EUR'],
    ]);
  });

  it('create, add to and remove from a wishlist, each sent once, and the store keeps the changes', async () => {
    const { storefront, requests } = shopper(jane);
    const created = await createWishlist(storefront, { name: 'Kitchen', productIds: [113] });
    expect(requests[0]!.body.variables).toEqual({ input: { name: 'Kitchen', isPublic: false, items: [{ productEntityId: 113 }] } });
    expect(created).toMatchObject({ name: 'Kitchen', isPublic: false, totalItems: 1, items: [{ productEntityId: 113 }] });

    const added = await addWishlistItems(storefront, created.entityId, [108, 113]);
    expect(requests[1]!.body.variables).toEqual({
      input: { entityId: created.entityId, items: [{ productEntityId: 108 }, { productEntityId: 113 }] },
    });
    expect(added.items.map((item) => item.productEntityId)).toEqual([113, 108]);

    const mug = added.items[0]!.entityId;
    const removed = await removeWishlistItems(storefront, created.entityId, [mug]);
    expect(requests[2]!.body.variables).toEqual({ input: { entityId: created.entityId, itemEntityIds: [mug] } });
    expect(removed.items.map((item) => item.product?.name)).toEqual(['Cast Iron Skillet']);

    const stored = (await getWishlists(storefront))?.find((list) => list.entityId === created.entityId);
    expect(stored?.items.map((item) => item.entityId)).toEqual(removed.items.map((item) => item.entityId));
    expect(suite.graphql().map((entry) => entry.operationName)).toEqual([
      'CreateWishlist',
      'AddWishlistItems',
      'DeleteWishlistItems',
      'CustomerWishlists',
    ]);
  });

  it('a mutation is not retried: one 503 fails it with the HTTP error', async () => {
    suite.sim.fault({ kind: 'status', status: 503 });
    const error = await rejectionOf(createWishlist(shopper(jane).storefront, { name: 'Once' }));
    expect(error).toMatchObject({ code: 'ERR_HTTP', status: 503, operation: 'CreateWishlist' });
    expect(suite.graphql().map((e) => e.status)).toEqual([503]);
  });

  it('a mutation answered without its payload and without errors is a MalformedResponseError', async () => {
    suite.sim.fault({ kind: 'status', status: 200, body: '{"data":{"wishlist":{"createWishlist":null}}}' });
    const error = await rejectionOf(createWishlist(shopper(jane).storefront, { name: 'Lost' }));
    expect(error).toMatchObject({ code: 'ERR_MALFORMED_RESPONSE', operation: 'CreateWishlist' });
  });

  it("a guest's wishlist change is refused by the store with a GraphQL error", async () => {
    const { storefront } = shopper(undefined);
    const error = await rejectionOf(addWishlistItems(storefront, 1, [113]));
    expect(error).toMatchObject({ name: 'GraphQLResponseError', code: 'ERR_GRAPHQL', operation: 'AddWishlistItems' });
    expect(error.errors.map((e: { message: string }) => e.message)).toEqual(['Customer is not logged in']);
    expectNoSecret(error, suite.sim.token);
  });

  it('an unknown product is refused by the store and nothing changes', async () => {
    const { storefront } = shopper(jane);
    const before = (await getWishlists(storefront))?.find((list) => list.entityId === 1);
    const error = await rejectionOf(addWishlistItems(storefront, 1, [9999]));
    expect(error.errors.map((e: { message: string }) => e.message)).toEqual(['Product 9999 does not exist']);
    expect((await getWishlists(storefront))?.find((list) => list.entityId === 1)).toEqual(before);
  });

  it.each([
    ['a blank name', () => createWishlist(shopper(jane).storefront, { name: '  ' }), 'name'],
    ['a bad product id', () => createWishlist(shopper(jane).storefront, { name: 'X', productIds: [1.5] }), 'productIds'],
    ['a bad wishlist id', () => addWishlistItems(shopper(jane).storefront, 0, [101]), 'wishlistId'],
    ['no products', () => addWishlistItems(shopper(jane).storefront, 1, []), 'productIds'],
    ['no items', () => removeWishlistItems(shopper(jane).storefront, 1, []), 'itemIds'],
    ['a bad item id', () => removeWishlistItems(shopper(jane).storefront, 1, [-1]), 'itemIds'],
  ])('refuses %s before any request', async (_case, call, argument) => {
    const error = await rejectionOf(call());
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARGUMENT', argument });
    expect(suite.graphql()).toEqual([]);
  });
});
