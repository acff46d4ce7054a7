import { describe, expect, it } from 'vitest';
import type { CountriesQuery, CurrenciesQuery, StoreSettingsQuery } from '../../src/graphql/generated/graphql';
import { nodes, simulatorRunner } from './graphql-helpers';

describe('store operations', () => {
  const sim = simulatorRunner();

  it('Currencies lists the enabled currencies with their display settings', async () => {
    const currencies = nodes((await sim.data<CurrenciesQuery>('Currencies')).site.currencies);
    expect(currencies.map((c) => [c.code, c.exchangeRate, c.isDefault, c.isActive, c.isTransactional])).toEqual([
      ['USD', 1, true, true, true],
      ['EUR', 0.92, false, false, true],
      ['GBP', 0.79, false, false, false],
    ]);
    expect(currencies[1]).toMatchObject({
      entityId: 2,
      name: 'Euro',
      display: { symbol: '€', symbolPlacement: 'RIGHT', decimalToken: ',', thousandsToken: '.', decimalPlaces: 2 },
    });
  });

  it('StoreSettings gives the name, hash, logo, URLs, contact and default currency', async () => {
    const { settings } = (await sim.data<StoreSettingsQuery>('StoreSettings')).site;
    expect(settings).toEqual({
      storeName: 'Hearth & Garden',
      storeHash: 'sim2a9x4k',
      storeCountryCode: 'US',
      channelId: 1,
      status: 'LAUNCHED',
      statusMessage: null,
      logoV2: {
        __typename: 'StoreImageLogo',
        image: {
          url: '/sim-images/400w/store-logo.svg',
          urlOriginal: '/sim-images/original/store-logo.svg',
          altText: 'Hearth & Garden',
        },
      },
      currency: { defaultCurrency: 'USD' },
      url: {
        vanityUrl: 'https://hearth-and-garden.example',
        cdnUrl: '',
        checkoutUrl: 'https://hearth-and-garden.example/checkout',
      },
      contact: {
        address: '221 Orchard Lane\nPortland, OR 97205',
        country: 'United States',
        addressType: 'Commercial',
        email: 'hello@hearth-and-garden.example',
        phone: '+1 503 555 0142',
      },
    });
  });

  it('StoreSettings follows catalog edits: a text logo and absolute image URLs', async () => {
    const local = simulatorRunner();
    local.catalog.settings.logo = { text: 'H&G' };
    local.catalog.settings.cdnUrl = 'http://127.0.0.1:4010';
    const { settings } = (await local.data<StoreSettingsQuery>('StoreSettings')).site;
    expect(settings?.logoV2).toEqual({ __typename: 'StoreTextLogo', text: 'H&G' });
    expect(settings?.url.cdnUrl).toBe('http://127.0.0.1:4010');
    local.catalog.settings.logo = { image: { file: 'https://cdn.example/logo.png', altText: 'Logo' } };
    const again = (await local.data<StoreSettingsQuery>('StoreSettings')).site.settings;
    expect(again?.logoV2).toMatchObject({ image: { url: 'https://cdn.example/logo.png' } });
  });

  it('Countries lists countries by name with their states', async () => {
    const { countries } = (await sim.data<CountriesQuery>('Countries')).geography;
    expect(countries?.map((c) => c.code)).toEqual(['AU', 'CA', 'FR', 'DE', 'NZ', 'GB', 'US']);
    const us = countries?.find((c) => c.code === 'US');
    expect(us).toMatchObject({ entityId: 226, name: 'United States', stateRequired: true });
    expect(us?.statesOrProvinces).toContainEqual({ entityId: 9, name: 'Oregon', abbreviation: 'OR' });
    expect(countries?.find((c) => c.code === 'GB')).toMatchObject({ stateRequired: false, statesOrProvinces: [] });
  });
});
