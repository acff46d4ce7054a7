import type { CatalogCurrency, CatalogProduct, CatalogVariant } from '../../catalog';
import { money, type Money } from '../money';

/** Amounts of one product configuration, in the default currency. */
export interface Amounts {
  base: number;
  sale: number | null;
  retail: number | null;
  /** What the shopper pays: the sale price when there is one. */
  price: number;
}

/** A variant's overrides on top of the product's amounts (no variant: the product's own). */
export function amounts(product: CatalogProduct, variant: CatalogVariant | null): Amounts {
  const base = variant?.price ?? product.price;
  // A variant with its own price does not inherit the product's sale price.
  const sale = variant?.salePrice ?? (variant === null || variant.price === null ? product.salePrice : null);
  const retail = variant?.retailPrice ?? product.retailPrice;
  return { base, sale, retail, price: sale ?? base };
}

function range(values: number[], currency: CatalogCurrency): { min: Money; max: Money } | null {
  if (values.length === 0) return null;
  return { min: money(Math.min(...values), currency), max: money(Math.max(...values), currency) };
}

/** The schema's Prices object for a product (or one variant of it) in `currency`. */
export function pricesNode(product: CatalogProduct, variant: CatalogVariant | null, currency: CatalogCurrency) {
  const own = amounts(product, variant);
  const all = product.variants.map((v) => amounts(product, v));
  const at = (amount: number | null): Money | null => (amount === null ? null : money(amount, currency));
  return {
    price: money(own.price, currency),
    salePrice: at(own.sale),
    basePrice: money(own.base, currency),
    retailPrice: at(own.retail),
    mapPrice: at(product.mapPrice),
    saved: own.retail !== null && own.retail > own.price ? money(own.retail - own.price, currency) : null,
    priceRange: range(all.length > 0 ? all.map((a) => a.price) : [own.price], currency),
    retailPriceRange: range(all.flatMap((a) => (a.retail === null ? [] : [a.retail])), currency),
  };
}
