import { sampleCustomers } from './customers';
import { createRandom, type Random } from './prng';
import { buildProduct, slugify, type IdCounters, type ProductDraft, type VariantOptionDraft } from './product-builder';
import { storeCountries, storeCurrencies, storeSettings } from './store-data';
import type { Catalog, CatalogBrand, CatalogCategory } from './types';

/** Options of {@link generateCatalog}. */
export interface GenerateCatalogOptions {
  /** How many products to generate. */
  products: number;
  /** PRNG seed; the same seed always gives the same catalog. Defaults to 1. */
  seed?: number;
}

const departments = ['Kitchen', 'Bath', 'Bedroom', 'Garden', 'Outdoor', 'Lighting'];
const aisles = ['Essentials', 'Storage', 'Decor', 'Textiles'];
const shelves = ['Classic', 'Modern', 'Rustic'];
const adjectives = ['Classic', 'Rustic', 'Modern', 'Handmade', 'Woven', 'Vintage', 'Compact', 'Deluxe', 'Everyday', 'Nordic', 'Coastal', 'Heritage'];
const materials = ['Linen', 'Oak', 'Copper', 'Stoneware', 'Cotton', 'Bamboo', 'Steel', 'Wool', 'Glass', 'Teak', 'Rattan', 'Marble'];
const nouns = ['Bowl', 'Towel', 'Planter', 'Lamp', 'Basket', 'Tray', 'Throw', 'Vase', 'Stool', 'Mug', 'Lantern', 'Shelf', 'Rug', 'Jar', 'Bench', 'Clock'];
const brandNames = ['Alder', 'Birch & Co', 'Cedarline', 'Dune', 'Elm Street', 'Fjord', 'Grove', 'Harbor', 'Inlet', 'Juniper', 'Kestrel', 'Larch', 'Meadow', 'North Loom', 'Orchard', 'Pebble', 'Quarry', 'Ridge', 'Saltmarsh', 'Thistle'];
const colors = [
  { label: 'Ivory', hex: '#f4efe1' },
  { label: 'Sage', hex: '#9caf88' },
  { label: 'Charcoal', hex: '#36393b' },
  { label: 'Rust', hex: '#b7410e' },
  { label: 'Navy', hex: '#1f2a44' },
  { label: 'Oat', hex: '#dcc9a8' },
];

// 6 departments x 4 aisles x 3 shelves: 102 categories, 3 levels deep; products go on shelves.
function generateCategories(): CatalogCategory[] {
  const categories: CatalogCategory[] = [];
  let id = 1;
  const add = (parentId: number | null, name: string, path: string): number => {
    categories.push({
      id,
      parentId,
      name,
      path,
      description: `<p>${name}</p>`,
      image: null,
      sortOrder: id,
      isVisible: true,
      seo: { pageTitle: name, metaDescription: '', metaKeywords: '' },
    });
    return id++;
  };
  for (const department of departments) {
    const dPath = `/${slugify(department)}/`;
    const dId = add(null, department, dPath);
    for (const aisle of aisles) {
      const aPath = `${dPath}${slugify(aisle)}/`;
      const aId = add(dId, `${department} ${aisle}`, aPath);
      for (const shelf of shelves) add(aId, `${shelf} ${department} ${aisle}`, `${aPath}${slugify(shelf)}/`);
    }
  }
  return categories;
}

function generateBrands(): CatalogBrand[] {
  return brandNames.map((name, i) => ({
    id: i + 1,
    name,
    path: `/brands/${slugify(name)}/`,
    image: { file: `brand-${slugify(name)}.svg`, altText: name },
    seo: { pageTitle: name, metaDescription: '', metaKeywords: '' },
  }));
}

function money(value: number): number {
  return Math.round(value * 100) / 100;
}

function productDraft(id: number, random: Random, shelfIds: number[], brands: CatalogBrand[]): ProductDraft {
  const name = `${random.pick(adjectives)} ${random.pick(materials)} ${random.pick(nouns)}`;
  const material = name.split(' ')[1] ?? '';
  const price = money(random.int(5, 400) - 0.01);
  const variantOptions: VariantOptionDraft[] = [];
  if (random.chance(0.3)) {
    const start = random.int(0, colors.length - 3);
    variantOptions.push({ name: 'Color', style: 'Swatch', values: colors.slice(start, start + 3) });
    if (random.chance(0.5)) {
      variantOptions.push({ name: 'Size', style: 'RectangleBoxes', values: [{ label: 'Small' }, { label: 'Medium' }, { label: 'Large' }] });
    }
  }
  const tracking = variantOptions.length > 0 && random.chance(0.6) ? 'variant' : random.pick(['none', 'product'] as const);
  const reviewCount = random.chance(0.3) ? 0 : random.int(1, 200);
  const daysOld = random.int(0, 1400);
  const draft: ProductDraft = {
    id,
    name,
    price,
    sku: `GEN-${id}`,
    path: `/${slugify(name)}-${id}/`,
    categoryIds: [...new Set(random.chance(0.2) ? [random.pick(shelfIds), random.pick(shelfIds)] : [random.pick(shelfIds)])],
    brandId: random.chance(0.9) ? random.pick(brands).id : null,
    salePrice: random.chance(0.2) ? money(price * 0.8) : null,
    retailPrice: random.chance(0.3) ? money(price * 1.25) : null,
    customFields: [['Material', material]],
    inventoryTracking: tracking,
    inventoryLevel: random.chance(0.1) ? 0 : random.int(1, 80),
    reviewCount,
    reviewRatingSum: reviewCount * random.int(2, 5),
    totalSold: random.int(0, 5000),
    isFeatured: random.chance(0.05),
    isFreeShipping: random.chance(0.1),
    dateCreated: new Date(Date.UTC(2025, 11, 31) - daysOld * 86_400_000).toISOString(),
    variantOptions,
  };
  if (variantOptions.length > 0) {
    draft.variant = () => ({
      price: random.chance(0.3) ? money(price + random.int(1, 40)) : null,
      inventoryLevel: random.chance(0.15) ? 0 : random.int(1, 30),
    });
  }
  return draft;
}

/**
 * A deterministic catalog of any size, for load tests and pagination; the same options always
 * give the same catalog. 10,000 products build in a fraction of a second.
 *
 * @throws RangeError when `products` is negative or not an integer.
 * @example
 * const catalog = generateCatalog({ products: 10_000, seed: 42 });
 */
/* @__NO_SIDE_EFFECTS__ */
export function generateCatalog(options: GenerateCatalogOptions): Catalog {
  if (!Number.isInteger(options.products) || options.products < 0) {
    throw new RangeError(`generateCatalog: products must be a non-negative integer, got ${options.products}`);
  }
  const random = createRandom(options.seed ?? 1);
  const categories = generateCategories();
  const parents = new Set(categories.map((c) => c.parentId));
  const shelfIds = categories.filter((c) => !parents.has(c.id)).map((c) => c.id);
  const brands = generateBrands();
  const ids: IdCounters = { option: 1, optionValue: 1, variant: 1, customField: 1 };
  const products = Array.from({ length: options.products }, (_, i) =>
    buildProduct(productDraft(i + 1, random, shelfIds, brands), ids),
  );
  return {
    settings: storeSettings('Generated Store'),
    currencies: storeCurrencies(),
    countries: storeCountries(),
    categories,
    brands,
    products,
    pages: [],
    blog: null,
    redirects: [],
    customers: sampleCustomers(),
  };
}
