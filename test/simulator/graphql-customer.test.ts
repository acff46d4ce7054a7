import { describe, expect, it } from 'vitest';
import { simulatorRunner, nodes } from './graphql-helpers';

const JANE = { customerId: 1 };
const SAM = { customerId: 2 };

/** The item ids and product ids of a Wishlist answer. */
const itemsOf = (wishlist: any) => nodes<any>(wishlist.items).map((item) => [item.entityId, item.productEntityId]);

describe('Query.customer', () => {
  it('is null for a guest, with no error', async () => {
    const sim = simulatorRunner();
    for (const name of ['CustomerProfile', 'CustomerAddresses', 'CustomerWishlists']) {
      expect(await sim.result(name)).toEqual({ data: { customer: null } });
    }
  });

  it('is null for a session naming a customer the store no longer has', async () => {
    const sim = simulatorRunner();
    expect(await sim.result('CustomerProfile', {}, { customerId: 99 })).toEqual({ data: { customer: null } });
  });

  it("answers the signed-in shopper's profile and store credit in the default currency", async () => {
    const sim = simulatorRunner();
    expect(await sim.data('CustomerProfile', {}, JANE)).toEqual({
      customer: {
        entityId: 1,
        firstName: 'Jane',
        lastName: 'Doe',
        email: 'jane@example.com',
        phone: '555-0100',
        company: '',
        customerGroupId: 1,
        storeCredit: [{ currencyCode: 'USD', value: 25 }],
      },
    });
    const sam = await sim.data<any>('CustomerProfile', {}, SAM);
    expect([sam.customer.entityId, sam.customer.company, sam.customer.storeCredit]).toEqual([
      2,
      'Patel Gardens',
      [{ currencyCode: 'USD', value: 0 }],
    ]);
  });

  it('answers the address book with the country name from the store geography', async () => {
    const sim = simulatorRunner();
    const data = await sim.data<any>('CustomerAddresses', {}, SAM);
    expect(data.customer.addresses.collectionInfo).toEqual({ totalItems: 1 });
    expect(nodes(data.customer.addresses)).toEqual([
      {
        entityId: 2,
        firstName: 'Sam',
        lastName: 'Patel',
        company: 'Patel Gardens',
        address1: '3 Kiln Road',
        address2: '',
        city: 'Bristol',
        stateOrProvince: '',
        postalCode: 'BS1 4DJ',
        country: 'United Kingdom',
        countryCode: 'GB',
        phone: '',
      },
    ]);
  });

  it('answers each shopper their own wishlists only, priced in the requested currency', async () => {
    const sim = simulatorRunner();
    const jane = await sim.data<any>('CustomerWishlists', { currencyCode: 'EUR' }, JANE);
    const [list] = nodes<any>(jane.customer.wishlists);
    expect([list.entityId, list.name, list.isPublic, list.token]).toEqual([1, 'Bathroom refresh', false, 'wl-jane-bath']);
    expect(itemsOf(list)).toEqual([[1, 101], [2, 104]]);
    expect(list.items.collectionInfo).toEqual({ totalItems: 2 });
    expect(nodes<any>(list.items)[0].product).toMatchObject({ entityId: 101, path: '/turkish-cotton-bath-towel/' });
    expect(nodes<any>(list.items)[0].product.prices.price.currencyCode).toBe('EUR');
    expect(nodes((await sim.data<any>('CustomerWishlists', {}, SAM)).customer.wishlists)).toEqual([]);
  });

  it('keeps an item whose product was hidden, with a null product', async () => {
    const sim = simulatorRunner();
    sim.catalog.products.find((p) => p.id === 104)!.isVisible = false;
    const [list] = nodes<any>((await sim.data<any>('CustomerWishlists', {}, JANE)).customer.wishlists);
    expect(nodes<any>(list.items).map((item) => [item.entityId, item.productEntityId, item.product?.entityId ?? null])).toEqual([
      [1, 101, 101],
      [2, 104, null],
    ]);
  });
});

describe('Mutation.wishlist', () => {
  it('createWishlist stores a new wishlist for the shopper, each product once', async () => {
    const sim = simulatorRunner();
    const data = await sim.data<any>(
      'CreateWishlist',
      { input: { name: 'Kitchen', isPublic: true, items: [{ productEntityId: 113 }, { productEntityId: 113 }, { productEntityId: 101 }] } },
      SAM,
    );
    const created = data.wishlist.createWishlist.result;
    expect([created.entityId, created.name, created.isPublic]).toEqual([2, 'Kitchen', true]);
    expect(created.token).toMatch(/^[0-9a-f]{32}$/);
    // Item ids continue after the seeded ones (Jane's 1 and 2).
    expect(itemsOf(created)).toEqual([[3, 113], [4, 101]]);
    const sam = sim.catalog.customers.find((c) => c.id === 2)!;
    expect(sam.wishlists).toEqual([{ id: 2, name: 'Kitchen', isPublic: true, token: created.token, productIds: [113, 101] }]);
    const listed = nodes<any>((await sim.data<any>('CustomerWishlists', {}, SAM)).customer.wishlists);
    expect(listed.map((w) => [w.entityId, itemsOf(w)])).toEqual([[2, [[3, 113], [4, 101]]]]);
  });

  it('createWishlist without items makes an empty wishlist', async () => {
    const sim = simulatorRunner();
    const data = await sim.data<any>('CreateWishlist', { input: { name: 'Later', isPublic: false } }, JANE);
    expect(data.wishlist.createWishlist.result).toMatchObject({ entityId: 2, name: 'Later', items: { edges: [], collectionInfo: { totalItems: 0 } } });
  });

  it('addWishlistItems appends new products and keeps the item of one already there', async () => {
    const sim = simulatorRunner();
    const data = await sim.data<any>('AddWishlistItems', { input: { entityId: 1, items: [{ productEntityId: 104 }, { productEntityId: 113 }] } }, JANE);
    expect(itemsOf(data.wishlist.addWishlistItems.result)).toEqual([[1, 101], [2, 104], [3, 113]]);
    expect(sim.catalog.customers[0]!.wishlists[0]!.productIds).toEqual([101, 104, 113]);
  });

  it('deleteWishlistItems removes by item id, ignores unknown ids, and a re-added product gets a new item id', async () => {
    const sim = simulatorRunner();
    const data = await sim.data<any>('DeleteWishlistItems', { input: { entityId: 1, itemEntityIds: [1, 999] } }, JANE);
    expect(itemsOf(data.wishlist.deleteWishlistItems.result)).toEqual([[2, 104]]);
    expect(sim.catalog.customers[0]!.wishlists[0]!.productIds).toEqual([104]);
    const again = await sim.data<any>('AddWishlistItems', { input: { entityId: 1, items: [{ productEntityId: 101 }] } }, JANE);
    expect(itemsOf(again.wishlist.addWishlistItems.result)).toEqual([[2, 104], [3, 101]]);
  });

  it.each([
    ['CreateWishlist', { input: { name: 'Mine', isPublic: false } }, 'createWishlist'],
    ['AddWishlistItems', { input: { entityId: 1, items: [{ productEntityId: 113 }] } }, 'addWishlistItems'],
    ['DeleteWishlistItems', { input: { entityId: 1, itemEntityIds: [1] } }, 'deleteWishlistItems'],
  ])('%s refuses a guest with an error and changes nothing', async (name, variables, field) => {
    const sim = simulatorRunner();
    const before = structuredClone(sim.catalog.customers);
    const result = await sim.result(name, variables);
    expect(result.errors?.map((e) => [e.message, e.path])).toEqual([['Customer is not logged in', ['wishlist', field]]]);
    expect(result.data).toEqual({ wishlist: { [field]: null } });
    expect(sim.catalog.customers).toEqual(before);
  });

  it("refuses another customer's wishlist as if it did not exist", async () => {
    const sim = simulatorRunner();
    const before = structuredClone(sim.catalog.customers);
    for (const [name, variables] of [
      ['AddWishlistItems', { input: { entityId: 1, items: [{ productEntityId: 113 }] } }],
      ['DeleteWishlistItems', { input: { entityId: 1, itemEntityIds: [1] } }],
    ] as const) {
      const result = await sim.result(name, variables, SAM);
      expect(result.errors?.map((e) => e.message)).toEqual(['Wishlist 1 does not exist']);
    }
    expect(sim.catalog.customers).toEqual(before);
  });

  it('refuses unknown and hidden products and changes nothing', async () => {
    const sim = simulatorRunner();
    sim.catalog.products.find((p) => p.id === 113)!.isVisible = false;
    const before = structuredClone(sim.catalog.customers);
    const created = await sim.result('CreateWishlist', { input: { name: 'X', isPublic: false, items: [{ productEntityId: 101 }, { productEntityId: 9999 }] } }, JANE);
    expect(created.errors?.map((e) => e.message)).toEqual(['Product 9999 does not exist']);
    expect(created.data).toEqual({ wishlist: { createWishlist: null } });
    const added = await sim.result('AddWishlistItems', { input: { entityId: 1, items: [{ productEntityId: 113 }] } }, JANE);
    expect(added.errors?.map((e) => e.message)).toEqual(['Product 113 does not exist']);
    expect(sim.catalog.customers).toEqual(before);
  });

  it('validates inputs against the schema before running anything', async () => {
    const sim = simulatorRunner();
    const result = await sim.result('CreateWishlist', { input: { name: 'No visibility' } }, JANE);
    expect(result.errors?.[0]?.message).toMatch(/^Variable "\$input" got invalid value .*Field "isPublic" of required type "Boolean!" was not provided/);
    expect(sim.catalog.customers[0]!.wishlists).toHaveLength(1);
  });

  it('keeps item ids apart between two catalogs', async () => {
    const one = simulatorRunner();
    const two = simulatorRunner();
    await one.data('AddWishlistItems', { input: { entityId: 1, items: [{ productEntityId: 113 }] } }, JANE);
    const data = await two.data<any>('AddWishlistItems', { input: { entityId: 1, items: [{ productEntityId: 120 }] } }, JANE);
    expect(itemsOf(data.wishlist.addWishlistItems.result)).toEqual([[1, 101], [2, 104], [3, 120]]);
  });
});
