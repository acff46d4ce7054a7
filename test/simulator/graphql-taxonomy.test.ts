import { describe, expect, it } from 'vitest';
import type { BrandPageQuery, BrandsQuery, CategoryTreeQuery } from '../../src/graphql/generated/graphql';
import { nodes, simulatorRunner } from './graphql-helpers';

describe('CategoryTree operation', () => {
  const sim = simulatorRunner();

  it('returns the visible top-level categories with their subtrees and direct product counts', async () => {
    const { categoryTree } = (await sim.data<CategoryTreeQuery>('CategoryTree')).site;
    expect(categoryTree.map((c) => [c.name, c.path, c.hasChildren, c.productCount])).toEqual([
      ['Home', '/home/', true, 0],
      ['Garden', '/garden/', true, 1],
      ['Sale', '/sale/', false, 5],
    ]);
    const home = categoryTree[0]!;
    expect(home.children.map((c) => c.name)).toEqual(['Bath', 'Kitchen', 'Living Room']);
    expect(home.children[0]!.children.map((c) => [c.name, c.path, c.productCount, c.hasChildren])).toEqual([
      ['Towels', '/home/bath/towels/', 3, false],
      ['Bath Accessories', '/home/bath/accessories/', 4, false],
    ]);
    expect(home.image).toEqual({
      url: '/sim-images/500w/category-home.svg',
      urlOriginal: '/sim-images/original/category-home.svg',
      altText: 'Home',
    });
    expect(home.description).toBe('<p>Everything for a calm, well-made home.</p>');
  });

  it('starts at rootEntityId, and leaves hidden categories and products out', async () => {
    const catalog = simulatorRunner().catalog;
    catalog.categories.find((c) => c.id === 23)!.isVisible = false;
    catalog.products.find((p) => p.id === 101)!.isVisible = false;
    const { categoryTree } = (await simulatorRunner(catalog).data<CategoryTreeQuery>('CategoryTree', { rootEntityId: 21 })).site;
    expect(categoryTree.map((c) => c.name)).toEqual(['Bath']);
    expect(categoryTree[0]!.children.map((c) => [c.name, c.productCount])).toEqual([['Towels', 2]]);
    expect((await sim.data<CategoryTreeQuery>('CategoryTree', { rootEntityId: 999 })).site.categoryTree).toEqual([]);
  });
});

describe('Brands and BrandPage operations', () => {
  const sim = simulatorRunner();

  it('lists brands with images and SEO, and pages through them', async () => {
    const all = (await sim.data<BrandsQuery>('Brands', { first: 50 })).site.brands;
    expect(nodes(all).map((b) => b.name)).toEqual(['Linen Lane', 'Kiln Works', 'Ironhold', 'Bloom & Root', 'Oak & Ash', 'Copperline']);
    expect(nodes(all)[3]).toEqual({
      id: Buffer.from('Brand:4').toString('base64'),
      entityId: 4,
      name: 'Bloom & Root',
      path: '/brands/bloom-root/',
      defaultImage: {
        url: '/sim-images/500w/brand-bloom-root.svg',
        urlOriginal: '/sim-images/original/brand-bloom-root.svg',
        altText: 'Bloom & Root',
      },
      seo: { pageTitle: 'Bloom & Root | Hearth & Garden', metaDescription: 'Planters and tools for growers.', metaKeywords: 'bloom & root' },
    });
    const first = (await sim.data<BrandsQuery>('Brands', { first: 4 })).site.brands;
    const rest = (await sim.data<BrandsQuery>('Brands', { first: 4, after: first.pageInfo.endCursor })).site.brands;
    expect([...nodes(first), ...nodes(rest)].map((b) => b.entityId)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([first.pageInfo.hasNextPage, rest.pageInfo.hasNextPage]).toEqual([true, false]);
    const some = (await sim.data<BrandsQuery>('Brands', { entityIds: [6, 2] })).site.brands;
    expect(nodes(some).map((b) => b.name)).toEqual(['Kiln Works', 'Copperline']);
  });

  it('returns a brand with a page of its products', async () => {
    const { brand } = (await sim.data<BrandPageQuery>('BrandPage', { entityId: 6, first: 3, currencyCode: 'GBP' })).site;
    expect(brand?.name).toBe('Copperline');
    expect(nodes(brand?.products).map((p) => [p.entityId, p.prices?.price.value, p.prices?.price.currencyCode])).toEqual([
      [109, 117.71, 'GBP'],
      [111, 33.18, 'GBP'],
      [124, 43.45, 'GBP'],
    ]);
    expect(brand?.products.collectionInfo?.totalItems).toBe(8);
    const next = (await sim.data<BrandPageQuery>('BrandPage', { entityId: 6, first: 10, after: brand?.products.pageInfo.endCursor })).site.brand;
    expect(nodes(next?.products).map((p) => p.entityId)).toEqual([125, 126, 129, 130, 132]);
    expect((await sim.data<BrandPageQuery>('BrandPage', { entityId: 404 })).site.brand).toBeNull();
  });
});
