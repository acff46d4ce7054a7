// The optimistic view of a cart: pending changes applied to a copy, in call order.
import { describe, expect, it } from 'vitest';
import type { Cart, PhysicalLineItem } from '../../src/cart/types';
import { preview } from '../../src/stores/cart-preview';

const line = (id: string, productId: number, variantId: number, quantity: number): PhysicalLineItem => ({ id, productId, variantId, quantity, salePrice: 10, extendedSalePrice: 10 * quantity });
const cart = (): Cart => ({
  id: 'c1',
  currency: { code: 'USD' },
  cartAmount: 60,
  version: 3,
  lineItems: {
    physicalItems: [line('a', 1, 11, 1), line('b', 2, 21, 2), line('c', 2, 22, 1)],
    digitalItems: [{ id: 'd', productId: 3, variantId: 31, quantity: 1 }],
    giftCertificates: [],
  },
});
const quantities = (value: Cart | null) => Object.fromEntries([...(value?.lineItems.physicalItems ?? []), ...(value?.lineItems.digitalItems ?? [])].map((l) => [l.id, l.quantity]));

describe('preview', () => {
  it('returns the cart itself when nothing is pending', () => {
    const base = cart();
    expect(preview(base, [])).toEqual({ cart: base, adding: 0 });
    expect(preview(base, []).cart).toBe(base);
  });

  it('sets quantities in call order, drops lines set to 0, and leaves the cart and amounts untouched', () => {
    const base = cart();
    const { cart: shown, adding } = preview(base, [{ id: 'a', quantity: 4 }, { id: 'a', quantity: 2 }, { id: 'd', quantity: 0 }, { id: 'zz', quantity: 9 }]);
    expect(quantities(shown)).toEqual({ a: 2, b: 2, c: 1 });
    expect(adding).toBe(0);
    expect(shown!.cartAmount).toBe(60);
    expect(shown!.lineItems.physicalItems[0]!.extendedSalePrice).toBe(10);
    expect(quantities(base)).toEqual({ a: 1, b: 2, c: 1, d: 1 });
  });

  it('draws an add on the one line it goes to; counts the rest as adding', () => {
    const base = cart();
    const { cart: shown, adding } = preview(base, [
      { items: [{ productId: 1, quantity: 2 }] }, // the product's only line
      { items: [{ productId: 2, variantId: 22, quantity: 1 }] }, // the named variant's line
      { items: [{ productId: 2, quantity: 5 }] }, // two lines of the product: which one is the store's choice
      { items: [{ productId: 1, quantity: 1, optionSelections: [{ optionId: 1, optionValue: 2 }] }] }, // options: maybe a new line
      { items: [{ productId: 9, quantity: 3 }] }, // not in the cart
      { id: 'a', quantity: 1 }, // a later absolute quantity wins
    ]);
    expect(quantities(shown)).toEqual({ a: 1, b: 2, c: 2, d: 1 });
    expect(adding).toBe(9);
  });

  it('counts every add as adding when there is no cart', () => {
    expect(preview(null, [{ items: [{ productId: 1, quantity: 2 }] }, { id: 'a', quantity: 5 }])).toEqual({ cart: null, adding: 2 });
  });
});
