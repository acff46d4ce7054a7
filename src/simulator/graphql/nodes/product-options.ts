import type { CatalogOptionValue, CatalogProductOption, MultipleChoiceOption } from '../../catalog';
import { paginate, type ConnectionArgs } from '../connection';
import type { SimulatorContext } from '../context';
import { imageUrl } from './image';

function valueTypename(style: MultipleChoiceOption['displayStyle']): string {
  if (style === 'Swatch') return 'SwatchOptionValue';
  if (style === 'ProductPickList' || style === 'ProductPickListWithImages') return 'ProductPickListOptionValue';
  return 'MultipleChoiceOptionValue';
}

function valueNode(ctx: SimulatorContext, option: MultipleChoiceOption, value: CatalogOptionValue, selected: ReadonlySet<number>) {
  const common = { entityId: value.id, label: value.label, isDefault: value.isDefault, isSelected: selected.has(value.id) };
  const __typename = valueTypename(option.displayStyle);
  if (__typename === 'SwatchOptionValue') {
    return {
      __typename,
      ...common,
      hexColors: value.hexColors ?? [],
      imageUrl: ({ width }: { width: number }) => (value.image ? imageUrl(ctx, value.image.file, `${width}w`) : null),
    };
  }
  if (__typename === 'ProductPickListOptionValue') return { __typename, ...common, productId: value.productId ?? 0 };
  return { __typename, ...common };
}

/**
 * The schema's CatalogProductOption for one option of a product; `selected` holds the option
 * value ids chosen by the product query (variant, SKU or optionValueIds), empty when none.
 */
export function productOptionNode(ctx: SimulatorContext, option: CatalogProductOption, selected: ReadonlySet<number>) {
  const common = { entityId: option.id, displayName: option.displayName, isRequired: option.isRequired };
  switch (option.kind) {
    case 'multiple-choice':
      return {
        __typename: 'MultipleChoiceOption',
        ...common,
        isVariantOption: option.isVariantOption,
        displayStyle: option.displayStyle,
        values: (args: ConnectionArgs) => paginate(option.values, args, (v) => valueNode(ctx, option, v, selected)),
      };
    case 'checkbox':
      return {
        __typename: 'CheckboxOption',
        ...common,
        isVariantOption: false,
        label: option.label,
        checkedByDefault: option.checkedByDefault,
        checkedOptionValueEntityId: option.checkedValueId,
        uncheckedOptionValueEntityId: option.uncheckedValueId,
      };
    case 'text':
    case 'multi-line-text':
      return {
        __typename: option.kind === 'text' ? 'TextFieldOption' : 'MultiLineTextFieldOption',
        ...common,
        isVariantOption: false,
        defaultValue: option.defaultValue,
        minLength: option.minLength,
        maxLength: option.maxLength,
        maxLines: option.maxLines ?? null,
      };
    case 'number':
      return {
        __typename: 'NumberFieldOption',
        ...common,
        isVariantOption: false,
        defaultValue: option.defaultValue,
        lowest: option.lowest,
        highest: option.highest,
        isIntegerOnly: option.isIntegerOnly,
        limitNumberBy: option.limitBy,
      };
    case 'date':
      return {
        __typename: 'DateFieldOption',
        ...common,
        isVariantOption: false,
        defaultValue: option.defaultValue,
        earliest: option.earliest,
        latest: option.latest,
        limitDateBy: option.limitBy,
      };
    case 'file':
      return {
        __typename: 'FileUploadFieldOption',
        ...common,
        isVariantOption: false,
        maxFileSize: option.maxFileSize,
        fileTypes: option.fileTypes,
      };
  }
}
