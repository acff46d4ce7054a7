import type { CartItemsInput, GiftCertificateInput, LineItemInput } from './types';

/** Accepts one line, an array of lines, or `{ lineItems, giftCertificates }`. */
export const toItems = (input: CartItemsInput | LineItemInput | readonly LineItemInput[]): CartItemsInput =>
  Array.isArray(input) ? { lineItems: [...input] } : input && 'productId' in input ? { lineItems: [input as LineItemInput] } : (input as CartItemsInput);

/**
 * Folds the items of several callers into one request body. Lines for the same product, variant,
 * options and wrapping become one line with the summed quantity (the store would merge them the
 * same way); gift certificates are kept one by one.
 */
export const mergeItems = (parts: readonly CartItemsInput[]): CartItemsInput => {
  const lines = new Map<string, LineItemInput>();
  const gifts: GiftCertificateInput[] = [];
  for (const { lineItems = [], giftCertificates = [] } of parts) {
    gifts.push(...giftCertificates);
    for (const item of lineItems) {
      const key = JSON.stringify([item.productId, item.variantId, item.optionSelections, item.giftWrapping]);
      const same = lines.get(key);
      lines.set(key, same ? { ...same, quantity: same.quantity + item.quantity } : item);
    }
  }
  const items: CartItemsInput = {};
  if (lines.size) items.lineItems = [...lines.values()];
  if (gifts.length) items.giftCertificates = gifts;
  return items;
};
