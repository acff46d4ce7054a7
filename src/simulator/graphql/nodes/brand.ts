import type { CatalogBrand } from '../../catalog';
import { paginate, type ConnectionArgs } from '../connection';
import type { SimulatorContext } from '../context';
import { nodeId } from '../node-id';
import { imageNode } from './image';
import { productNode } from './product';

/** The schema's Brand object; its products come in ascending id order, like `site.products`. */
export function brandNode(ctx: SimulatorContext, brand: CatalogBrand) {
  return {
    __typename: 'Brand',
    id: nodeId('Brand', brand.id),
    entityId: brand.id,
    name: brand.name,
    path: brand.path,
    defaultImage: brand.image ? imageNode(ctx, brand.image, true) : null,
    seo: brand.seo,
    products: (args: ConnectionArgs) => {
      const products = ctx.index.productsById.filter((p) => p.isVisible && p.brandId === brand.id);
      return paginate(products, args, (p) => productNode(ctx, p));
    },
  };
}
