// The harness itself: the demo serves both pages and the script-tag build, and Chromium runs the
// IIFE's global. The shopper journeys are in theme-journey and react-journey.
import { expect, it } from 'vitest';
import { describeInChromium, useDemoInChromium, openPage } from './harness';

describeInChromium('the demo in Chromium', () => {
  const suite = useDemoInChromium();

  it('defines one global from the script-tag build, with every browser export', async () => {
    const { page, problems } = await openPage(suite.browser);
    await page.goto(`${suite.demo.origin}/bc-storefront.iife.js`);
    await page.setContent('<!doctype html><title>iife</title>');
    await page.addScriptTag({ url: `${suite.demo.origin}/bc-storefront.iife.js` });
    const api = await page.evaluate(() => {
      const g = (globalThis as unknown as { BCStorefront: Record<string, unknown> }).BCStorefront;
      return { createStorefront: typeof g.createStorefront, createCartStore: typeof g.createCartStore, count: Object.keys(g).length };
    });
    expect(api.createStorefront).toBe('function');
    expect(api.createCartStore).toBe('function');
    expect(api.count).toBeGreaterThan(50);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [] });
  }, 60_000);
});
