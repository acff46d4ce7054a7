import type { CatalogProduct, CatalogProductOption, CatalogVariant } from '../catalog';
import type { CatalogIndex } from '../graphql/catalog-index';
import { invalidInput, unprocessable } from './errors';
import { isObject } from './input';
import type { CartLine, SelectedOption } from './types';

/** Largest quantity one request may ask for on a line; more is refused with 422. */
export const MAX_LINE_QUANTITY = 99_999;

/** A requested line, checked against the catalog (stock is checked on the whole cart). */
export interface ResolvedLine {
  productId: number;
  variantId: number;
  quantity: number;
  options: SelectedOption[];
}

/**
 * Reads a quantity: a whole number from 1 to {@link MAX_LINE_QUANTITY}.
 * @throws RestError 400 when not a number, 422 when zero, negative, fractional or too large.
 */
export function readQuantity(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidInput(`${where}quantity must be a number.`);
  if (!Number.isInteger(value) || value < 1 || value > MAX_LINE_QUANTITY) {
    throw unprocessable('Invalid quantity', `${where}quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}; got ${value}.`);
  }
  return value;
}

function optionValue(option: CatalogProductOption, raw: unknown, where: string): SelectedOption {
  const base = { optionId: option.id, name: option.displayName };
  const asId = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : undefined;
  const bad = (): never => {
    throw unprocessable('Invalid option value', `${where}optionValue ${JSON.stringify(raw)} is not a value of option ${option.id}.`);
  };
  switch (option.kind) {
    case 'multiple-choice': {
      const value = option.values.find((v) => v.id === asId) ?? bad();
      return { ...base, value: value.label, valueId: value.id };
    }
    case 'checkbox':
      if (asId !== option.checkedValueId && asId !== option.uncheckedValueId) bad();
      return { ...base, value: asId === option.checkedValueId ? 'Yes' : 'No', valueId: asId as number };
    case 'text':
    case 'multi-line-text': {
      const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : bad();
      if (option.maxLength !== null && text.length > option.maxLength) bad();
      if (option.minLength !== null && text.length < option.minLength) bad();
      return { ...base, value: text };
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
      if (!Number.isFinite(n) || (option.isIntegerOnly && !Number.isInteger(n))) bad();
      return { ...base, value: String(n) };
    }
    case 'date':
      return typeof raw === 'string' || typeof raw === 'number' ? { ...base, value: String(raw) } : bad();
    case 'file':
      throw unprocessable('Invalid option value', `${where}file options cannot be set through the REST Storefront API.`);
  }
}

function chooseVariant(product: CatalogProduct, variantId: unknown, picked: ReadonlySet<number>, where: string): CatalogVariant {
  const variantOptions = product.options.filter((o) => o.kind === 'multiple-choice' && o.isVariantOption);
  if (variantId !== undefined && variantId !== null) {
    if (typeof variantId !== 'number') throw invalidInput(`${where}variantId must be a number.`);
    const variant = product.variants.find((v) => v.id === variantId);
    if (!variant) throw unprocessable('Variant not found', `${where}variant ${variantId} is not a variant of product ${product.id}.`);
    const clash = variantOptions.some((o) => o.kind === 'multiple-choice' && o.values.some((v) => picked.has(v.id) && !variant.optionValueIds.includes(v.id)));
    if (clash) throw unprocessable('Invalid option value', `${where}optionSelections do not match variant ${variantId}.`);
    return variant;
  }
  if (variantOptions.length === 0) return product.variants[0] as CatalogVariant;
  const variant = product.variants.find((v) => v.optionValueIds.length > 0 && v.optionValueIds.every((id) => picked.has(id)));
  if (!variant) throw unprocessable('Missing required option', `Choose a value for every option of product ${product.id} in ${where}optionSelections, or send ${where}variantId.`);
  return variant;
}

/**
 * Checks one requested line item (`{ productId, quantity, variantId?, optionSelections? }`)
 * against the catalog and returns what the cart stores.
 * @throws RestError 400 for wrong types, 422 for unknown or unpurchasable products, variants and options.
 */
export function resolveLineItem(index: CatalogIndex, raw: unknown, where: string): ResolvedLine {
  if (!isObject(raw)) throw invalidInput(`${where} must be an object.`);
  const productId = raw['productId'];
  if (typeof productId !== 'number') throw invalidInput(`${where}productId must be a number.`);
  const quantity = readQuantity(raw['quantity'], where);
  const product = index.product.get(productId);
  if (!product || !product.isVisible) throw unprocessable('Product not found', `${where}product ${productId} does not exist.`);
  if (product.availability === 'Unavailable' || product.isPriceHidden) {
    throw unprocessable('This product cannot be purchased.', `${where}product ${productId} is not available for purchase.`);
  }
  const selections = raw['optionSelections'] ?? [];
  if (!Array.isArray(selections)) throw invalidInput(`${where}optionSelections must be an array.`);
  const chosen = new Map<number, SelectedOption>();
  selections.forEach((selection: unknown, i) => {
    const at = `${where}optionSelections[${i}].`;
    if (!isObject(selection) || typeof selection['optionId'] !== 'number') throw invalidInput(`${at}optionId must be a number.`);
    const option = product.options.find((o) => o.id === selection['optionId']);
    if (!option) throw unprocessable('Option not found', `${at}option ${String(selection['optionId'])} is not an option of product ${productId}.`);
    chosen.set(option.id, optionValue(option, selection['optionValue'], at));
  });
  const picked = new Set([...chosen.values()].flatMap((o) => (o.valueId === undefined ? [] : [o.valueId])));
  const variant = chooseVariant(product, raw['variantId'], picked, where);
  if (!variant.purchasable) throw unprocessable('This product cannot be purchased.', `${where}variant ${variant.id} is not available for purchase.`);
  const options: SelectedOption[] = [];
  for (const option of product.options) {
    const own = chosen.get(option.id);
    if (option.kind === 'multiple-choice' && option.isVariantOption) {
      const value = option.values.find((v) => variant.optionValueIds.includes(v.id));
      if (value) options.push({ optionId: option.id, name: option.displayName, value: value.label, valueId: value.id });
    } else if (own) options.push(own);
    else if (option.isRequired) throw unprocessable('Missing required option', `${where}option ${option.id} (${option.displayName}) is required.`);
  }
  return { productId, variantId: variant.id, quantity, options };
}

/** Whether two lines are the same configuration (they merge into one line, as on the real store). */
export function sameConfiguration(line: CartLine, resolved: ResolvedLine): boolean {
  if (line.productId !== resolved.productId || line.variantId !== resolved.variantId) return false;
  const key = (options: SelectedOption[]): string => JSON.stringify(options.map((o) => [o.optionId, o.valueId ?? o.value]));
  return key(line.options) === key(resolved.options);
}

/**
 * Checks the cart's lines against stock and purchase limits, per variant or per product as the
 * product tracks inventory.
 * @throws RestError 422 when a line asks for more than the store can sell.
 */
export function checkStock(index: CatalogIndex, lines: readonly CartLine[]): void {
  const perProduct = new Map<number, number>();
  const perVariant = new Map<number, number>();
  for (const line of lines) {
    perProduct.set(line.productId, (perProduct.get(line.productId) ?? 0) + line.quantity);
    perVariant.set(line.variantId, (perVariant.get(line.variantId) ?? 0) + line.quantity);
  }
  for (const [productId, quantity] of perProduct) {
    const product = index.product.get(productId);
    if (!product) continue;
    const short = (left: number): never => {
      throw unprocessable(
        `We don't have enough ${product.name} stock on hand for the quantity you selected. Please try again.`,
        `Only ${Math.max(0, left)} available.`,
      );
    };
    if (product.inventoryTracking === 'product' && quantity > product.inventoryLevel) short(product.inventoryLevel);
    if (product.inventoryTracking === 'variant') {
      for (const variant of product.variants) {
        if ((perVariant.get(variant.id) ?? 0) > variant.inventoryLevel) short(variant.inventoryLevel);
      }
    }
    if (product.maxPurchaseQuantity !== null && product.maxPurchaseQuantity > 0 && quantity > product.maxPurchaseQuantity) {
      throw unprocessable(`You can only purchase a maximum of ${product.maxPurchaseQuantity} of the ${product.name} per order.`);
    }
    if (product.minPurchaseQuantity !== null && quantity < product.minPurchaseQuantity) {
      throw unprocessable(`You must purchase a minimum of ${product.minPurchaseQuantity} of the ${product.name} per order.`);
    }
  }
}
