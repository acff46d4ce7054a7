import { nodesOf } from '../graphql/connection';
import { run } from '../graphql/run';
import type { Storefront } from '../config';
import type { ExecuteOptions } from '../graphql/execute';
import {
  CustomerAddressesDocument,
  CustomerProfileDocument,
  type CustomerAddressesQuery,
  type CustomerProfileQuery,
} from '../graphql/generated/graphql';

/** The signed-in shopper's profile: name, email, phone, company, customer group and store credit. */
export type CustomerProfile = NonNullable<CustomerProfileQuery['customer']>;

/** One address of the signed-in shopper's address book. */
export type CustomerAddress = NonNullable<
  NonNullable<CustomerAddressesQuery['customer']>['addresses']['edges']
>[number]['node'];

/**
 * Fetches the signed-in shopper's profile and store credit; `null` for a guest. In a Stencil page
 * the session cookie says who is signed in; a headless site sets `customerAccessToken`.
 * @example
 * const me = await getCustomer(storefront);
 * greeting.textContent = me ? `Hello, ${me.firstName}` : 'Sign in';
 */
export async function getCustomer(storefront: Storefront, options?: ExecuteOptions): Promise<CustomerProfile | null> {
  return run(storefront, CustomerProfileDocument, {}, options, (data) => data.customer ?? null);
}

/**
 * Fetches the signed-in shopper's address book (up to 50 addresses); `null` for a guest.
 * @example
 * const addresses = (await getCustomerAddresses(storefront)) ?? [];
 */
export async function getCustomerAddresses(storefront: Storefront, options?: ExecuteOptions): Promise<CustomerAddress[] | null> {
  return run(storefront, CustomerAddressesDocument, {}, options, ({ customer }) =>
    customer ? nodesOf(customer.addresses) : null,
  );
}
