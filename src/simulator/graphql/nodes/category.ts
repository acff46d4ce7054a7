import type { CatalogCategory } from '../../catalog';
import { allEdges } from '../connection';
import type { SimulatorContext } from '../context';
import { nodeId } from '../node-id';
import { imageNode } from './image';

/** The category and its ancestors, top level first. */
export function categoryTrail(ctx: SimulatorContext, category: CatalogCategory): CatalogCategory[] {
  const trail: CatalogCategory[] = [];
  let current: CatalogCategory | undefined = category;
  // The bound guards against a parentId cycle in a hand-edited catalog.
  while (current && trail.length < 100) {
    trail.unshift(current);
    current = current.parentId === null ? undefined : ctx.index.category.get(current.parentId);
  }
  return trail;
}

/** Visible children of a category (`null`: the top level), in sort order. */
export function visibleChildren(ctx: SimulatorContext, parentId: number | null): CatalogCategory[] {
  return (ctx.index.children.get(parentId) ?? []).filter((c) => c.isVisible);
}

/** The schema's Category object. */
export function categoryNode(ctx: SimulatorContext, category: CatalogCategory) {
  return {
    __typename: 'Category',
    id: nodeId('Category', category.id),
    entityId: category.id,
    name: category.name,
    path: category.path,
    description: category.description,
    defaultImage: category.image ? imageNode(ctx, category.image, true) : null,
    // Top level first, down to the category itself, at most `depth` levels.
    breadcrumbs: ({ depth }: { depth: number }) =>
      allEdges(categoryTrail(ctx, category).slice(0, Math.max(0, depth)), (c) => ({
        entityId: c.id,
        name: c.name,
        path: c.path,
      })),
    seo: category.seo,
  };
}

/** The schema's CategoryTreeItem: `productCount` counts visible products assigned to the category itself. */
export function categoryTreeItemNode(ctx: SimulatorContext, category: CatalogCategory): Record<string, unknown> {
  const children = visibleChildren(ctx, category.id);
  return {
    entityId: category.id,
    name: category.name,
    path: category.path,
    description: category.description,
    productCount: (ctx.index.categoryProducts.get(category.id) ?? []).filter((p) => p.isVisible).length,
    image: category.image ? imageNode(ctx, category.image, true) : null,
    hasChildren: children.length > 0,
    children: () => children.map((child) => categoryTreeItemNode(ctx, child)),
  };
}
