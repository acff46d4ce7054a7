import type {
  CatalogOptionValue,
  CatalogProduct,
  CatalogProductOption,
  CatalogVariant,
  MultipleChoiceOption,
} from './types';

/** Next free ids, shared by every product of one catalog so option/value/variant ids stay unique. */
export interface IdCounters {
  option: number;
  optionValue: number;
  variant: number;
  customField: number;
}

/** A variant option to expand into variants (every combination of the options' values). */
export interface VariantOptionDraft {
  name: string;
  style: MultipleChoiceOption['displayStyle'];
  values: { label: string; hex?: string; isDefault?: boolean }[];
}

/** A modifier: an option that does not create variants. Ids are filled in by the builder. */
export type ModifierDraft = DistributiveOmit<Exclude<CatalogProductOption, MultipleChoiceOption>, 'id'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a catalog author writes for one product; everything else gets a realistic default. */
export type ProductDraft = Pick<CatalogProduct, 'id' | 'name' | 'price' | 'categoryIds'> &
  Partial<Omit<CatalogProduct, 'options' | 'variants' | 'customFields'>> & {
    customFields?: [string, string][];
    variantOptions?: VariantOptionDraft[];
    modifiers?: ModifierDraft[];
    /** Overrides for the variant with these value labels (in option order); e.g. price or stock per size. */
    variant?: (labels: string[]) => Partial<Omit<CatalogVariant, 'id' | 'sku' | 'optionValueIds'>>;
  };

/** Lower-case URL slug that keeps letters of any script (`Café Chair` → `café-chair`). */
export function slugify(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function skuPart(label: string, length: number): string {
  return label.replace(/[^A-Za-z0-9]/g, '').slice(0, length).toUpperCase() || 'X';
}

function cartesian<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((combo) => list.map((item) => [...combo, item])), [[]]);
}

function buildVariants(draft: ProductDraft, sku: string, options: MultipleChoiceOption[], ids: IdCounters): CatalogVariant[] {
  const base = (): Omit<CatalogVariant, 'id' | 'sku' | 'optionValueIds'> => ({
    price: null,
    salePrice: null,
    retailPrice: null,
    weight: null,
    image: null,
    inventoryLevel: draft.inventoryLevel ?? 0,
    purchasable: true,
    upc: null,
    mpn: null,
    gtin: null,
  });
  if (options.length === 0) return [{ id: ids.variant++, sku, optionValueIds: [], ...base() }];
  return cartesian(options.map((option) => option.values)).map((values: CatalogOptionValue[]) => ({
    id: ids.variant++,
    sku: [sku, ...values.map((v) => skuPart(v.label, 12))].join('-'),
    optionValueIds: values.map((v) => v.id),
    ...base(),
    ...draft.variant?.(values.map((v) => v.label)),
  }));
}

/** Builds a complete product from a draft, allocating option, value and variant ids from `ids`. */
export function buildProduct(draft: ProductDraft, ids: IdCounters): CatalogProduct {
  const slug = slugify(draft.name);
  const sku = draft.sku ?? `${skuPart(draft.name, 3)}-${draft.id}`;
  const variantOptions: MultipleChoiceOption[] = (draft.variantOptions ?? []).map((option) => ({
    kind: 'multiple-choice',
    id: ids.option++,
    displayName: option.name,
    displayStyle: option.style,
    isRequired: true,
    isVariantOption: true,
    values: option.values.map((value, i) => ({
      id: ids.optionValue++,
      label: value.label,
      // The first value is the default unless the draft names one.
      isDefault: option.values.some((v) => v.isDefault === true) ? value.isDefault === true : i === 0,
      ...(value.hex === undefined ? {} : { hexColors: [value.hex] }),
    })),
  }));
  const modifiers = (draft.modifiers ?? []).map((m) => ({ ...m, id: ids.option++ }) as CatalogProductOption);
  const images: CatalogProduct['images'] = draft.images ?? [{ file: `${slug}.svg`, altText: draft.name, isDefault: true }];
  const {
    customFields = [],
    variantOptions: _variantOptions,
    modifiers: _modifiers,
    variant: _variant,
    ...fields
  } = draft;
  return {
    path: `/${slug}/`,
    sku,
    description: `<p>${draft.name}.</p>`,
    warranty: '',
    searchKeywords: '',
    salePrice: null,
    retailPrice: null,
    mapPrice: null,
    costPrice: Math.round(draft.price * 45) / 100,
    isPriceHidden: false,
    weight: 1,
    brandId: null,
    customFields: customFields.map(([name, value]) => ({ id: ids.customField++, name, value })),
    inventoryTracking: 'none',
    inventoryLevel: 0,
    inventoryWarningLevel: 0,
    availability: 'Available',
    availabilityDescription: 'Usually ships in 1-2 business days',
    availabilityMessage: null,
    releaseDate: null,
    isFeatured: false,
    isFreeShipping: false,
    isVisible: true,
    reviewCount: 0,
    reviewRatingSum: 0,
    dateCreated: '2025-01-01T00:00:00Z',
    totalSold: 0,
    minPurchaseQuantity: null,
    maxPurchaseQuantity: null,
    upc: null,
    mpn: null,
    gtin: null,
    condition: 'NEW',
    sortOrder: 0,
    seo: { pageTitle: '', metaDescription: '', metaKeywords: '' },
    ...fields,
    images,
    options: [...variantOptions, ...modifiers],
    variants: buildVariants(draft, sku, variantOptions, ids),
  };
}

