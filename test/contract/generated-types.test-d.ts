import { describe, expectTypeOf, it } from 'vitest';
import type {
  CurrencyCode,
  ProductCardFieldsFragment,
  ProductsQueryVariables,
  RouteQuery,
  SearchProductsQueryVariables,
  SearchProductsSortInput,
} from '../../src/graphql/generated/graphql';

type Money = NonNullable<ProductCardFieldsFragment['prices']>['price'];
type RouteNode = NonNullable<RouteQuery['site']['route']['node']>;

describe('codegen types (src/graphql/generated)', () => {
  it('maps the custom scalars', () => {
    expectTypeOf<Money['value']>().toEqualTypeOf<number>(); // BigDecimal
    expectTypeOf<Extract<RouteNode, { __typename: 'BlogPost' }>['publishedDate']['utc']>().toEqualTypeOf<string>(); // DateTime
  });

  it('types variables as optional and nullable, enums as string unions', () => {
    expectTypeOf<{ first: 12; currencyCode: 'EUR' }>().toMatchTypeOf<ProductsQueryVariables>();
    expectTypeOf<'USD'>().toMatchTypeOf<CurrencyCode>();
    expectTypeOf<'CHEAPEST'>().not.toMatchTypeOf<SearchProductsSortInput>();
    expectTypeOf<SearchProductsQueryVariables['filters']>().not.toBeUndefined();
  });

  it('discriminates the route node by __typename', () => {
    expectTypeOf<Extract<RouteNode, { __typename: 'Product' }>['entityId']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<RouteNode, { __typename: 'Category' }>['path']>().toEqualTypeOf<string>();
  });
});
