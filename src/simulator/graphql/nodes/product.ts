import type { CatalogProduct, CatalogVariant } from '../../catalog';
import { paginate, type ConnectionArgs } from '../connection';
import type { SimulatorContext } from '../context';
import { displayCurrency } from '../money';
import { nodeId } from '../node-id';
import { brandNode } from './brand';
import { categoryNode } from './category';
import { imageNode } from './image';
import { plainText } from './plain-text';
import { productOptionNode } from './product-options';
import { pricesNode } from './prices';
import { inventoryNode, productStock, variantStock } from './stock';
import { measurement, variantNode } from './variant';

/** Most variants one page may ask for: BigCommerce allows 250 here, not the usual 50. */
export const MAX_VARIANT_PAGE_SIZE = 250;

/** A product as one query sees it: optionally overlaid by one variant and a set of chosen values. */
export interface ProductView {
  product: CatalogProduct;
  variant: CatalogVariant | null;
  selected: ReadonlySet<number>;
}

function availabilityNode(product: CatalogProduct) {
  const common = { status: product.availability, description: product.availabilityDescription };
  if (product.availability === 'Preorder') {
    const date = product.releaseDate?.slice(0, 10) ?? '';
    return {
      __typename: 'ProductPreOrder',
      ...common,
      message: product.availabilityMessage?.replace('%%DATE%%', date) ?? null,
      willBeReleasedAt: product.releaseDate === null ? null : { utc: product.releaseDate },
    };
  }
  if (product.availability === 'Unavailable') {
    return { __typename: 'ProductUnavailable', ...common, message: product.availabilityMessage };
  }
  return { __typename: 'ProductAvailable', ...common };
}

/** The product's default image: the variant's own image first, then the product's default. */
function defaultImage(ctx: SimulatorContext, view: ProductView) {
  if (view.variant?.image) return imageNode(ctx, view.variant.image, true);
  const image = view.product.images.find((i) => i.isDefault) ?? view.product.images[0];
  return image ? imageNode(ctx, image, true) : null;
}

/** The schema's Product object; a variant overlay replaces SKU, prices, stock, weight and image. */
export function productNode(ctx: SimulatorContext, view: ProductView | CatalogProduct) {
  const { product: p, variant: v, selected } = 'product' in view ? view : { product: view, variant: null, selected: new Set<number>() };
  const { index } = ctx;
  return {
    __typename: 'Product',
    id: nodeId('Product', p.id),
    entityId: p.id,
    sku: v?.sku ?? p.sku,
    path: p.path,
    name: p.name,
    description: p.description,
    // The real field's characterLimit defaults to 120; our subset has no argument.
    plainTextDescription: () => plainText(p.description, 120),
    warranty: p.warranty,
    minPurchaseQuantity: p.minPurchaseQuantity,
    maxPurchaseQuantity: p.maxPurchaseQuantity,
    isPriceHidden: p.isPriceHidden,
    prices: ({ currencyCode }: { currencyCode?: string | null }) => pricesNode(p, v, displayCurrency(ctx, currencyCode)),
    weight: measurement(v?.weight ?? p.weight, index.catalog.settings.weightUnit),
    productOptions: (args: ConnectionArgs) => paginate(p.options, args, (o) => productOptionNode(ctx, o, selected)),
    reviewSummary: { numberOfReviews: p.reviewCount, summationOfRatings: p.reviewRatingSum },
    availabilityV2: () => availabilityNode(p),
    categories: (args: ConnectionArgs) => {
      const categories = p.categoryIds.flatMap((id) => {
        const category = index.category.get(id);
        return category?.isVisible ? [category] : [];
      });
      return paginate(categories, args, (c) => categoryNode(ctx, c));
    },
    brand: () => {
      const brand = p.brandId === null ? undefined : index.brand.get(p.brandId);
      return brand ? brandNode(ctx, brand) : null;
    },
    variants: (args: ConnectionArgs) =>
      paginate(p.variants, args, (variant) => variantNode(ctx, p, variant), MAX_VARIANT_PAGE_SIZE),
    customFields: (args: ConnectionArgs) =>
      paginate(p.customFields, args, (f) => ({ entityId: f.id, name: f.name, value: f.value })),
    images: (args: ConnectionArgs) => paginate(p.images, args, (image) => imageNode(ctx, image, image.isDefault)),
    defaultImage: () => defaultImage(ctx, { product: p, variant: v, selected }),
    inventory: () => inventoryNode(v ? variantStock(p, v) : productStock(p)),
    upc: v?.upc ?? p.upc,
    mpn: v?.mpn ?? p.mpn,
    gtin: v?.gtin ?? p.gtin,
    seo: p.seo,
    condition: p.condition,
  };
}
