import type { CartItemsInput, LineItemInput } from './types';
import { check, checkEmail, checkEntityId, checkInteger } from '../rest/validate';

/** Checks one product line. @throws {InvalidArgumentError} */
export const checkLineItem = (operation: string, item: LineItemInput, at: string): void => {
  checkEntityId(operation, item?.productId, `${at}.productId`);
  if (item.variantId !== undefined) checkEntityId(operation, item.variantId, `${at}.variantId`);
  checkInteger(operation, item.quantity, `${at}.quantity`);
  item.optionSelections?.forEach(({ optionId }, i) => checkEntityId(operation, optionId, `${at}.optionSelections[${i}].optionId`));
};

/**
 * Checks the items of `createCart`/`addCartItems`: at least one product line or gift certificate,
 * each well formed (gift certificates: 1 to 1000, sender and recipient emails).
 * @throws {InvalidArgumentError}
 */
export const checkCartItems = (operation: string, items: CartItemsInput): void => {
  const { lineItems = [], giftCertificates = [] } = items ?? {};
  check(lineItems.length + giftCertificates.length > 0, operation, 'items', 'is empty');
  lineItems.forEach((item, i) => checkLineItem(operation, item, `lineItems[${i}]`));
  giftCertificates.forEach((gift, i) => {
    const at = `giftCertificates[${i}]`;
    check(typeof gift?.amount == 'number' && gift.amount >= 1 && gift.amount <= 1000, operation, `${at}.amount`, 'must be from 1 to 1000');
    checkInteger(operation, gift.quantity, `${at}.quantity`);
    checkEmail(operation, gift.sender?.email, `${at}.sender.email`);
    checkEmail(operation, gift.recipient?.email, `${at}.recipient.email`);
  });
};
