import { execute, type Storefront } from '../../src/index';
import { ProductNamesDocument } from './generated/graphql';

/**
 * Names of the given products, through your own typed operation. `data` is typed from
 * `product-names.graphql`: `data.site.products.edges[0].node.name` is a `string`.
 */
export async function productNames(storefront: Storefront, entityIds: number[]): Promise<string[]> {
  const data = await execute(storefront, ProductNamesDocument, { entityIds, first: entityIds.length });
  return (data.site.products.edges ?? []).map((edge) => edge.node.name);
}
