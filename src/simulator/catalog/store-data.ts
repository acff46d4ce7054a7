import type { CatalogCountry, CatalogCurrency, StoreSettings } from './types';

/** Settings of the simulated store; each call returns a new object. */
export function storeSettings(storeName: string): StoreSettings {
  return {
    storeName,
    storeHash: 'sim2a9x4k',
    storeCountryCode: 'US',
    channelId: 1,
    status: 'LAUNCHED',
    statusMessage: null,
    logo: { image: { file: 'store-logo.svg', altText: storeName } },
    vanityUrl: 'https://hearth-and-garden.example',
    cdnUrl: '',
    checkoutUrl: 'https://hearth-and-garden.example/checkout',
    contact: {
      address: '221 Orchard Lane\nPortland, OR 97205',
      country: 'United States',
      addressType: 'Commercial',
      email: 'hello@hearth-and-garden.example',
      phone: '+1 503 555 0142',
    },
    defaultCurrency: 'USD',
    weightUnit: 'lbs',
  };
}

/** USD (default), EUR and GBP with fixed exchange rates; each call returns new objects. */
export function storeCurrencies(): CatalogCurrency[] {
  return [
    {
      entityId: 1,
      code: 'USD',
      name: 'US Dollar',
      exchangeRate: 1,
      isDefault: true,
      isTransactional: true,
      display: { symbol: '$', symbolPlacement: 'LEFT', decimalToken: '.', thousandsToken: ',', decimalPlaces: 2 },
    },
    {
      entityId: 2,
      code: 'EUR',
      name: 'Euro',
      exchangeRate: 0.92,
      isDefault: false,
      isTransactional: true,
      display: { symbol: '€', symbolPlacement: 'RIGHT', decimalToken: ',', thousandsToken: '.', decimalPlaces: 2 },
    },
    {
      entityId: 3,
      code: 'GBP',
      name: 'British Pound',
      exchangeRate: 0.79,
      isDefault: false,
      // Display-only: shoppers see GBP prices but pay in USD.
      isTransactional: false,
      display: { symbol: '£', symbolPlacement: 'LEFT', decimalToken: '.', thousandsToken: ',', decimalPlaces: 2 },
    },
  ];
}

function states(firstId: number, list: [string, string][]): CatalogCountry['states'] {
  return list.map(([name, abbreviation], i) => ({ entityId: firstId + i, name, abbreviation }));
}

/** A handful of countries (ids as BigCommerce numbers them), some with states; new objects per call. */
export function storeCountries(): CatalogCountry[] {
  return [
    {
      entityId: 226,
      code: 'US',
      name: 'United States',
      stateRequired: true,
      states: states(1, [
        ['Alabama', 'AL'],
        ['Alaska', 'AK'],
        ['Arizona', 'AZ'],
        ['California', 'CA'],
        ['Colorado', 'CO'],
        ['Florida', 'FL'],
        ['Illinois', 'IL'],
        ['New York', 'NY'],
        ['Oregon', 'OR'],
        ['Texas', 'TX'],
        ['Washington', 'WA'],
      ]),
    },
    {
      entityId: 38,
      code: 'CA',
      name: 'Canada',
      stateRequired: true,
      states: states(100, [
        ['Alberta', 'AB'],
        ['British Columbia', 'BC'],
        ['Ontario', 'ON'],
        ['Quebec', 'QC'],
      ]),
    },
    {
      entityId: 13,
      code: 'AU',
      name: 'Australia',
      stateRequired: true,
      states: states(200, [
        ['New South Wales', 'NSW'],
        ['Queensland', 'QLD'],
        ['Victoria', 'VIC'],
        ['Western Australia', 'WA'],
      ]),
    },
    { entityId: 225, code: 'GB', name: 'United Kingdom', stateRequired: false, states: [] },
    { entityId: 81, code: 'DE', name: 'Germany', stateRequired: false, states: [] },
    { entityId: 73, code: 'FR', name: 'France', stateRequired: false, states: [] },
    { entityId: 153, code: 'NZ', name: 'New Zealand', stateRequired: false, states: [] },
  ];
}
