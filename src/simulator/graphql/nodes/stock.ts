import type { CatalogProduct, CatalogVariant } from '../../catalog';

/** Stock of a product or variant: untracked stock is always available. */
export interface Stock {
  tracked: boolean;
  level: number;
}

/** The product's stock; with variant tracking, the sum over its variants. */
export function productStock(product: CatalogProduct): Stock {
  switch (product.inventoryTracking) {
    case 'none':
      return { tracked: false, level: 0 };
    case 'product':
      return { tracked: true, level: product.inventoryLevel };
    case 'variant':
      return { tracked: true, level: product.variants.reduce((sum, v) => sum + Math.max(0, v.inventoryLevel), 0) };
  }
}

/** One variant's stock; with product-level tracking every variant shares the product's. */
export function variantStock(product: CatalogProduct, variant: CatalogVariant): Stock {
  if (product.inventoryTracking === 'variant') return { tracked: true, level: variant.inventoryLevel };
  return productStock(product);
}

/** Whether a stock can fill an order of one. */
export function inStock(stock: Stock): boolean {
  return !stock.tracked || stock.level > 0;
}

/** Whether a shopper can add this variant to a cart now. */
export function isPurchasable(product: CatalogProduct, variant: CatalogVariant): boolean {
  return variant.purchasable && product.availability !== 'Unavailable' && inStock(variantStock(product, variant));
}

/** The schema's inventory object for a stock; `aggregated` is null when stock is not tracked. */
export function inventoryNode(stock: Stock): { isInStock: boolean; aggregated: { availableToSell: number } | null } {
  return { isInStock: inStock(stock), aggregated: stock.tracked ? { availableToSell: Math.max(0, stock.level) } : null };
}
