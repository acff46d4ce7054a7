// Embedded Checkout end to end in Chromium: a headless site on one origin (http://localhost:P)
// embeds the simulator's checkout served on another (http://127.0.0.1:Q) with embedCheckout,
// the shopper places the order inside the frame, and the site's onComplete hears it. Forged
// events from other frames (the site's own origin, and the checkout's origin in another window)
// change nothing.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { measureBundle } from '../../bench/bundle-size';
import { US_ADDRESS_INPUT, gqlShopper } from '../simulator/commerce-helpers';
import { describeInChromium, openPage, screenshots, useCrossSite } from './harness';

/** The site's script: the library's checkout functions bundled for the browser, as a site's build would. */
const bundleLibrary = async (): Promise<string> =>
  (await measureBundle(`export { createStorefront, embedCheckout } from 'bc-storefront';`)).code;

// The site's checkout page. The storefront token is public by design (it is in every page).
const SITE_PAGE = `<!doctype html><meta charset="utf-8"><title>Site checkout</title><link rel="icon" href="data:,">
<h1>My headless shop</h1><div id="checkout"></div><div id="others"></div>
<script type="module">
import { createStorefront, embedCheckout } from '/lib.js';
const params = new URLSearchParams(location.search);
const storefront = createStorefront({ storeUrl: params.get('store'), token: params.get('token') });
window.log = [];
window.heard = [];
addEventListener('message', (event) => heard.push(event.data && event.data.type));
window.checkout = embedCheckout(storefront, {
  cartId: params.get('cart'),
  container: '#checkout',
  onLoad: () => log.push('load'),
  onComplete: () => log.push('complete'),
  onError: (error) => log.push('error: ' + error.message),
});
checkout.events.listen((event) => log.push('event: ' + event.type));
checkout.loaded.then(() => log.push('loaded'), (error) => log.push('rejected: ' + error.code));
// Others posting checkout events: a frame of the site's own origin, and the store's embedded page
// for a link with no cart (it posts FRAME_ERROR to any origin) in a frame that is not the checkout's.
for (const src of ['/forger', params.get('store') + '/embedded-checkout?id=none&token=' + '0'.repeat(64)]) {
  const frame = document.createElement('iframe');
  frame.src = src;
  document.getElementById('others').append(frame);
}
</script>`;
const FORGER_PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script>
for (const data of [{ type: 'CHECKOUT_COMPLETE' }, { type: 'CHECKOUT_ERROR', payload: { message: 'forged' } }, { type: 'FRAME_ERROR', payload: { message: 'forged' } }])
  parent.postMessage(data, '*');
</script>`;

describeInChromium('embedCheckout in Chromium, across sites', () => {
  const shot = screenshots('embedded-checkout');
  const suite = useCrossSite(async () => {
    const library = await bundleLibrary();
    return ({ pathname }) =>
      pathname === '/lib.js' ? { type: 'text/javascript', body: library }
        : { type: 'text/html', body: pathname === '/forger' ? FORGER_PAGE : SITE_PAGE };
  });

  /** A cart with everything the checkout needs but the payment step. */
  async function readyCart(): Promise<string> {
    const gql = gqlShopper(suite.store.url, suite.sim.token);
    const cart = (await gql.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 2 }] } })).cart.createCart.cart;
    const id = cart.entityId as string;
    await gql.data('TestAddCheckoutBillingAddress', { input: { checkoutEntityId: id, data: { address: US_ADDRESS_INPUT } } });
    const consignment = (await gql.data('TestAddCheckoutShippingConsignments', {
      input: { checkoutEntityId: id, data: { consignments: [{ address: US_ADDRESS_INPUT, lineItems: [{ lineItemEntityId: cart.lineItems.physicalItems[0].entityId, quantity: 2 }] }] } },
    })).checkout.addCheckoutShippingConsignments.checkout.shippingConsignments[0];
    await gql.data('TestSelectCheckoutShippingOption', {
      input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } },
    });
    return id;
  }

  const logOf = (page: Page) => page.evaluate(() => (window as unknown as { log: string[] }).log);

  it('loads the checkout from the cart id, sizes the frame, and hears the order placed inside it', async () => {
    const cartId = await readyCart();
    const { page, problems } = await openPage(suite.browser);
    await page.goto(`${suite.siteOrigin}/?${new URLSearchParams({ store: suite.store.url, token: suite.sim.token, cart: cartId })}`);
    await expect.poll(() => logOf(page), { timeout: 10_000 }).toEqual(['event: FRAME_LOADED', 'event: CHECKOUT_LOADED', 'load', 'loaded']);
    // iframe-resizer: the frame answered the host's init with its content's height.
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLIFrameElement>('#checkout iframe')!.style.height), { timeout: 10_000 }).toMatch(/^\d+px$/);
    const frameElement = page.locator('#checkout iframe');
    expect(await frameElement.getAttribute('sandbox')).toContain('allow-scripts');
    const frame = page.frames().find((f) => f.url().startsWith(`${suite.store.url}/embedded-checkout`));
    expect(frame).toBeDefined();
    expect(await frame!.textContent('#items')).toContain('2 × Ceramic Soap Dish');
    await shot(page, 'checkout-loaded');

    await frame!.click('#place-order');
    await expect.poll(() => logOf(page), { timeout: 10_000 }).toContain('complete');
    const status = (await frame!.textContent('#status')) ?? '';
    const orderId = Number(/^Order (\d+) placed\.$/.exec(status)?.[1]);
    expect(orderId).toBeGreaterThan(0);
    // The order is the store's: the cart became it, and the frame's place-order call succeeded.
    expect(suite.sim.requests().filter((e) => e.path === '/checkout/place-order').map((e) => e.status)).toEqual([200]);
    const gql = gqlShopper(suite.store.url, suite.sim.token);
    expect((await gql.data('TestGetCart', { entityId: cartId })).site.cart).toBeNull();
    await shot(page, 'order-placed');

    // The forged events did reach the page, and none of them counted; nothing went wrong on it.
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((type) => type === 'FRAME_ERROR')).toHaveLength(2);
    expect(heard).toContain('CHECKOUT_ERROR');
    expect(await logOf(page)).toEqual(['event: FRAME_LOADED', 'event: CHECKOUT_LOADED', 'load', 'loaded', 'event: CHECKOUT_COMPLETE', 'complete']);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);

    await page.evaluate(() => (window as unknown as { checkout: { destroy(): void } }).checkout.destroy());
    expect(await page.locator('#checkout iframe').count()).toBe(0);
  }, 60_000);

  it('tells the page when the checkout refuses (onError) and when the cart is unknown (loaded rejects)', async () => {
    const gql = gqlShopper(suite.store.url, suite.sim.token);
    const unready = (await gql.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 1 }] } })).cart.createCart.cart.entityId as string;
    const { page, problems } = await openPage(suite.browser);
    await page.goto(`${suite.siteOrigin}/?${new URLSearchParams({ store: suite.store.url, token: suite.sim.token, cart: unready })}`);
    await expect.poll(() => logOf(page), { timeout: 10_000 }).toContain('load');
    await page.frames().find((f) => f.url().startsWith(`${suite.store.url}/embedded-checkout`))!.click('#place-order');
    await expect.poll(async () => (await logOf(page)).filter((line) => line.startsWith('error: ')), { timeout: 10_000 }).toEqual([
      expect.stringMatching(/^error: .*no billing address/),
    ]);
    expect(await logOf(page)).not.toContain('complete');

    const missing = await openPage(suite.browser);
    await missing.page.goto(`${suite.siteOrigin}/?${new URLSearchParams({ store: suite.store.url, token: suite.sim.token, cart: 'no-such-cart' })}`);
    await expect.poll(() => logOf(missing.page), { timeout: 10_000 }).toEqual(['rejected: ERR_NOT_FOUND']);
    expect([...problems.pageErrors, ...missing.problems.pageErrors]).toEqual([]);
  }, 60_000);
});
