import type { CatalogCountry, CatalogCurrency } from '../../catalog';
import type { SimulatorContext } from '../context';
import { imageNode } from './image';

/** The schema's Settings object. */
export function settingsNode(ctx: SimulatorContext) {
  const settings = ctx.index.catalog.settings;
  const logo = settings.logo;
  return {
    storeName: settings.storeName,
    storeHash: settings.storeHash,
    storeCountryCode: settings.storeCountryCode,
    channelId: settings.channelId,
    status: settings.status,
    statusMessage: settings.statusMessage,
    logoV2:
      'text' in logo
        ? { __typename: 'StoreTextLogo', text: logo.text }
        : { __typename: 'StoreImageLogo', image: imageNode(ctx, logo.image, true) },
    contact: settings.contact,
    url: { vanityUrl: settings.vanityUrl, cdnUrl: settings.cdnUrl, checkoutUrl: settings.checkoutUrl },
    currency: { defaultCurrency: settings.defaultCurrency },
  };
}

/** The schema's Currency object; without a shopper session the default currency is the active one. */
export function currencyNode(currency: CatalogCurrency) {
  return {
    entityId: currency.entityId,
    code: currency.code,
    name: currency.name,
    isActive: currency.isDefault,
    exchangeRate: currency.exchangeRate,
    isTransactional: currency.isTransactional,
    isDefault: currency.isDefault,
    display: currency.display,
  };
}

/** The schema's Country object. */
export function countryNode(country: CatalogCountry) {
  return {
    entityId: country.entityId,
    code: country.code,
    name: country.name,
    stateRequired: country.stateRequired,
    statesOrProvinces: country.states,
  };
}
