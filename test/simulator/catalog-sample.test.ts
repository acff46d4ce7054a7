import { describe, expect, it } from 'vitest';
import { sampleCatalog, type Catalog, type CatalogCategory } from '../../src/simulator/catalog';

function depthOf(catalog: Catalog, category: CatalogCategory): number {
  let depth = 1;
  let parentId = category.parentId;
  while (parentId !== null) {
    const parent = catalog.categories.find((c) => c.id === parentId);
    if (!parent) throw new Error(`category ${category.id} has a missing parent ${parentId}`);
    parentId = parent.parentId;
    depth++;
  }
  return depth;
}

function duplicates(values: readonly unknown[]): unknown[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('sampleCatalog', () => {
  const catalog = sampleCatalog();
  const visible = catalog.products.filter((p) => p.isVisible);
  const product = (id: number) => {
    const found = catalog.products.find((p) => p.id === id);
    if (!found) throw new Error(`no product ${id}`);
    return found;
  };

  it('is a store of 35 visible products, 14 categories three levels deep and 6 brands', () => {
    expect(visible).toHaveLength(35);
    expect(catalog.products.filter((p) => !p.isVisible).map((p) => p.id)).toEqual([136]);
    expect(catalog.categories).toHaveLength(14);
    expect(Math.max(...catalog.categories.map((c) => depthOf(catalog, c)))).toBe(3);
    expect(catalog.categories.find((c) => c.id === 22)).toMatchObject({ path: '/home/bath/towels/', parentId: 21 });
    expect(catalog.brands.map((b) => b.name)).toEqual(['Linen Lane', 'Kiln Works', 'Ironhold', 'Bloom & Root', 'Oak & Ash', 'Copperline']);
  });

  it('keeps ids, paths and SKUs unique and every reference resolvable', () => {
    const skus = catalog.products.flatMap((p) => [p.sku, ...p.variants.filter((v) => v.optionValueIds.length > 0).map((v) => v.sku)]);
    expect(duplicates(catalog.products.map((p) => p.id))).toEqual([]);
    expect(duplicates(catalog.products.flatMap((p) => p.variants.map((v) => v.id)))).toEqual([]);
    expect(duplicates(skus)).toEqual([]);
    const paths = [...catalog.products, ...catalog.categories, ...catalog.brands, ...catalog.pages].map((e) => e.path);
    expect(duplicates(paths)).toEqual([]);
    const categoryIds = new Set(catalog.categories.map((c) => c.id));
    const brandIds = new Set(catalog.brands.map((b) => b.id));
    for (const p of catalog.products) {
      expect(p.categoryIds.length).toBeGreaterThan(0);
      expect(p.categoryIds.every((id) => categoryIds.has(id)), `categories of ${p.id}`).toBe(true);
      expect(p.brandId === null || brandIds.has(p.brandId), `brand of ${p.id}`).toBe(true);
      const valueIds = new Set(p.options.flatMap((o) => (o.kind === 'multiple-choice' ? o.values.map((v) => v.id) : [])));
      expect(p.variants.every((v) => v.optionValueIds.every((id) => valueIds.has(id))), `variants of ${p.id}`).toBe(true);
    }
  });

  it('has products with variants built from size and colour options', () => {
    const towel = product(101);
    expect(towel.options.map((o) => o.displayName)).toEqual(['Color', 'Size']);
    expect(towel.variants).toHaveLength(9);
    expect(towel.variants.find((v) => v.id === 1008)).toMatchObject({
      sku: 'TOWEL-TC-CHARCOAL-BATHSHEET',
      price: 39,
      inventoryLevel: 0,
    });
    const combos = towel.variants.map((v) => v.optionValueIds.join(','));
    expect(duplicates(combos)).toEqual([]);
    expect(visible.filter((p) => p.variants.length > 1).length).toBeGreaterThanOrEqual(10);
  });

  it('has sale prices, stock-outs, a pre-order and an unavailable product', () => {
    expect(product(109)).toMatchObject({ price: 189, salePrice: 149, retailPrice: 220 });
    expect(visible.filter((p) => p.salePrice !== null && p.salePrice < p.price).length).toBeGreaterThanOrEqual(5);
    expect(product(103)).toMatchObject({ inventoryTracking: 'product', inventoryLevel: 0 });
    expect(product(113).variants.find((v) => v.sku === 'MUG-HT-SLATE')?.inventoryLevel).toBe(0);
    expect(product(110)).toMatchObject({ availability: 'Preorder', releaseDate: '2026-09-01T00:00:00Z' });
    expect(product(128).availability).toBe('Unavailable');
  });

  it('gives every product an SVG image under /sim-images/ and swatch variants their own', () => {
    for (const p of catalog.products) {
      expect(p.images.length, `images of ${p.id}`).toBeGreaterThan(0);
      expect(p.images.every((i) => /^[\p{L}\p{N}-]+\.svg$/u.test(i.file)), `image files of ${p.id}`).toBe(true);
    }
    expect(product(101).variants.map((v) => v.image?.file)).toContain('turkish-cotton-bath-towel-sage.svg');
  });

  it('includes the XSS probe name, a unicode path and content pages', () => {
    expect(product(120).name).toBe('<img src=x onerror=alert(1)>');
    expect(product(119).path).toBe('/café-lounge-chair/');
    expect(catalog.pages.map((p) => [p.path, p.kind])).toEqual([
      ['/shipping-returns/', 'normal'],
      ['/about-us/', 'normal'],
      ['/contact-us/', 'contact'],
      ['/towel-size-guide/', 'raw-html'],
    ]);
    expect(catalog.blog?.posts.map((p) => p.path)).toEqual(['/blog/spring-planting-guide/', '/blog/caring-for-cast-iron/']);
    expect(catalog.redirects.map((r) => r.to.type)).toEqual(['product', 'category', 'brand', 'page', 'blog-post', 'manual']);
  });

  it('returns a new deep copy on every call', () => {
    const first = sampleCatalog();
    first.products[0]!.categoryIds.push(99);
    first.products[0]!.variants[0]!.inventoryLevel = -5;
    first.settings.storeName = 'Changed';
    const second = sampleCatalog();
    expect(second.products[0]!.categoryIds).toEqual([22]);
    expect(second.products[0]!.variants[0]!.inventoryLevel).toBe(25);
    expect(second.settings.storeName).toBe('Hearth & Garden');
    expect(second).toEqual(catalog);
  });

  it('sets up USD (default), EUR and GBP and a handful of countries', () => {
    expect(catalog.currencies.map((c) => [c.code, c.exchangeRate, c.isDefault])).toEqual([
      ['USD', 1, true],
      ['EUR', 0.92, false],
      ['GBP', 0.79, false],
    ]);
    expect(catalog.countries.map((c) => c.code)).toEqual(['US', 'CA', 'AU', 'GB', 'DE', 'FR', 'NZ']);
    expect(catalog.countries[0]!.states.find((s) => s.abbreviation === 'OR')?.name).toBe('Oregon');
  });
});
