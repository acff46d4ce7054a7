import { sampleCustomers } from './customers';
import { buildProduct, type IdCounters } from './product-builder';
import { sampleBlog, samplePages, sampleRedirects } from './sample-content';
import { gardenProducts } from './sample-products-garden';
import { homeProducts } from './sample-products-home';
import { sampleBrands, sampleCategories } from './sample-taxonomy';
import { storeCountries, storeCurrencies, storeSettings } from './store-data';
import type { Catalog } from './types';

/**
 * A small hand-made home & garden store: 36 products (one hidden) over a 3-level category tree,
 * 6 brands, variants, sale prices, stock-outs, a pre-order, content pages, a blog and redirects.
 *
 * Every call builds a new catalog, so a test may change it freely.
 *
 * @example
 * const catalog = sampleCatalog();
 * catalog.products.find((p) => p.id === 103)!.inventoryLevel = 5; // back in stock for this test
 */
/* @__NO_SIDE_EFFECTS__ */
export function sampleCatalog(): Catalog {
  const ids: IdCounters = { option: 100, optionValue: 200, variant: 1000, customField: 1 };
  // structuredClone: the drafts are shared module constants, and no call may alias another's arrays.
  return structuredClone({
    settings: storeSettings('Hearth & Garden'),
    currencies: storeCurrencies(),
    countries: storeCountries(),
    categories: sampleCategories(),
    brands: sampleBrands(),
    products: [...homeProducts, ...gardenProducts].map((draft) => buildProduct(draft, ids)),
    pages: samplePages(),
    blog: sampleBlog(),
    redirects: sampleRedirects(),
    customers: sampleCustomers(),
  });
}
