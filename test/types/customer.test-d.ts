import { describe, expectTypeOf, it } from 'vitest';
import {
  getCustomer,
  getCustomerAddresses,
  type CustomerAddress,
  type CustomerProfile,
} from '../../src/customer/profile';
import {
  addWishlistItems,
  createWishlist,
  getWishlists,
  removeWishlistItems,
  type Wishlist,
  type WishlistItem,
} from '../../src/customer/wishlists';
import type { Storefront } from '../../src/index';

declare const storefront: Storefront;

describe('customer functions (types from codegen)', () => {
  it('answer null for a guest', () => {
    expectTypeOf(getCustomer(storefront)).resolves.toEqualTypeOf<CustomerProfile | null>();
    expectTypeOf(getCustomerAddresses(storefront)).resolves.toEqualTypeOf<CustomerAddress[] | null>();
    expectTypeOf(getWishlists(storefront)).resolves.toEqualTypeOf<Wishlist[] | null>();
  });

  it('type the profile and addresses with the real field names and nullability', () => {
    expectTypeOf<CustomerProfile['customerGroupId']>().toEqualTypeOf<number>();
    expectTypeOf<CustomerProfile['storeCredit']>().toEqualTypeOf<{ currencyCode: string; value: number }[]>();
    expectTypeOf<CustomerAddress['address2']>().toEqualTypeOf<string | null>();
    expectTypeOf<CustomerAddress['countryCode']>().toEqualTypeOf<string>();
    // @ts-expect-error the schema has no `groupId` on Customer
    expectTypeOf<CustomerProfile['groupId']>();
  });

  it('flatten wishlist items; a hidden product is null', () => {
    expectTypeOf<Wishlist['items']>().toEqualTypeOf<WishlistItem[]>();
    expectTypeOf<Wishlist['totalItems']>().toEqualTypeOf<number>();
    expectTypeOf<WishlistItem['entityId']>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<WishlistItem['product']>['prices']>().toBeNullable();
    expectTypeOf<WishlistItem['product']>().toBeNullable();
  });

  it('mutations resolve with the changed wishlist and take ids as numbers', () => {
    expectTypeOf(createWishlist(storefront, { name: 'Gifts' })).resolves.toEqualTypeOf<Wishlist>();
    expectTypeOf(addWishlistItems(storefront, 1, [101])).resolves.toEqualTypeOf<Wishlist>();
    expectTypeOf(removeWishlistItems(storefront, 1, [7])).resolves.toEqualTypeOf<Wishlist>();
    // @ts-expect-error product ids are numbers
    void createWishlist(storefront, { name: 'Gifts', productIds: ['101'] });
    // @ts-expect-error a name is required
    void createWishlist(storefront, { isPublic: true });
  });
});
