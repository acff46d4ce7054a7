import type { CatalogProduct, CatalogVariant, MultipleChoiceOption } from '../../catalog';
import { paginate, type ConnectionArgs } from '../connection';
import type { SimulatorContext } from '../context';
import { displayCurrency } from '../money';
import { nodeId } from '../node-id';
import { imageNode } from './image';
import { pricesNode } from './prices';
import { inventoryNode, isPurchasable, variantStock } from './stock';

/** The variant options of a product with the value this variant has for each. */
function variantOptionValues(product: CatalogProduct, variant: CatalogVariant) {
  const chosen = new Set(variant.optionValueIds);
  return product.options.flatMap((option) => {
    if (option.kind !== 'multiple-choice' || !option.isVariantOption) return [];
    const value = option.values.find((v) => chosen.has(v.id));
    return value ? [{ option, value }] : [];
  });
}

/** A weight in the store's unit, or null when none is set. */
export function measurement(value: number | null, unit: string) {
  return value === null ? null : { value, unit };
}

/** The schema's Variant object. */
export function variantNode(ctx: SimulatorContext, product: CatalogProduct, variant: CatalogVariant) {
  const unit = ctx.index.catalog.settings.weightUnit;
  return {
    __typename: 'Variant',
    id: nodeId('Variant', variant.id),
    entityId: variant.id,
    sku: variant.sku,
    weight: measurement(variant.weight ?? product.weight, unit),
    options: (args: ConnectionArgs) =>
      paginate(variantOptionValues(product, variant), args, ({ option, value }: { option: MultipleChoiceOption; value: { id: number; label: string } }) => ({
        entityId: option.id,
        displayName: option.displayName,
        values: (valueArgs: ConnectionArgs) => paginate([{ entityId: value.id, label: value.label }], valueArgs),
      })),
    defaultImage: variant.image ? imageNode(ctx, variant.image, true) : null,
    prices: ({ currencyCode }: { currencyCode?: string | null }) =>
      pricesNode(product, variant, displayCurrency(ctx, currencyCode)),
    inventory: inventoryNode(variantStock(product, variant)),
    upc: variant.upc ?? product.upc,
    mpn: variant.mpn ?? product.mpn,
    gtin: variant.gtin ?? product.gtin,
    isPurchasable: isPurchasable(product, variant),
  };
}
