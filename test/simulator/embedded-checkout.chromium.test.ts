// The embedded checkout in a real browser: a headless site on another site (localhost vs
// 127.0.0.1) frames the embeddedCheckoutUrl and hears the frame's postMessage events.
import { expect, it } from 'vitest';
import { describeInChromium, openPage, useCrossSite } from '../browser/harness';
import { US_ADDRESS_INPUT, gqlShopper } from './commerce-helpers';

describeInChromium('the embedded checkout in Chromium', () => {
  // The headless site: one page that frames whatever URL it is given and records messages.
  const suite = useCrossSite(async () => (url) => ({
    type: 'text/html',
    body: `<!doctype html><title>site</title><script>window.events = [];
addEventListener('message', (e) => window.events.push({ origin: e.origin, data: e.data }));</script>
<iframe id="checkout" src="${(url.searchParams.get('frame') ?? '').replace(/"/g, '&quot;')}" width="600" height="400"></iframe>`,
  }));

  it('posts FRAME_LOADED and CHECKOUT_LOADED, then CHECKOUT_COMPLETE (no payload, as checkout-sdk), to the framing site', async () => {
    const gql = gqlShopper(suite.store.url, suite.sim.token);
    const cart = (await gql.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 1 }] } })).cart.createCart.cart;
    const id = cart.entityId;
    await gql.data('TestAddCheckoutBillingAddress', { input: { checkoutEntityId: id, data: { address: US_ADDRESS_INPUT } } });
    const consignment = (await gql.data('TestAddCheckoutShippingConsignments', {
      input: { checkoutEntityId: id, data: { consignments: [{ address: US_ADDRESS_INPUT, lineItems: [{ lineItemEntityId: cart.lineItems.physicalItems[0].entityId, quantity: 1 }] }] } },
    })).checkout.addCheckoutShippingConsignments.checkout.shippingConsignments[0];
    await gql.data('TestSelectCheckoutShippingOption', {
      input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } },
    });
    const { embeddedCheckoutUrl } = (await gql.data('TestCreateCartRedirectUrls', { input: { cartEntityId: id } })).cart.createCartRedirectUrls.redirectUrls;

    const { page, problems } = await openPage(suite.browser);
    await page.goto(`${suite.siteOrigin}/?frame=${encodeURIComponent(embeddedCheckoutUrl)}`);
    const events = () => page.evaluate(() => (window as unknown as { events: Array<{ origin: string; data: { type: string; payload?: unknown } }> }).events);
    await expect.poll(async () => (await events()).map((e) => e.data.type), { timeout: 10_000 }).toEqual(['FRAME_LOADED', 'CHECKOUT_LOADED']);
    const frame = page.frames().find((f) => f.url().includes('/embedded-checkout'));
    expect(frame).toBeDefined();
    await frame?.click('#place-order');
    await expect.poll(async () => (await events()).length, { timeout: 10_000 }).toBe(3);
    const [frameLoaded, loaded, complete] = await events();
    expect(frameLoaded?.data).toEqual({ type: 'FRAME_LOADED', payload: { contentId: 'checkout-app' } });
    expect(loaded?.origin).toBe(suite.store.url);
    expect(complete?.data).toEqual({ type: 'CHECKOUT_COMPLETE' });
    expect(await frame?.textContent('#status')).toMatch(/^Order \d+ placed\.$/);
    expect(problems.pageErrors).toEqual([]);
  }, 60_000);

  it('posts CHECKOUT_ERROR when the checkout is not ready', async () => {
    const gql = gqlShopper(suite.store.url, suite.sim.token);
    const cart = (await gql.data('TestCreateCart', { input: { lineItems: [{ productEntityId: 105, quantity: 1 }] } })).cart.createCart.cart;
    const { embeddedCheckoutUrl } = (await gql.data('TestCreateCartRedirectUrls', { input: { cartEntityId: cart.entityId } })).cart.createCartRedirectUrls.redirectUrls;
    const { page } = await openPage(suite.browser);
    await page.goto(`${suite.siteOrigin}/?frame=${encodeURIComponent(embeddedCheckoutUrl)}`);
    const events = () => page.evaluate(() => (window as unknown as { events: Array<{ data: { type: string; payload?: { message: string } } }> }).events);
    await expect.poll(async () => (await events()).length, { timeout: 10_000 }).toBe(2);
    await page.frames().find((f) => f.url().includes('/embedded-checkout'))?.click('#place-order');
    await expect.poll(async () => (await events()).length, { timeout: 10_000 }).toBe(3);
    expect((await events())[2]?.data).toEqual({ type: 'CHECKOUT_ERROR', payload: { message: expect.stringMatching(/no billing address/) } });
  }, 60_000);
});
