import type { CatalogBrand, CatalogCategory } from './types';

type CategoryRow = [id: number, parentId: number | null, name: string, path: string, description: string];

// Three levels deep on both sides of the store; `Sale` is a flat merchandising category.
const categoryRows: CategoryRow[] = [
  [20, null, 'Home', '/home/', 'Everything for a calm, well-made home.'],
  [21, 20, 'Bath', '/home/bath/', 'Towels, mats and bathroom accessories.'],
  [22, 21, 'Towels', '/home/bath/towels/', 'Soft, absorbent towels in cotton and linen.'],
  [23, 21, 'Bath Accessories', '/home/bath/accessories/', 'Soap dishes, caddies and storage.'],
  [24, 20, 'Kitchen', '/home/kitchen/', 'Cookware and tableware built to last.'],
  [25, 24, 'Cookware', '/home/kitchen/cookware/', 'Cast iron, copper and enamel.'],
  [26, 24, 'Tableware', '/home/kitchen/tableware/', 'Plates, mugs, napkins and boards.'],
  [27, 20, 'Living Room', '/home/living-room/', 'Throws, cushions and candles.'],
  [30, null, 'Garden', '/garden/', 'Tools, planters and furniture for outdoor living.'],
  [31, 30, 'Planters', '/garden/planters/', 'Pots and planters for every window and patio.'],
  [32, 30, 'Garden Tools', '/garden/tools/', 'Hand tools for planting, pruning and watering.'],
  [33, 32, 'Pruners & Shears', '/garden/tools/pruners-shears/', 'Sharp, comfortable cutting tools.'],
  [34, 30, 'Outdoor Furniture', '/garden/outdoor-furniture/', 'Benches, bistro sets and hammocks.'],
  [40, null, 'Sale', '/sale/', 'Reduced prices while stocks last.'],
];

/** The sample store's category tree (14 categories, 3 levels deep). */
export function sampleCategories(): CatalogCategory[] {
  return categoryRows.map(([id, parentId, name, path, description], index) => ({
    id,
    parentId,
    name,
    path,
    description: `<p>${description}</p>`,
    image: { file: `category-${path.split('/').filter(Boolean).join('-')}.svg`, altText: name },
    sortOrder: index,
    isVisible: true,
    seo: { pageTitle: `${name} | Hearth & Garden`, metaDescription: description, metaKeywords: name.toLowerCase() },
  }));
}

const brandRows: [number, string, string][] = [
  [1, 'Linen Lane', 'Textiles woven in small mills.'],
  [2, 'Kiln Works', 'Stoneware thrown and glazed by hand.'],
  [3, 'Ironhold', 'Cast iron cookware that outlives its owners.'],
  [4, 'Bloom & Root', 'Planters and tools for growers.'],
  [5, 'Oak & Ash', 'Hardwood furniture and kitchen boards.'],
  [6, 'Copperline', 'Copper and steel for kitchen and garden.'],
];

/** The sample store's brands (6). */
export function sampleBrands(): CatalogBrand[] {
  return brandRows.map(([id, name, blurb]) => {
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return {
      id,
      name,
      path: `/brands/${slug}/`,
      image: { file: `brand-${slug}.svg`, altText: name },
      seo: { pageTitle: `${name} | Hearth & Garden`, metaDescription: blurb, metaKeywords: name.toLowerCase() },
    };
  });
}
