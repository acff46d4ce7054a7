// What the shopper chose on a product page, and what follows from it: the variant (price, SKU,
// stock, image) and the option selections a cart line needs.
import type { OptionSelection, ProductDetail } from 'bc-storefront';

export type ProductOption = NonNullable<ProductDetail['productOptions']['edges']>[number]['node'];
export type Variant = NonNullable<ProductDetail['variants']['edges']>[number]['node'];

/** Option id → a value id (choices, checkboxes) or text (text, number and date fields). */
export type Selection = Record<number, number | string>;

export const optionsOf = (product: ProductDetail): ProductOption[] => product.productOptions.edges?.map((edge) => edge.node) ?? [];
const variantsOf = (product: ProductDetail): Variant[] => product.variants.edges?.map((edge) => edge.node) ?? [];

/** The store's defaults: default values of choices, checkboxes as set, default texts. */
export function initialSelection(product: ProductDetail): Selection {
  const selection: Selection = {};
  for (const option of optionsOf(product)) {
    if (option.__typename === 'MultipleChoiceOption') {
      const values = option.values.edges?.map((edge) => edge.node) ?? [];
      const chosen = values.find((v) => v.isSelected) ?? values.find((v) => v.isDefault);
      if (chosen) selection[option.entityId] = chosen.entityId;
    } else if (option.__typename === 'CheckboxOption') {
      selection[option.entityId] = option.checkedByDefault ? option.checkedOptionValueEntityId : option.uncheckedOptionValueEntityId;
    } else if ((option.__typename === 'TextFieldOption' || option.__typename === 'MultiLineTextFieldOption') && option.defaultValue) {
      selection[option.entityId] = option.defaultValue;
    }
  }
  return selection;
}

/** The variant matching every chosen variant option, if one does (a product without options has one). */
export function findVariant(product: ProductDetail, selection: Selection): Variant | undefined {
  const variantOptions = optionsOf(product).filter((o) => o.isVariantOption);
  const variants = variantsOf(product);
  if (!variantOptions.length) return variants.length === 1 ? variants[0] : undefined;
  return variants.find((variant) =>
    (variant.options.edges ?? []).every(({ node }) => (node.values.edges ?? []).some((value) => value.node.entityId === selection[node.entityId])),
  );
}

/** Required options the shopper has not filled in (file uploads cannot be sent from here). */
export function missingOptions(product: ProductDetail, selection: Selection): ProductOption[] {
  return optionsOf(product).filter((option) => {
    if (!option.isRequired) return false;
    const value = selection[option.entityId];
    return value === undefined || value === '' || option.__typename === 'FileUploadFieldOption';
  });
}

/** Modifier choices for the cart line (variant options travel as the variant id). */
export function modifierSelections(product: ProductDetail, selection: Selection): OptionSelection[] {
  return optionsOf(product).flatMap((option): OptionSelection[] => {
    const value = selection[option.entityId];
    if (option.isVariantOption || value === undefined || value === '' || option.__typename === 'FileUploadFieldOption') return [];
    return [{ optionId: option.entityId, optionValue: value }];
  });
}
