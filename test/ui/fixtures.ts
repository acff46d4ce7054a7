// What the rendering suites share: a store with a hostile product name, and how prices show.
import { sampleCatalog, type Catalog } from '../../src/simulator';
import type { ProductCard } from '../../src/catalog/products';

/** A product name that would run script if a component put it into HTML unescaped. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** The sample store with its first product renamed to {@link HOSTILE_NAME}. */
export function hostileCatalog(): Catalog {
  const catalog = sampleCatalog();
  catalog.products[0]!.name = HOSTILE_NAME;
  return catalog;
}

/** A product's price as the components show it: "$24.00". */
export const formatPrice = (product: ProductCard): string => {
  const price = product.prices?.price;
  return price ? new Intl.NumberFormat('en-US', { style: 'currency', currency: price.currencyCode }).format(price.value) : '';
};
