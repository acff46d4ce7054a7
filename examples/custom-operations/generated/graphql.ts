/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ProductNamesQueryVariables = Exact<{
  entityIds?: Array<number> | number | null | undefined;
  first?: number | null | undefined;
}>;


export type ProductNamesQuery = { site: { products: { edges: Array<{ node: { entityId: number, name: string, sku: string, inventory: { isInStock: boolean } } }> | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ProductNamesDocument = new TypedDocumentString(`
    query ProductNames($entityIds: [Int!] = [], $first: Int = 10) {
  site {
    products(entityIds: $entityIds, first: $first) {
      edges {
        node {
          entityId
          name
          sku
          inventory {
            isInStock
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductNamesQuery, ProductNamesQueryVariables>;