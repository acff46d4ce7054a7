import type { CatalogAddress, CatalogCustomer } from '../../catalog';
import { paginate, type ConnectionArgs } from '../connection';
import type { SimulatorContext } from '../context';
import { money } from '../money';
import { wishlistNode } from './wishlists';

/**
 * The customer signed in to the request's session, if any. A session naming a customer the
 * catalog no longer has counts as a guest, as a deleted account would on the real store.
 */
export function signedInCustomer(ctx: SimulatorContext): CatalogCustomer | undefined {
  const id = ctx.customerId;
  return id === undefined ? undefined : ctx.index.catalog.customers.find((customer) => customer.id === id);
}

/** The schema's CustomerAddress object; `country` is the name the store's geography gives the code. */
export function customerAddressNode(ctx: SimulatorContext, address: CatalogAddress) {
  const country = ctx.index.catalog.countries.find((candidate) => candidate.code === address.countryCode);
  return {
    entityId: address.id,
    firstName: address.firstName,
    lastName: address.lastName,
    address1: address.address1,
    address2: address.address2,
    city: address.city,
    country: country?.name ?? null,
    countryCode: address.countryCode,
    stateOrProvince: address.stateOrProvince,
    phone: address.phone,
    postalCode: address.postalCode,
    company: address.company,
  };
}

/** The schema's Customer object: the signed-in shopper's own account. */
export function customerNode(ctx: SimulatorContext, customer: CatalogCustomer) {
  return {
    entityId: customer.id,
    company: customer.company,
    customerGroupId: customer.groupId,
    email: customer.email,
    firstName: customer.firstName,
    lastName: customer.lastName,
    phone: customer.phone,
    // The catalog keeps one balance, in the store's default currency.
    storeCredit: [money(customer.storeCredit, ctx.defaultCurrency)],
    wishlists: (args: ConnectionArgs) => paginate(customer.wishlists, args, (wishlist) => wishlistNode(ctx, wishlist)),
    addresses: (args: ConnectionArgs) => paginate(customer.addresses, args, (address) => customerAddressNode(ctx, address)),
  };
}
