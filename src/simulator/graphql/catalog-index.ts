import type {
  Catalog,
  CatalogBlogPost,
  CatalogBrand,
  CatalogCategory,
  CatalogCurrency,
  CatalogProduct,
  CatalogRedirect,
  CatalogVariant,
  CatalogWebPage,
} from '../catalog';

/** What a storefront path can point at. */
export type RouteTarget =
  | { kind: 'product'; product: CatalogProduct }
  | { kind: 'category'; category: CatalogCategory }
  | { kind: 'brand'; brand: CatalogBrand }
  | { kind: 'page'; page: CatalogWebPage }
  | { kind: 'blog' }
  | { kind: 'blog-post'; post: CatalogBlogPost };

/**
 * Lookup tables over one catalog. They hold the catalog's own objects, so field edits (stock,
 * prices) show at once; structural edits (ids, paths, SKUs, added items) trigger a rebuild.
 */
export interface CatalogIndex {
  catalog: Catalog;
  /** All products, by ascending id (hidden ones included: callers filter on `isVisible`). */
  productsById: CatalogProduct[];
  product: Map<number, CatalogProduct>;
  variant: Map<number, { product: CatalogProduct; variant: CatalogVariant }>;
  /** Product SKUs map to the product alone; variant SKUs also name the variant. */
  sku: Map<string, { product: CatalogProduct; variant: CatalogVariant | null }>;
  category: Map<number, CatalogCategory>;
  /** Children of each category id (`null`: the top level), in sort order. */
  children: Map<number | null, CatalogCategory[]>;
  /** Products assigned directly to each category, by ascending id. */
  categoryProducts: Map<number, CatalogProduct[]>;
  brand: Map<number, CatalogBrand>;
  page: Map<number, CatalogWebPage>;
  post: Map<number, CatalogBlogPost>;
  routes: Map<string, RouteTarget>;
  redirects: Map<string, CatalogRedirect>;
  currency: Map<string, CatalogCurrency>;
}

/** The form a path is looked up by: decoded, NFC, lower case, with leading and trailing slashes. */
export function normalizePath(raw: string): string {
  let path = raw.split(/[?#]/, 1)[0] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray `%` is part of the path as written.
  }
  path = `/${path.normalize('NFC').toLowerCase()}/`.replace(/\/{2,}/g, '/');
  return path;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(catalog: Catalog): CatalogIndex {
  const productsById = [...catalog.products].sort((a, b) => a.id - b.id);
  const index: CatalogIndex = {
    catalog,
    productsById,
    product: new Map(),
    variant: new Map(),
    sku: new Map(),
    category: new Map(catalog.categories.map((c) => [c.id, c])),
    children: new Map(),
    categoryProducts: new Map(),
    brand: new Map(catalog.brands.map((b) => [b.id, b])),
    page: new Map(catalog.pages.map((p) => [p.id, p])),
    post: new Map((catalog.blog?.posts ?? []).map((p) => [p.id, p])),
    routes: new Map(),
    redirects: new Map(catalog.redirects.map((r) => [normalizePath(r.fromPath), r])),
    currency: new Map(catalog.currencies.map((c) => [c.code, c])),
  };
  const sortedCategories = [...catalog.categories].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  for (const category of sortedCategories) push(index.children, category.parentId, category);
  for (const product of productsById) {
    index.product.set(product.id, product);
    index.sku.set(product.sku, { product, variant: null });
    for (const variant of product.variants) {
      index.variant.set(variant.id, { product, variant });
      if (!index.sku.has(variant.sku)) index.sku.set(variant.sku, { product, variant });
    }
    for (const categoryId of product.categoryIds) push(index.categoryProducts, categoryId, product);
  }
  const route = (path: string, target: RouteTarget): void => void index.routes.set(normalizePath(path), target);
  for (const product of productsById) route(product.path, { kind: 'product', product });
  for (const category of catalog.categories) route(category.path, { kind: 'category', category });
  for (const brand of catalog.brands) route(brand.path, { kind: 'brand', brand });
  for (const page of catalog.pages) route(page.path, { kind: 'page', page });
  if (catalog.blog) {
    route(catalog.blog.path, { kind: 'blog' });
    for (const post of catalog.blog.posts) route(post.path, { kind: 'blog-post', post });
  }
  return index;
}

/** The lookup keys an index was built from, kept to notice edits made to the catalog since. */
interface Snapshot {
  arrays: unknown[];
  products: { ref: CatalogProduct; id: number; path: string; sku: string; variants: CatalogVariant[]; variantCount: number; categoryIds: number[] }[];
  keys: unknown[];
}

function otherKeys(catalog: Catalog): unknown[] {
  return [
    ...catalog.categories.flatMap((c) => [c, c.id, c.path, c.parentId]),
    ...catalog.brands.flatMap((b) => [b, b.id, b.path]),
    ...catalog.pages.flatMap((p) => [p, p.id, p.path]),
    ...catalog.redirects.flatMap((r) => [r, r.fromPath]),
    ...(catalog.blog?.posts ?? []).flatMap((p) => [p, p.id, p.path]),
    ...catalog.currencies.map((c) => c.code),
  ];
}

function snapshot(catalog: Catalog): Snapshot {
  return {
    arrays: [catalog.products, catalog.categories, catalog.brands, catalog.pages, catalog.redirects, catalog.blog],
    products: catalog.products.map((p) => ({
      ref: p,
      id: p.id,
      path: p.path,
      sku: p.sku,
      variants: p.variants,
      variantCount: p.variants.length,
      categoryIds: [...p.categoryIds],
    })),
    keys: otherKeys(catalog),
  };
}

// Runs on every request, so it compares references and numbers instead of building strings:
// about a tenth of a millisecond for 10,000 products.
function unchanged(catalog: Catalog, before: Snapshot): boolean {
  const arrays = [catalog.products, catalog.categories, catalog.brands, catalog.pages, catalog.redirects, catalog.blog];
  if (arrays.some((a, i) => a !== before.arrays[i]) || catalog.products.length !== before.products.length) return false;
  for (let i = 0; i < catalog.products.length; i++) {
    const p = catalog.products[i] as CatalogProduct;
    const s = before.products[i] as Snapshot['products'][number];
    if (p !== s.ref || p.id !== s.id || p.path !== s.path || p.sku !== s.sku) return false;
    if (p.variants !== s.variants || p.variants.length !== s.variantCount) return false;
    if (p.categoryIds.length !== s.categoryIds.length || p.categoryIds.some((id, j) => id !== s.categoryIds[j])) return false;
  }
  const keys = otherKeys(catalog);
  return keys.length === before.keys.length && keys.every((key, i) => key === before.keys[i]);
}

const cache = new WeakMap<Catalog, { snapshot: Snapshot; index: CatalogIndex }>();

/** The index of `catalog`, rebuilt only when its lookup keys changed since the last call. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = cache.get(catalog);
  if (cached && unchanged(catalog, cached.snapshot)) return cached.index;
  const index = buildIndex(catalog);
  cache.set(catalog, { snapshot: snapshot(catalog), index });
  return index;
}
