// The GraphQL inputs of the cart and checkout mutations, read into the REST Storefront bodies the
// REST functions take, so both APIs share one set of rules (stock, options, addresses, versions).
import { GraphQLError } from 'graphql';
import type { JsonObject } from '../../rest/input';
import type { SimulatorContext } from '../context';

/** `CartLineItemInput`. */
export interface LineItemInput {
  quantity: number;
  productEntityId?: number | null;
  variantEntityId?: number | null;
  sku?: string | null;
  selectedOptions?: {
    checkboxes?: readonly { optionEntityId: number; optionValueEntityId: number }[] | null;
    multipleChoices?: readonly { optionEntityId: number; optionValueEntityId: number }[] | null;
    textFields?: readonly { optionEntityId: number; text: string }[] | null;
    multiLineTextFields?: readonly { optionEntityId: number; text: string }[] | null;
    numberFields?: readonly { optionEntityId: number; number: number }[] | null;
    dateFields?: readonly { optionEntityId: number; date: string }[] | null;
  } | null;
}

/** `CartGiftCertificateInput`. */
export interface GiftCertificateInput {
  name: string;
  theme: string;
  amount: number;
  quantity: number;
  sender: { name: string; email: string };
  recipient: { name: string; email: string };
  message?: string | null;
}

/** `CheckoutAddressInput`. */
export interface AddressInput {
  countryCode: string;
  shouldSaveAddress: boolean;
  customFields?: { texts?: readonly { fieldEntityId: number; text: string }[] | null } | null;
  [field: string]: unknown;
}

/** `CheckoutShippingConsignmentInput`. */
export interface ConsignmentInput {
  address: AddressInput;
  lineItems: readonly { lineItemEntityId: string; quantity: number }[];
}

/** Enum value of a gift certificate theme (`Birthday` → `BIRTHDAY`). */
export const themeEnum = (theme: string): string => theme.toUpperCase();

/** REST theme of an enum value (`BIRTHDAY` → `Birthday`). */
const themeName = (theme: string): string => theme.charAt(0) + theme.slice(1).toLowerCase();

/**
 * A REST line item (`{ productId, variantId?, quantity, optionSelections }`) from a GraphQL one.
 * A `sku` names a product or one of its variants. For an update (`forUpdate`), what the input
 * leaves out keeps the line's value (the product, and the options unless selectedOptions is sent).
 * @throws GraphQLError when neither productEntityId nor a known sku is given (except for an update).
 */
export function restLineItem(ctx: SimulatorContext, item: LineItemInput, forUpdate = false): JsonObject {
  let productId = item.productEntityId ?? undefined;
  let variantId = item.variantEntityId ?? undefined;
  if (item.sku !== undefined && item.sku !== null) {
    const hit = ctx.index.sku.get(item.sku);
    if (!hit) throw new GraphQLError(`SKU ${item.sku} was not found.`, { extensions: { code: 'SKU_NOT_FOUND' } });
    productId ??= hit.product.id;
    if (hit.variant) variantId ??= hit.variant.id;
  }
  if (productId === undefined && !forUpdate) {
    throw new GraphQLError('A line item needs productEntityId or sku.', { extensions: { code: 'INVALID_PRODUCT' } });
  }
  const options = item.selectedOptions ?? {};
  const optionSelections = [
    ...[...(options.multipleChoices ?? []), ...(options.checkboxes ?? [])].map((o) => ({ optionId: o.optionEntityId, optionValue: o.optionValueEntityId })),
    ...[...(options.textFields ?? []), ...(options.multiLineTextFields ?? [])].map((o) => ({ optionId: o.optionEntityId, optionValue: o.text })),
    ...(options.numberFields ?? []).map((o) => ({ optionId: o.optionEntityId, optionValue: o.number })),
    ...(options.dateFields ?? []).map((o) => ({ optionId: o.optionEntityId, optionValue: o.date })),
  ];
  return {
    ...(productId === undefined ? {} : { productId }),
    ...(variantId === undefined ? {} : { variantId }),
    quantity: item.quantity,
    ...(forUpdate && !item.selectedOptions ? {} : { optionSelections }),
  };
}

/** A REST gift certificate from a GraphQL one. */
export function restGiftCertificate(gift: GiftCertificateInput): JsonObject {
  return { ...gift, theme: themeName(gift.theme), message: gift.message ?? '' };
}

/** A REST body holding items (`lineItems`, `giftCertificates`) and, when given, a version. */
export function restItems(
  ctx: SimulatorContext,
  data: { lineItems?: readonly LineItemInput[] | null; giftCertificates?: readonly GiftCertificateInput[] | null },
  version?: number | null,
): JsonObject {
  return {
    lineItems: (data.lineItems ?? []).map((item) => restLineItem(ctx, item)),
    giftCertificates: (data.giftCertificates ?? []).map(restGiftCertificate),
    ...versionOf(version),
  };
}

/** `{ version }` when the input carried one (a stale one is then refused with CART_CONFLICT). */
export function versionOf(version: number | null | undefined): JsonObject {
  return version === undefined || version === null ? {} : { version };
}

/** A REST address from a GraphQL one; text custom fields keep their ids. */
export function restAddress(address: AddressInput): JsonObject {
  const { customFields, ...fields } = address;
  const texts = customFields?.texts ?? [];
  return { ...fields, customFields: texts.map((field) => ({ fieldId: String(field.fieldEntityId), fieldValue: field.text })) };
}

/** A REST consignment (`{ address, lineItems: [{ itemId, quantity }] }`) from a GraphQL one. */
export function restConsignment(consignment: ConsignmentInput): JsonObject {
  return {
    address: restAddress(consignment.address),
    lineItems: consignment.lineItems.map((item) => ({ itemId: item.lineItemEntityId, quantity: item.quantity })),
  };
}
