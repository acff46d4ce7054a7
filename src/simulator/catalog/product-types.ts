import type { CatalogImage, CatalogSeo } from './types';

// Products, their options and variants: the largest part of the catalog model.

/** A value of a multiple-choice option. */
export interface CatalogOptionValue {
  id: number;
  label: string;
  isDefault: boolean;
  /** Swatch colours (up to 3, `#rrggbb`); only on `Swatch` options. */
  hexColors?: string[];
  /** Swatch texture image; only on `Swatch` options. */
  image?: CatalogImage;
  /** The linked product of a pick-list value; only on `ProductPickList*` options. */
  productId?: number;
}

interface OptionBase {
  id: number;
  displayName: string;
  isRequired: boolean;
}

/** A multiple-choice option; variant options (size, colour) define the variants. */
export interface MultipleChoiceOption extends OptionBase {
  kind: 'multiple-choice';
  displayStyle: 'Swatch' | 'DropdownList' | 'RadioButtons' | 'RectangleBoxes' | 'ProductPickList' | 'ProductPickListWithImages';
  isVariantOption: boolean;
  values: CatalogOptionValue[];
}

/** A checkbox modifier (e.g. gift wrap). */
export interface CheckboxOption extends OptionBase {
  kind: 'checkbox';
  label: string;
  checkedByDefault: boolean;
  checkedValueId: number;
  uncheckedValueId: number;
}

/** A single- or multi-line text modifier (e.g. engraving). */
export interface TextOption extends OptionBase {
  kind: 'text' | 'multi-line-text';
  defaultValue: string | null;
  minLength: number | null;
  maxLength: number | null;
  /** Multi-line only. */
  maxLines?: number | null;
}

/** A number modifier. */
export interface NumberOption extends OptionBase {
  kind: 'number';
  defaultValue: number | null;
  lowest: number | null;
  highest: number | null;
  isIntegerOnly: boolean;
  limitBy: 'HIGHEST_VALUE' | 'LOWEST_VALUE' | 'NO_LIMIT' | 'RANGE';
}

/** A date modifier (ISO-8601 dates). */
export interface DateOption extends OptionBase {
  kind: 'date';
  defaultValue: string | null;
  earliest: string | null;
  latest: string | null;
  limitBy: 'EARLIEST_DATE' | 'LATEST_DATE' | 'NO_LIMIT' | 'RANGE';
}

/** A file-upload modifier. */
export interface FileUploadOption extends OptionBase {
  kind: 'file';
  maxFileSize: number;
  fileTypes: string[];
}

/** Any product option: variant options and modifiers. */
export type CatalogProductOption = MultipleChoiceOption | CheckboxOption | TextOption | NumberOption | DateOption | FileUploadOption;

/** A variant: one combination of variant-option values, with its own SKU and stock. */
export interface CatalogVariant {
  id: number;
  sku: string;
  /** One value id per variant option of the product; empty for a product's base variant. */
  optionValueIds: number[];
  /** Overrides; null inherits the product's. */
  price: number | null;
  salePrice: number | null;
  retailPrice: number | null;
  weight: number | null;
  image: CatalogImage | null;
  /** Used when the product tracks inventory by variant. */
  inventoryLevel: number;
  /** False when the merchant disabled purchasing of this variant. */
  purchasable: boolean;
  upc: string | null;
  mpn: string | null;
  gtin: string | null;
}

/** A product with its options and variants (at least one: the base variant). */
export interface CatalogProduct {
  id: number;
  name: string;
  path: string;
  sku: string;
  /** HTML. */
  description: string;
  warranty: string;
  searchKeywords: string;
  price: number;
  salePrice: number | null;
  retailPrice: number | null;
  mapPrice: number | null;
  /** Never shown to shoppers; kept because real catalogs have it. */
  costPrice: number;
  isPriceHidden: boolean;
  weight: number | null;
  brandId: number | null;
  categoryIds: number[];
  /** The first image with `isDefault` (or the first) is the default image. */
  images: (CatalogImage & { isDefault: boolean })[];
  customFields: { id: number; name: string; value: string }[];
  options: CatalogProductOption[];
  variants: CatalogVariant[];
  /** `none`: always in stock; `product`: `inventoryLevel`; `variant`: each variant's level. */
  inventoryTracking: 'none' | 'product' | 'variant';
  inventoryLevel: number;
  inventoryWarningLevel: number;
  availability: 'Available' | 'Preorder' | 'Unavailable';
  /** e.g. "Usually ships in 24 hours". */
  availabilityDescription: string;
  /** Pre-order or unavailable message. */
  availabilityMessage: string | null;
  /** ISO-8601 release date of a pre-order product. */
  releaseDate: string | null;
  isFeatured: boolean;
  isFreeShipping: boolean;
  isVisible: boolean;
  reviewCount: number;
  /** Sum of the review ratings (1-5 each). */
  reviewRatingSum: number;
  /** ISO-8601. */
  dateCreated: string;
  totalSold: number;
  minPurchaseQuantity: number | null;
  maxPurchaseQuantity: number | null;
  upc: string | null;
  mpn: string | null;
  gtin: string | null;
  condition: 'NEW' | 'USED' | 'REFURBISHED';
  sortOrder: number;
  seo: CatalogSeo;
}
