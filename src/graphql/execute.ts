import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { GraphQLClient } from 'graphql-request';
import type { Storefront } from '../config/types';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { isStorefrontError } from '../errors/is-storefront-error';
import { MalformedResponseError } from '../errors/malformed-response-error';
import { send } from '../http/send';
import { graphqlError, isObject } from './graphql-error';
import { readOperation } from './operation-name';

/** Per-call options of `execute`. */
export interface ExecuteOptions {
  /** Aborting rejects at once with AbortError. */
  signal?: AbortSignal | undefined;
  /** Extra request headers; they replace the defaults of the same name. */
  headers?: Record<string, string> | undefined;
}

/** `execute`'s trailing arguments: variables may be left out when none is required. */
export type ExecuteArgs<TVariables> = {} extends TVariables
  ? [variables?: TVariables | undefined, options?: ExecuteOptions | undefined]
  : [variables: TVariables, options?: ExecuteOptions | undefined];

/**
 * Runs a typed GraphQL document against the storefront and resolves with its `data`.
 *
 * Queries are retried per the storefront's policy; mutations are sent once. Sends the storefront
 * token, the customer access token and the shopper's locale (`Accept-Language`).
 *
 * @throws {GraphQLResponseError} when the answer has `errors` (partial `data` is on the error)
 * @throws {UnauthorizedError} on 401/403 or a GraphQL auth code (cause: the GraphQLResponseError)
 * @throws {MalformedResponseError} when the answer is not GraphQL JSON or has no `data`
 * @throws {InvalidArgumentError} when the document has no operation or the variables are not JSON
 * @throws the errors of `send` (AbortError, TimeoutError, NetworkError, RateLimitError, HttpError, ...)
 * @example
 * ```ts
 * const data = await execute(storefront, ProductsDocument, { first: 10 }, { signal });
 * ```
 */
export async function execute<TResult, TVariables>(
  storefront: Storefront,
  document: DocumentTypeDecoration<TResult, TVariables> & (string | String),
  ...[variables, options = {}]: ExecuteArgs<TVariables>
): Promise<TResult> {
  const query = String(document);
  const info = readOperation(query);
  if (!info) throw new InvalidArgumentError('execute', 'document', 'must be a GraphQL document string');
  const operation = info.name ?? info.kind;
  const { token, customerAccessToken } = storefront;
  let answered;
  let result;
  try {
    result = await new GraphQLClient(storefront.graphqlUrl, {
      // A string document is never parsed: graphql-request's parse/print stay unused (graphql-lite).
      excludeOperationName: true,
      // Hand back errors beside data instead of a ClientError, whose message embeds the variables.
      errorPolicy: 'all',
      // As entries, so graphql-request leaves out the unset ones (it skips undefined values).
      headers: [
        ['authorization', `Bearer ${token}`],
        ['x-bc-customer-access-token', customerAccessToken],
        ['accept-language', storefront.locale],
      ] as [string, string][],
      fetch: async (url, init) => {
        const response = await send(storefront, {
          url: String(url),
          method: 'POST',
          // graphql-request hands over a Headers with lowercase names; fetch gets a plain record.
          headers: Object.fromEntries(init!.headers as Headers),
          body: init!.body as string,
          signal: options.signal,
          operation,
          retry: info.kind != 'mutation',
        });
        answered = 1;
        return response;
      },
      // A Headers, which graphql-request reads with lowercase names: per-call headers replace the
      // defaults of the same name, whatever their case, instead of doubling them.
    }).rawRequest<object>(query, variables as object | undefined, new Headers(options.headers));
  } catch (error) {
    if (isStorefrontError(error)) throw error;
    // graphql-request failed before sending (JSON.stringify of the variables) or on the answer.
    throw answered
      ? new MalformedResponseError(operation, 'the answer is not a GraphQL JSON object', { cause: error })
      : new InvalidArgumentError(operation, 'variables', 'cannot be sent as JSON', { cause: error });
  }
  const { data, errors } = result;
  if (Array.isArray(errors) ? errors.length : errors) throw graphqlError(operation, errors, data, [token, customerAccessToken]);
  if (!isObject(data)) throw new MalformedResponseError(operation, 'the answer has no data');
  return data as TResult;
}
