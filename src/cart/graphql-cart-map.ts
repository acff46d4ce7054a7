// The GraphQL Storefront cart as the REST-shaped `Cart` every caller of the library sees: the
// same ids (line ids, the cart's entity id), amounts as numbers in the cart's currency, times as
// the REST API writes them, option choices as `{ name, nameId, value, valueId }` (only when
// `include` asks, as over REST) and the `version`. Fields GraphQL does not carry are left out:
// the currency's name, symbol and decimal places, `customerId`, `email`, coupons (the checkout's),
// gift wrapping, `isMutable`. `url` is the store origin plus the product's path.
import type { CartFieldsFragment, CartItemFieldsFragment } from '../graphql/generated/graphql';
import type { Cart, GiftCertificateInput, LineItemInput, LineItemOption, ProductLineItem } from './types';

type Item = CartItemFieldsFragment & { isShippingRequired?: boolean };
type Option = CartItemFieldsFragment['selectedOptions'][number];

const time = ({ utc }: { utc: string }) => utc.replace(/Z$/, '+00:00');

const option = (o: Option): LineItemOption => ({
  name: o.name,
  nameId: o.entityId,
  value: 'value' in o ? o.value : 'text' in o ? o.text : 'number' in o ? String(o.number) : o.date.utc,
  ...('valueEntityId' in o ? { valueId: o.valueEntityId } : {}),
});

const item = <T extends 'physical' | 'digital'>(origin: string, type: T, options: boolean) => (i: Item) =>
  ({
    id: i.entityId,
    productId: i.productEntityId,
    ...(i.variantEntityId ? { variantId: i.variantEntityId } : {}),
    ...(i.parentEntityId ? { parentId: i.parentEntityId } : {}),
    sku: i.sku ?? '',
    name: i.name,
    url: origin + i.path,
    quantity: i.quantity,
    brand: i.brand ?? '',
    isTaxable: i.isTaxable,
    imageUrl: i.image?.url ?? '',
    discounts: [],
    discountAmount: i.discountedAmount.value,
    couponAmount: i.couponAmount.value,
    originalPrice: i.originalPrice.value,
    listPrice: i.listPrice.value,
    salePrice: i.salePrice.value,
    extendedListPrice: i.extendedListPrice.value,
    extendedSalePrice: i.extendedSalePrice.value,
    ...(i.isShippingRequired === undefined ? {} : { isShippingRequired: i.isShippingRequired }),
    type,
    ...(options ? { options: i.selectedOptions.map(option) } : {}),
  }) as ProductLineItem & { type: T };

/**
 * The REST-shaped cart of a GraphQL `Cart` (the `CartFields` fragment).
 * @param origin - the store's origin, to make absolute product URLs as the REST API does
 * @param include - the `include` the REST API would have been asked: line item options
 */
export const toCart = (c: CartFieldsFragment, origin: string, include: readonly string[] = []): Cart => ({
  id: c.entityId,
  currency: { code: c.currencyCode },
  isTaxIncluded: c.isTaxIncluded,
  baseAmount: c.baseAmount.value,
  discountAmount: c.discountedAmount.value,
  cartAmount: c.amount.value,
  lineItems: {
    physicalItems: c.lineItems.physicalItems.map(item(origin, 'physical', include.includes('lineItems.physicalItems.options'))),
    digitalItems: c.lineItems.digitalItems.map(item(origin, 'digital', include.includes('lineItems.digitalItems.options'))),
    giftCertificates: c.lineItems.giftCertificates.map((g) => ({
      id: g.entityId,
      type: 'giftCertificate',
      name: g.name,
      amount: g.amount.value,
      taxable: g.isTaxable,
      message: g.message ?? '',
      // REST spells the theme as a word: BIRTHDAY → Birthday.
      theme: g.theme[0] + g.theme.slice(1).toLowerCase(),
      sender: g.sender,
      recipient: g.recipient,
    })),
    customItems: c.lineItems.customItems.map((i) => ({
      id: i.entityId,
      ...(i.sku ? { sku: i.sku } : {}),
      name: i.name,
      quantity: i.quantity,
      listPrice: i.listPrice.value,
      extendedListPrice: i.extendedListPrice.value,
    })),
  },
  createdTime: time(c.createdAt),
  updatedTime: time(c.updatedAt),
  locale: c.locale,
  ...(c.version === null ? {} : { version: c.version }),
});

/**
 * The GraphQL input of REST-shaped lines. An `optionValue` that is a number is a value id (a
 * multiple-choice option), a string is a text field's text; gift wrapping has no GraphQL input.
 */
export const toLinesInput = ({ lineItems, giftCertificates }: { lineItems?: LineItemInput[]; giftCertificates?: GiftCertificateInput[] }) => ({
  ...(lineItems && {
    lineItems: lineItems.map(({ productId, quantity, variantId, optionSelections = [] }) => {
      const ofKind = (kind: string) => optionSelections.filter((o) => typeof o.optionValue == kind);
      const choices = ofKind('number').map((o) => ({ optionEntityId: o.optionId, optionValueEntityId: o.optionValue as number }));
      const texts = ofKind('string').map((o) => ({ optionEntityId: o.optionId, text: o.optionValue as string }));
      return {
        productEntityId: productId,
        quantity,
        ...(variantId ? { variantEntityId: variantId } : {}),
        ...(optionSelections.length ? { selectedOptions: { ...(choices.length ? { multipleChoices: choices } : {}), ...(texts.length ? { textFields: texts } : {}) } } : {}),
      };
    }),
  }),
  ...(giftCertificates && {
    giftCertificates: giftCertificates.map((g) => ({ ...g, theme: g.theme.toUpperCase() as 'BIRTHDAY' })),
  }),
});
