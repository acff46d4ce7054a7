import type { Storefront } from '../config';
import { InvalidArgumentError } from '../errors';
import type { ExecuteOptions } from '../graphql/execute';
import { RouteDocument, type RouteQuery } from '../graphql/generated/graphql';
import { run } from '../graphql/run';
import { shopperVariables } from '../graphql/shopper';

/** What a storefront URL points at: a product, category, brand or page, told apart by `__typename`. */
export type RouteNode = NonNullable<RouteQuery['site']['route']['node']>;
/** A redirect stored for a path (301s the merchant set up). */
export type RouteRedirect = NonNullable<RouteQuery['site']['route']['redirect']>;

/** The result of {@link resolveRoute}: the entity at the path and any stored redirect. */
export interface ResolvedRoute {
  node: RouteNode | null;
  redirect: RouteRedirect | null;
}

/**
 * Resolves a storefront URL path such as `/garden/bath/` to its product, category, brand or
 * page in one request; a product comes with everything its page needs.
 *
 * @throws {InvalidArgumentError} when `path` is not a path (it must start with `/`).
 * @example
 * const { node } = await resolveRoute(storefront, new URL(location.href).pathname);
 * if (node?.__typename === 'Product') renderProduct(node);
 */
export async function resolveRoute(
  storefront: Storefront,
  path: string,
  options?: ExecuteOptions,
): Promise<ResolvedRoute> {
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) {
    throw new InvalidArgumentError('Route', 'path', 'must be a path on the store, starting with a single "/"');
  }
  return run(storefront, RouteDocument, { path, ...shopperVariables(storefront) }, options, ({ site: { route } }) => ({
    node: route.node ?? null,
    redirect: route.redirect ?? null,
  }));
}
