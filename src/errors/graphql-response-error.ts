import { StorefrontError } from './storefront-error';

/** One entry of a GraphQL answer's `errors`, with `extensions.code` lifted to `code`. */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly locations?: readonly { readonly line: number; readonly column: number }[];
  /** `extensions.code`, e.g. `"INSUFFICIENT_ACCESS_SCOPE"`. */
  readonly code?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * The GraphQL answer carried `errors` (the complexity limit, a bad argument, a missing entity).
 *
 * The message counts the errors and lists their codes; the server's own texts are in `errors`,
 * because they can quote the variables sent.
 */
export class GraphQLResponseError<TData = unknown> extends StorefrontError {
  override name = 'GraphQLResponseError';
  readonly code = 'ERR_GRAPHQL';
  /** The errors as the store sent them. */
  readonly errors: readonly GraphQLErrorEntry[];
  /** The partial `data` sent beside the errors, if any (kept out of JSON and logs). */
  declare readonly data: TData | undefined;

  constructor(operation: string, errors: readonly GraphQLErrorEntry[], data?: TData, options?: ErrorOptions) {
    const codes = [...new Set(errors.map((e) => e.code).filter(Boolean))].join(', ');
    super(operation, `${errors.length} GraphQL error${errors.length > 1 ? 's' : ''}${codes && ` (${codes})`}`, options);
    this.errors = errors;
    // Partial data can hold a shopper's details: readable, but not enumerable.
    Object.defineProperty(this, 'data', { value: data });
  }
}
