import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { Storefront } from '../config';
import { MalformedResponseError } from '../errors';
import { execute, type ExecuteArgs, type ExecuteOptions } from './execute';
import { readOperation } from './operation-name';

/**
 * Executes a catalog document and reads its result. A 200 whose data lacks what the operation
 * selected (a null where the schema promises a value) becomes a MalformedResponseError instead of
 * a TypeError escaping from the reader: callers only ever see the library's error family.
 * @throws {MalformedResponseError} when `read` cannot read the answer; otherwise as `execute`.
 */
export async function run<TResult, TVariables, T>(
  storefront: Storefront,
  document: DocumentTypeDecoration<TResult, TVariables> & (string | String),
  variables: TVariables,
  options: ExecuteOptions | undefined,
  read: (data: TResult) => T,
): Promise<T> {
  const data = await execute(storefront, document, ...([variables, options] as ExecuteArgs<TVariables>));
  try {
    return read(data);
  } catch (cause) {
    const operation = readOperation(String(document))?.name ?? 'query';
    throw new MalformedResponseError(operation, 'the answer does not fit the operation', { cause });
  }
}
