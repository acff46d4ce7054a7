import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../src/simulator/catalog';
import { createGraphQLExecutor } from '../../src/simulator/graphql';

describe('generateCatalog', () => {
  // No timing here: timings on shared machines are noisy (it takes about 0.3 s on one).
  it('builds 10,000 products with unique ids, SKUs and paths', () => {
    const catalog = generateCatalog({ products: 10_000, seed: 42 });
    expect(catalog.products).toHaveLength(10_000);
    expect(new Set(catalog.products.map((p) => p.id)).size).toBe(10_000);
    expect(new Set(catalog.products.map((p) => p.path)).size).toBe(10_000);
    const skus = catalog.products.flatMap((p) => p.variants.map((v) => v.sku));
    expect(new Set(skus).size).toBe(skus.length);
    expect(new Set(catalog.products.flatMap((p) => p.variants.map((v) => v.id))).size).toBe(skus.length);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateCatalog({ products: 500, seed: 7 });
    const b = generateCatalog({ products: 500, seed: 7 });
    const c = generateCatalog({ products: 500, seed: 8 });
    expect(b).toEqual(a);
    expect(c.products.map((p) => p.name)).not.toEqual(a.products.map((p) => p.name));
    expect(generateCatalog({ products: 3 })).toEqual(generateCatalog({ products: 3, seed: 1 }));
  });

  it('makes a varied store: a 3-level tree, brands, variants, sales and stock-outs', () => {
    const catalog = generateCatalog({ products: 2000, seed: 3 });
    expect(catalog.categories).toHaveLength(102);
    expect(catalog.categories.find((c) => c.path === '/kitchen/storage/rustic/')?.parentId).toBe(
      catalog.categories.find((c) => c.path === '/kitchen/storage/')?.id,
    );
    expect(catalog.brands).toHaveLength(20);
    const share = (test: (p: (typeof catalog.products)[number]) => boolean) =>
      catalog.products.filter(test).length / catalog.products.length;
    expect(share((p) => p.variants.length > 1)).toBeGreaterThan(0.2);
    expect(share((p) => p.salePrice !== null)).toBeGreaterThan(0.1);
    expect(share((p) => p.inventoryTracking === 'product' && p.inventoryLevel === 0)).toBeGreaterThan(0.01);
    expect(share((p) => p.variants.some((v) => v.inventoryLevel === 0) && p.inventoryTracking === 'variant')).toBeGreaterThan(0.01);
    expect(share((p) => p.isFeatured)).toBeGreaterThan(0.01);
    expect(catalog.products.every((p) => p.images.length === 1 && p.price > 0)).toBe(true);
  });

  it('refuses a negative or fractional size', () => {
    expect(() => generateCatalog({ products: -1 })).toThrow(RangeError);
    expect(() => generateCatalog({ products: 1.5 })).toThrow(RangeError);
    expect(generateCatalog({ products: 0 }).products).toEqual([]);
  });

  it('answers lookups, searches and deep pages over 10,000 products', async () => {
    const catalog = generateCatalog({ products: 10_000, seed: 11 });
    const run = createGraphQLExecutor(catalog);
    const target = catalog.products[7_654]!;
    const lookup = await run({
      query: `query ($path: String!, $sku: String!) {
        site {
          route(path: $path) { node { ... on Product { entityId } } }
          product(sku: $sku) { entityId }
          products(first: 50, after: "YXJyYXljb25uZWN0aW9uOjk5NDk=") { edges { node { entityId } } pageInfo { hasNextPage } }
          search { searchProducts(filters: { searchTerm: "linen", hideOutOfStock: true }, sort: LOWEST_PRICE) {
            products(first: 5) { collectionInfo { totalItems } edges { node { name } } }
            filters { edges { node { displayName } } }
          } }
        }
      }`,
      variables: { path: target.path, sku: target.sku },
    });
    expect(lookup.errors).toBeUndefined();
    const site = (lookup.data as { site: Record<string, any> }).site;
    expect(site['route'].node.entityId).toBe(target.id);
    expect(site['product'].entityId).toBe(target.id);
    // The cursor is offset 9949, so the last page holds products 9951-10000.
    expect(site['products'].edges.map((e: any) => e.node.entityId)).toEqual(Array.from({ length: 50 }, (_, i) => 9_951 + i));
    expect(site['products'].pageInfo.hasNextPage).toBe(false);
    const search = site['search'].searchProducts;
    expect(search.products.collectionInfo.totalItems).toBeGreaterThan(100);
    expect(search.products.edges.map((e: any) => e.node.name)).toEqual(Array(5).fill(expect.stringMatching(/linen/i)));
    expect(search.filters.edges.map((e: any) => e.node.displayName)).toEqual(
      expect.arrayContaining(['Category', 'Brand', 'Color', 'Material', 'Price', 'Other']),
    );
  });
});
