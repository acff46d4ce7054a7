// GraphQL `errors` to the library's error family, shared by `execute` and the GraphQL cart
// transport (which sends its documents without graphql-request).
import { GraphQLResponseError, type GraphQLErrorEntry } from '../errors/graphql-response-error';
import { UnauthorizedError } from '../errors/unauthorized-error';
import { redact } from '../http/status';

/**
 * `extensions.code` values that mean the credentials are wrong, not the query. Matched by shape,
 * which costs fewer bytes than the list: BigCommerce's INVALID_/MISSING_CUSTOMER_ACCESS_TOKEN and
 * INSUFFICIENT_ACCESS_SCOPE end in ACCESS_TOKEN or ACCESS_SCOPE, and the common GraphQL server
 * conventions are UNAUTHENTICATED, UNAUTHORIZED and FORBIDDEN.
 */
const AUTH_CODES = /ACCESS_(TOKEN|SCOPE)$|^(UNAUTH|FORBIDDEN$)/;

/** Whether `value` is an object and not an array (what a GraphQL answer and its parts are). */
export const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Maps a GraphQL `errors` value to UnauthorizedError (auth codes) or GraphQLResponseError. */
export const graphqlError = (operation: string, errors: unknown, data: unknown, secrets: (string | undefined)[]) => {
  let auth: string | undefined;
  const entries = [errors].flat().map((error): GraphQLErrorEntry => {
    const { message, path, locations, extensions } = isObject(error) ? error : {};
    const entry: Record<string, unknown> = { message: typeof message == 'string' ? redact(message, secrets) : 'Unknown GraphQL error' };
    if (Array.isArray(path)) entry.path = path;
    if (Array.isArray(locations)) entry.locations = locations;
    if (isObject(extensions)) {
      const { code } = extensions;
      if (typeof code == 'string') {
        entry.code = code;
        if (AUTH_CODES.test(code)) auth ??= code;
      }
      entry.extensions = extensions;
    }
    return entry as object as GraphQLErrorEntry;
  });
  const error = new GraphQLResponseError(operation, entries, isObject(data) ? data : undefined);
  return auth ? new UnauthorizedError(operation, `unauthorized (${auth})`, { cause: error }) : error;
};
