import type { CatalogRedirect } from '../../catalog';
import { normalizePath, type RouteTarget } from '../catalog-index';
import type { SimulatorContext } from '../context';
import { nodeId } from '../node-id';
import { brandNode } from './brand';
import { categoryNode } from './category';
import { blogNode, blogPostNode, webPageNode } from './content';
import { productNode } from './product';

function targetNode(ctx: SimulatorContext, target: RouteTarget) {
  switch (target.kind) {
    case 'product':
      return target.product.isVisible ? productNode(ctx, target.product) : null;
    case 'category':
      return target.category.isVisible ? categoryNode(ctx, target.category) : null;
    case 'brand':
      return brandNode(ctx, target.brand);
    case 'page':
      return webPageNode(target.page);
    case 'blog':
      return ctx.index.catalog.blog ? blogNode(ctx.index.catalog.blog) : null;
    case 'blog-post':
      return blogPostNode(target.post);
  }
}

const redirectTypenames = {
  product: 'ProductRedirect',
  category: 'CategoryRedirect',
  brand: 'BrandRedirect',
  page: 'PageRedirect',
  'blog-post': 'BlogPostRedirect',
} as const;

function entityPath(ctx: SimulatorContext, to: Exclude<CatalogRedirect['to'], { type: 'manual' }>): string | undefined {
  const { index } = ctx;
  switch (to.type) {
    case 'product':
      return index.product.get(to.entityId)?.path;
    case 'category':
      return index.category.get(to.entityId)?.path;
    case 'brand':
      return index.brand.get(to.entityId)?.path;
    case 'page':
      return index.page.get(to.entityId)?.path;
    case 'blog-post':
      return index.post.get(to.entityId)?.path;
  }
}

/** The schema's Redirect; null when it points at an entity that no longer exists. */
function redirectNode(ctx: SimulatorContext, redirect: CatalogRedirect) {
  const origin = ctx.index.catalog.settings.vanityUrl;
  const absolute = (url: string): string => (url.startsWith('/') ? `${origin}${url}` : url);
  const common = { __typename: 'Redirect', id: nodeId('Redirect', redirect.id), fromPath: redirect.fromPath };
  const to = redirect.to;
  if (to.type === 'manual') {
    return { ...common, to: { __typename: 'ManualRedirect', url: to.url }, toUrl: absolute(to.url) };
  }
  const path = entityPath(ctx, to);
  if (path === undefined) return null;
  return { ...common, to: { __typename: redirectTypenames[to.type], entityId: to.entityId, path }, toUrl: absolute(path) };
}

/**
 * The schema's Route for a storefront path, found whatever its trailing slash, letter case or
 * percent-encoding: the entity at the path and any 301 redirect stored for it (both may be set,
 * as with BigCommerce's default `redirectBehavior: IGNORE`).
 */
export function routeNode(ctx: SimulatorContext, path: string) {
  const key = normalizePath(path);
  const target = ctx.index.routes.get(key);
  const redirect = ctx.index.redirects.get(key);
  return {
    node: () => (target ? targetNode(ctx, target) : null),
    redirect: () => (redirect ? redirectNode(ctx, redirect) : null),
  };
}
