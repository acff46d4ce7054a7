import type { OptionValueId } from '../../../graphql/generated/graphql';
import type { CatalogProduct, CatalogVariant } from '../../catalog';
import type { SimulatorContext } from '../context';
import type { ProductView } from './product';

/** Arguments of `site.product`. */
export interface ProductArgs {
  entityId?: number | null;
  variantEntityId?: number | null;
  optionValueIds?: readonly OptionValueId[] | null;
  sku?: string | null;
  useDefaultOptionSelections?: boolean | null;
}

function variantWith(product: CatalogProduct, valueIds: ReadonlySet<number>): CatalogVariant | null {
  return product.variants.find((v) => v.optionValueIds.length > 0 && v.optionValueIds.every((id) => valueIds.has(id))) ?? null;
}

/**
 * The product a `site.product` query names, with its overlay: `variantEntityId`, a variant SKU,
 * or `optionValueIds` (completed by the defaults when `useDefaultOptionSelections`) pick the
 * variant whose price, SKU, stock and image replace the product's. Hidden products, unknown
 * ids and conflicting identifiers give null.
 */
export function lookUpProduct(ctx: SimulatorContext, args: ProductArgs): ProductView | null {
  const { index } = ctx;
  const named: (CatalogProduct | undefined)[] = [];
  let variant: CatalogVariant | null = null;
  if (typeof args.entityId === 'number') named.push(index.product.get(args.entityId));
  if (typeof args.variantEntityId === 'number') {
    const hit = index.variant.get(args.variantEntityId);
    named.push(hit?.product);
    variant = hit?.variant ?? null;
  }
  if (typeof args.sku === 'string') {
    const hit = index.sku.get(args.sku);
    named.push(hit?.product);
    variant ??= hit?.variant ?? null;
  }
  const product = named[0];
  if (!product || !product.isVisible || named.some((p) => p !== product)) return null;

  const selected = new Set<number>(variant?.optionValueIds ?? []);
  const optionIds = new Set(product.options.map((o) => o.id));
  for (const { optionEntityId, valueEntityId } of args.optionValueIds ?? []) {
    if (optionIds.has(optionEntityId)) selected.add(valueEntityId);
  }
  if (args.useDefaultOptionSelections === true) {
    for (const option of product.options) {
      if (option.kind !== 'multiple-choice') continue;
      const chosen = option.values.some((v) => selected.has(v.id));
      const fallback = option.values.find((v) => v.isDefault);
      if (!chosen && fallback) selected.add(fallback.id);
    }
  }
  variant ??= selected.size > 0 ? variantWith(product, selected) : null;
  return { product, variant, selected };
}
