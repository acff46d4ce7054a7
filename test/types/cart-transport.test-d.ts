import { describe, expectTypeOf, it } from 'vitest';
import {
  autoCart,
  createCartManager,
  createCartStore,
  graphqlCart,
  restCart,
  type Cart,
  type CartManagerOptions,
  type CartStoreOptions,
  type CartTransport,
  type Storefront,
} from '../../src/index';

declare const storefront: Storefront;

describe('cart transports', () => {
  it('are interchangeable CartTransports answering the REST-shaped Cart', () => {
    expectTypeOf(restCart).toEqualTypeOf<CartTransport>();
    expectTypeOf(graphqlCart).toEqualTypeOf<CartTransport>();
    expectTypeOf(autoCart).toEqualTypeOf<CartTransport>();
    expectTypeOf(graphqlCart.load(storefront, undefined, 'id')).resolves.toEqualTypeOf<Cart | null>();
  });

  it('are chosen by an option of the manager and the store, results unchanged', () => {
    expectTypeOf<CartManagerOptions['transport']>().toEqualTypeOf<CartTransport | undefined>();
    expectTypeOf<NonNullable<CartStoreOptions['transport']>>().toEqualTypeOf<CartTransport>();
    expectTypeOf(createCartManager(storefront, { transport: graphqlCart, cartId: () => null }).add({ productId: 1, quantity: 1 })).resolves.toEqualTypeOf<Cart>();
    expectTypeOf(createCartStore(storefront, { transport: autoCart }).add).returns.resolves.toEqualTypeOf<Cart>();
    // @ts-expect-error a transport is an object with load and send, not a name
    createCartStore(storefront, { transport: 'graphql' });
  });
});
