import { describe, expectTypeOf, it } from 'vitest';
import {
  ProductNamesDocument,
  type ProductNamesQuery,
  type ProductNamesQueryVariables,
} from '../../examples/custom-operations/generated/graphql';
import { productNames } from '../../examples/custom-operations/product-names';
import { execute, type Storefront } from '../../src/index';

declare const storefront: Storefront;
type Node = NonNullable<ProductNamesQuery['site']['products']['edges']>[number]['node'];

describe('examples/custom-operations types', () => {
  it('productNames takes a storefront and ids and resolves to names', () => {
    expectTypeOf(productNames).parameters.toEqualTypeOf<[Storefront, number[]]>();
    expectTypeOf(productNames).returns.resolves.toEqualTypeOf<string[]>();
  });

  it('execute types the result of ProductNames from its selection', () => {
    const result = execute(storefront, ProductNamesDocument, { entityIds: [101] });
    expectTypeOf(result).resolves.toEqualTypeOf<ProductNamesQuery>();
    expectTypeOf<Node>().toEqualTypeOf<{ entityId: number; name: string; sku: string; inventory: { isInStock: boolean } }>();
    expectTypeOf<ProductNamesQuery['site']['products']['edges']>().toBeNullable();
  });

  it('execute takes the ProductNames variables, all optional', () => {
    expectTypeOf<ProductNamesQueryVariables>().toEqualTypeOf<{
      entityIds?: Array<number> | number | null | undefined;
      first?: number | null | undefined;
    }>();
    void execute(storefront, ProductNamesDocument);
    // @ts-expect-error entity ids are numbers
    void execute(storefront, ProductNamesDocument, { entityIds: ['101'] });
    // @ts-expect-error ProductNames has no searchTerm
    void execute(storefront, ProductNamesDocument, { searchTerm: 'mug' });
  });
});
