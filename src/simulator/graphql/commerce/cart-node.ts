import type { CatalogProduct, CatalogVariant } from '../../catalog';
import { priceCart, toMajor, type CartTotals, type PricedLine } from '../../rest/pricing';
import type { SelectedOption, SimCart } from '../../rest/types';
import type { SimulatorContext } from '../context';
import type { Money } from '../money';
import { imageNode } from '../nodes/image';
import { nodeId } from '../node-id';
import { themeEnum } from './inputs';

/** Money in the cart's currency from minor units of the priced cart. */
export function moneyOf(totals: CartTotals): (minor: number) => Money {
  return (minor) => ({ currencyCode: totals.currency.code, value: toMajor(minor, totals.decimals) });
}

/** `DateTimeExtended` from a REST time (`2021-03-04T14:17:50+00:00` → `2021-03-04T14:17:50Z`). */
export function dateTimeOf(bcTime: string): { utc: string } {
  return { utc: bcTime.replace(/\+00:00$/, 'Z') };
}

function imageOf(ctx: SimulatorContext, product: CatalogProduct, variant: CatalogVariant) {
  const fallback = product.images.find((i) => i.isDefault) ?? product.images[0];
  const image = variant.image ?? fallback;
  return image ? imageNode(ctx, image, image === fallback) : null;
}

/** One chosen option as the CartSelectedOption type for its kind of product option. */
function selectedOptionNode(product: CatalogProduct, option: SelectedOption) {
  const base = { entityId: option.optionId, name: option.name };
  const kind = product.options.find((o) => o.id === option.optionId)?.kind;
  switch (kind) {
    case 'checkbox':
      return { __typename: 'CartSelectedCheckboxOption', ...base, value: option.value, valueEntityId: option.valueId ?? 0 };
    case 'text':
      return { __typename: 'CartSelectedTextFieldOption', ...base, text: option.value };
    case 'multi-line-text':
      return { __typename: 'CartSelectedMultiLineTextFieldOption', ...base, text: option.value };
    case 'number':
      return { __typename: 'CartSelectedNumberFieldOption', ...base, number: Number(option.value) };
    case 'date': {
      const date = new Date(/^\d+$/.test(option.value) ? Number(option.value) * 1000 : option.value);
      const utc = Number.isNaN(date.getTime()) ? option.value : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
      return { __typename: 'CartSelectedDateFieldOption', ...base, date: { utc } };
    }
    default:
      return { __typename: 'CartSelectedMultipleChoiceOption', ...base, value: option.value, valueEntityId: option.valueId ?? 0 };
  }
}

function physicalItemNode(ctx: SimulatorContext, totals: CartTotals, priced: PricedLine) {
  const money = moneyOf(totals);
  const { line, product, variant } = priced;
  const brand = product.brandId === null ? undefined : ctx.index.brand.get(product.brandId)?.name;
  return {
    entityId: line.id,
    parentEntityId: null,
    productEntityId: line.productId,
    variantEntityId: line.variantId,
    sku: variant.sku,
    name: product.name,
    brand: brand ?? null,
    quantity: line.quantity,
    isTaxable: true,
    discounts: [],
    discountedAmount: money(0),
    couponAmount: money(priced.coupon),
    listPrice: money(priced.list),
    originalPrice: money(priced.original),
    salePrice: money(priced.sale),
    extendedListPrice: money(priced.extendedList),
    extendedSalePrice: money(priced.extendedSale),
    isShippingRequired: true,
    selectedOptions: line.options.map((option) => selectedOptionNode(product, option)),
    path: product.path,
    image: imageOf(ctx, product, variant),
  };
}

/** The schema's Cart object, priced as the REST cart is (same totals, same version). */
export function cartNode(ctx: SimulatorContext, cart: SimCart, totals: CartTotals = priceCart(ctx.state, cart)) {
  const money = moneyOf(totals);
  const physicalItems = totals.lines.map((priced) => physicalItemNode(ctx, totals, priced));
  const giftCertificates = totals.gifts.map(({ line, amount }) => ({
    entityId: line.id,
    name: line.name,
    theme: themeEnum(line.theme),
    amount: money(amount),
    isTaxable: false,
    sender: line.sender,
    recipient: line.recipient,
    message: line.message,
  }));
  const totalQuantity = totals.lines.reduce((sum, l) => sum + l.line.quantity, 0) + totals.gifts.reduce((sum, g) => sum + g.line.quantity, 0);
  return {
    id: nodeId('Cart', cart.id),
    entityId: cart.id,
    currencyCode: totals.currency.code,
    isTaxIncluded: false,
    baseAmount: money(totals.baseAmount),
    // Automatic promotions; coupons are the checkout's (REST `discountAmount` is 0 too).
    discountedAmount: money(0),
    amount: money(totals.cartAmount),
    // One entry per line, as the docs' example answers (automatic promotions only: 0 here).
    discounts: totals.lines.map(({ line }) => ({ entityId: line.id, discountedAmount: money(0) })),
    lineItems: { physicalItems, digitalItems: [], giftCertificates, customItems: [], totalQuantity },
    createdAt: dateTimeOf(cart.createdTime),
    updatedAt: dateTimeOf(cart.updatedTime),
    locale: cart.locale,
    version: cart.version,
  };
}
