import type { CatalogCustomer } from './types';

/**
 * The sample store's registered shoppers. Passwords are plain text because this is a simulator;
 * tests and the demo sign in with them.
 */
export function sampleCustomers(): CatalogCustomer[] {
  return [
    {
      id: 1,
      email: 'jane@example.com',
      password: 'correct horse battery',
      firstName: 'Jane',
      lastName: 'Doe',
      phone: '555-0100',
      company: '',
      groupId: 1,
      storeCredit: 25,
      addresses: [
        {
          id: 1, firstName: 'Jane', lastName: 'Doe', company: '', address1: '12 Orchard Lane', address2: '',
          city: 'Austin', stateOrProvince: 'Texas', stateOrProvinceCode: 'TX', postalCode: '78701',
          countryCode: 'US', phone: '555-0100',
        },
      ],
      wishlists: [{ id: 1, name: 'Bathroom refresh', isPublic: false, token: 'wl-jane-bath', productIds: [101, 104] }],
    },
    {
      id: 2,
      email: 'sam@example.co.uk',
      password: 'allotment 42',
      firstName: 'Sam',
      lastName: 'Patel',
      phone: '',
      company: 'Patel Gardens',
      groupId: 0,
      storeCredit: 0,
      addresses: [
        {
          id: 2, firstName: 'Sam', lastName: 'Patel', company: 'Patel Gardens', address1: '3 Kiln Road', address2: '',
          city: 'Bristol', stateOrProvince: '', stateOrProvinceCode: '', postalCode: 'BS1 4DJ',
          countryCode: 'GB', phone: '',
        },
      ],
      wishlists: [],
    },
  ];
}
