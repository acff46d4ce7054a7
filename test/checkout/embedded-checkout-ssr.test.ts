// @vitest-environment node
// Importing the checkout modules touches no DOM; calling embedCheckout without one says so.
import { expect, it } from 'vitest';

it('imports without a DOM, and embedCheckout then throws InvalidArgumentError', async () => {
  expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  const { embedCheckout } = await import('../../src/checkout/embedded-checkout');
  const { createStorefront, InvalidArgumentError } = await import('../../src/index');
  const storefront = createStorefront({ storeUrl: 'https://shop.example.com', token: 't' });
  expect(() => embedCheckout(storefront, { url: 'https://shop.example.com/x', container: '#checkout' })).toThrow(InvalidArgumentError);
  expect(() => embedCheckout(storefront, { url: 'https://shop.example.com/x', container: '#checkout' })).toThrow(/needs a browser page/);
});
