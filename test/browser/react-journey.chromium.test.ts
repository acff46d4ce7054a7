// The headless React shop (/react/) in Chromium, on the demo server and its simulator: a shopper
// browses a category, searches, filters, picks a variant, adds it with rapid clicks, changes the
// quantity, signs in, checks out with a coupon and a gift certificate, and sees the order. A
// screenshot follows each step (test-results/screenshots/react/); no console error, page error or
// dialog may happen on the way. A second test shows a product named like markup as text.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { selectors, type Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, useDemoInChromium, openPage, SCREENSHOT_DIR, screenshots, type Demo, type PageProblems } from './harness';

const NO_PROBLEMS: PageProblems = { consoleErrors: [], pageErrors: [], dialogs: [] };
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** Requests the simulator logged for the REST cart endpoints (not checkouts, not GraphQL). */
const cartRequests = (demo: Demo) => demo.simulator.requests().filter((entry) => entry.path.startsWith('/api/storefront/carts'));

/** The session's carts as the store holds them, read from the page (its session cookie). */
const serverCart = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/api/storefront/carts', { headers: { accept: 'application/json' } });
    const carts = (await response.json()) as { lineItems: { physicalItems: { sku: string; quantity: number }[] } }[];
    return carts.flatMap((cart) => cart.lineItems.physicalItems.map(({ sku, quantity }) => ({ sku, quantity })));
  });

const text = (page: Page, test: string) => page.locator(`[data-test="${test}"]`).first().innerText();

describeInChromium('the React shop in Chromium', () => {
  rmSync(join(SCREENSHOT_DIR, 'react'), { recursive: true, force: true }); // this run's screenshots only
  const shot = screenshots('react');
  const suite = useDemoInChromium(() => {
    selectors.setTestIdAttribute('data-test');
  });

  it('browses, filters, buys a variant with rapid clicks, signs in, checks out and sees the order', async () => {
    const { page, context, problems } = await openPage(suite.browser);
    const badge = page.getByTestId('cart-count');
    page.context().setDefaultTimeout(15_000);
    await page.goto(`${suite.demo.origin}/react/`);
    await expect.poll(() => page.locator('[data-test="product-card"]').count()).toBe(12);
    await expect.poll(() => badge.innerText()).toBe('0');
    await shot(page, 'home');

    // The next page of the grid: other products, and the page in the URL.
    const first = await page.locator('[data-test="product-name"]').allInnerTexts();
    await page.getByTestId('page-next').click();
    await page.waitForURL(/after=.*p=2|p=2.*after=/);
    await expect.poll(() => page.locator('[aria-current="page"]').innerText()).toBe('Page 2 of 3');
    await expect.poll(() => page.locator('.results.stale').count()).toBe(0);
    const second = await page.locator('[data-test="product-name"]').allInnerTexts();
    expect(second).toHaveLength(12);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await shot(page, 'page-2');

    // A category from the navigation bar: Home → Towels, a page of that category only.
    await page.locator('[data-test="category-nav"] >> text=Home').first().hover();
    await page.locator('[data-test="category-nav"] .menu >> text=Towels').click();
    await page.waitForURL(/\/react\/home\/bath\/towels\/$/);
    await expect.poll(() => text(page, 'page-title')).toBe('Towels');
    const towels = await page.locator('[data-test="product-name"]').allInnerTexts();
    expect(towels).toEqual(expect.arrayContaining(['Turkish Cotton Bath Towel', 'Linen Beach Towel']));
    await shot(page, 'category');

    // Search from the header.
    await page.getByTestId('search-input').fill('towel');
    await page.getByTestId('search-submit').click();
    await page.waitForURL(/\/react\/search\?q=towel$/);
    await expect.poll(() => text(page, 'page-title')).toBe('Results for “towel”');
    await expect.poll(() => page.locator('[data-test="product-name"]').allInnerTexts()).toContain('Turkish Cotton Bath Towel');
    const before = await page.locator('[data-test="product-card"]').count();
    await shot(page, 'search');

    // A facet: the colour Sage. Only products in it stay, and the filter is in the URL.
    await page.locator('[data-test="facet-Color"]').getByLabel('Sage').check();
    await page.waitForURL(/attr=Color%3ASage/);
    await expect.poll(() => page.locator('[data-test="product-card"]').count()).toBeLessThan(before);
    expect(await page.locator('[data-test="product-name"]').allInnerTexts()).toEqual(['Turkish Cotton Bath Towel']);
    expect(await page.locator('[data-test="facet-Color"]').getByLabel('Sage').isChecked()).toBe(true);
    await shot(page, 'facet');

    // The product page, with the store's default options chosen.
    await page.locator('[data-test="product-card"]', { hasText: 'Turkish Cotton Bath Towel' }).click();
    await expect.poll(() => text(page, 'product-title')).toBe('Turkish Cotton Bath Towel');
    expect(await text(page, 'sku')).toBe('TOWEL-TC-IVORY-BATH');
    expect(await text(page, 'price-now')).toBe('$24.00');
    await shot(page, 'product');

    // Another variant: price, SKU and image follow it.
    await page.locator('[data-test="option-Color"]').getByLabel('Sage').check();
    await page.locator('[data-test="option-Size"]').getByLabel('Bath Sheet').check();
    await expect.poll(() => text(page, 'sku')).toBe('TOWEL-TC-SAGE-BATHSHEET');
    expect(await text(page, 'price-now')).toBe('$39.00');
    expect(await page.getByTestId('product-image').getAttribute('src')).toContain('sage');
    await shot(page, 'variant');

    // Five clicks in one go: the badge counts all five at once, and they travel together.
    suite.demo.simulator.clearLog();
    await page.getByTestId('add-to-cart').evaluate((button: HTMLButtonElement) => {
      for (let i = 0; i < 5; i++) button.click();
    });
    await expect.poll(() => badge.innerText()).toBe('5');
    await expect.poll(() => text(page, 'added')).toContain('5 items in total');
    const trips = cartRequests(suite.demo);
    expect(trips.length).toBeGreaterThan(0);
    expect(trips.length).toBeLessThanOrEqual(3);
    expect(trips[0]).toMatchObject({ method: 'POST', path: '/api/storefront/carts', status: 200 }); // one cart, made by the first click
    expect(await serverCart(page)).toEqual([{ sku: 'TOWEL-TC-SAGE-BATHSHEET', quantity: 5 }]);
    await shot(page, 'added-five');

    // The mini-cart, then the cart page: one more of the line.
    await page.getByTestId('cart-button').click();
    await expect.poll(() => page.getByTestId('mini-cart').innerText()).toContain('Turkish Cotton Bath Towel');
    await shot(page, 'mini-cart');
    await page.getByTestId('view-cart').click();
    await page.waitForURL(/\/react\/cart$/);
    await expect.poll(() => page.getByTestId('qty-input').inputValue()).toBe('5');
    await page.getByTestId('qty-more').click();
    await expect.poll(() => badge.innerText()).toBe('6');
    await expect.poll(() => text(page, 'cart-subtotal')).toBe('$234.00');
    expect(await serverCart(page)).toEqual([{ sku: 'TOWEL-TC-SAGE-BATHSHEET', quantity: 6 }]);
    await shot(page, 'cart');

    // Sign in as Jane: the shop's server signs a login URL, the store signs her in and sends her
    // back to her account page; the header shows her verified email, and her cart stayed.
    await page.getByTestId('sign-in-link').click();
    await page.getByTestId('login-email').fill('jane@example.com');
    await page.getByTestId('login-password').fill('correct horse battery');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/react\/account$/);
    await expect.poll(() => text(page, 'customer-email')).toBe('jane@example.com');
    await expect.poll(() => badge.innerText()).toBe('6');
    await shot(page, 'signed-in');

    // Checkout: the billing form starts from her saved address; a missing ZIP code is pointed out.
    await page.getByTestId('cart-button').click();
    await page.getByTestId('mini-cart').getByText('Checkout').click();
    await page.waitForURL(/\/react\/checkout$/);
    await expect.poll(() => page.getByTestId('billing-email').inputValue()).toBe('jane@example.com');
    expect(await page.getByTestId('billing-address1').inputValue()).toBe('12 Orchard Lane');
    await page.getByTestId('billing-postalCode').fill('');
    await page.getByTestId('billing-submit').click();
    await expect.poll(() => page.locator('[data-test="field-error"]').allInnerTexts()).toEqual(['Enter a postal code.']);
    await shot(page, 'billing-error');
    await page.getByTestId('billing-firstName').fill('Jane');
    await page.getByTestId('billing-lastName').fill('Doe');
    await page.getByTestId('billing-city').fill('Austin');
    await page.getByTestId('billing-state').fill('TX');
    await page.getByTestId('billing-postalCode').fill('78701');
    await page.getByTestId('billing-submit').click();
    await expect.poll(() => text(page, 'billing-summary')).toContain('12 Orchard Lane');

    // Shipping to the billing address, by Standard delivery.
    await page.getByTestId('shipping-submit').click();
    const options = page.getByTestId('shipping-options');
    await expect.poll(() => options.innerText()).toContain('Express');
    await options.getByLabel('Standard').check();
    await expect.poll(() => text(page, 'summary-shipping')).toBe('$5.00');

    // A coupon and a gift certificate.
    await page.getByTestId('coupon-input').fill('SAVE10');
    await page.getByTestId('coupon-apply').click();
    await expect.poll(() => text(page, 'applied-coupon')).toContain('SAVE10');
    await expect.poll(() => page.getByTestId('summary-discount').count()).toBe(1);
    await page.getByTestId('gift-certificate-input').fill('GC-50-SIM');
    await page.getByTestId('gift-certificate-apply').click();
    await expect.poll(() => text(page, 'applied-gift-certificate')).toContain('GC-50-SIM');
    await expect.poll(() => page.getByTestId('summary-to-pay').count()).toBe(1);
    const total = await text(page, 'summary-total');
    expect(total).toMatch(/^\$\d+\.\d\d$/);
    await shot(page, 'checkout');

    // Place the order: the confirmation shows its number and total; the cart is empty again.
    await page.getByTestId('place-order').click();
    await page.waitForURL(/\/react\/order\/\d+$/);
    const orderId = Number(new URL(page.url()).pathname.split('/').pop());
    await expect.poll(() => text(page, 'order-id')).toBe(`#${orderId}`);
    expect(await text(page, 'order-total')).toBe(total);
    await expect.poll(() => badge.innerText()).toBe('0');
    await shot(page, 'confirmation');

    // Sign out: a guest again, who can sign in.
    await page.getByTestId('sign-out').click();
    await expect.poll(() => page.getByTestId('sign-in-link').count()).toBe(1);
    expect(await page.getByTestId('customer-email').count()).toBe(0);
    await shot(page, 'signed-out');

    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  }, 120_000);

  it('tells the shopper what went wrong: busy, offline, out of stock, a wrong password, a bad coupon', async () => {
    const { page, context, problems } = await openPage(suite.browser);
    page.context().setDefaultTimeout(15_000);
    await page.goto(`${suite.demo.origin}/react/garden/`);
    await expect.poll(() => page.locator('[data-test="product-card"]').count()).toBeGreaterThan(0);

    // The store keeps answering 429 to searches (past the library's retries): busy, with a retry.
    suite.demo.simulator.fault({ kind: 'rate-limit', resetMs: 20, times: 3, match: { operationName: 'SearchProducts' } });
    await page.getByTestId('search-input').fill('planter');
    await page.getByTestId('search-submit').click();
    await expect.poll(() => text(page, 'error')).toContain('The shop is busy right now');
    await shot(page, 'problem-busy');
    await page.getByTestId('retry').click();
    await expect.poll(() => page.locator('[data-test="product-card"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('error').count()).toBe(0);

    // Offline: a banner, and a page that could not load says so; back online, it loads.
    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('offline').count()).toBe(1);
    await page.locator('[data-test="category-nav"] >> text=Sale').click();
    await expect.poll(() => text(page, 'error')).toContain('You are offline');
    await shot(page, 'problem-offline');
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('offline').count()).toBe(0);
    if (await page.getByTestId('retry').count()) await page.getByTestId('retry').click().catch(() => undefined);
    await expect.poll(() => text(page, 'page-title')).toBe('Sale');

    // Out of stock: said beside the price, and the button cannot add it.
    await page.goto(`${suite.demo.origin}/react/home/bath/towels/`);
    await page.locator('[data-test="product-card"]', { hasText: 'Linen Beach Towel' }).click();
    await expect.poll(() => text(page, 'stock')).toBe('Out of stock');
    expect(await page.getByTestId('add-to-cart').isDisabled()).toBe(true);
    await shot(page, 'problem-out-of-stock');

    // A wrong password.
    await page.getByTestId('sign-in-link').click();
    await page.getByTestId('login-email').fill('sam@example.co.uk');
    await page.getByTestId('login-password').fill('not my password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => text(page, 'login-error')).toBe('That email and password do not match an account.');
    await shot(page, 'problem-login');

    // A coupon the store does not know, as a guest at checkout.
    await page.goto(`${suite.demo.origin}/react/home/bath/accessories/`);
    await page.locator('[data-test="product-card"]', { hasText: 'Ceramic Soap Dish' }).click();
    await page.getByTestId('add-to-cart').click();
    await expect.poll(() => page.getByTestId('cart-count').innerText()).toBe('1');
    await page.goto(`${suite.demo.origin}/react/checkout`);
    await page.getByTestId('coupon-input').fill('NOT-A-CODE');
    await page.getByTestId('coupon-apply').click();
    await expect.poll(() => text(page, 'coupon-error')).toContain('not valid');
    await shot(page, 'problem-coupon');

    // Only the refused requests themselves were reported, each as the failed load it was (and,
    // while offline, whatever the browser could not load).
    const expected = [/\/graphql\)$/, /\/demo-api\/login\)$/, /\/coupons\)$/, /net::ERR_INTERNET_DISCONNECTED/];
    expect(problems.consoleErrors.filter((line) => !(line.startsWith('Failed to load resource') && expected.some((url) => url.test(line))))).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.dialogs).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows a product named like markup as text, in the grid and on its page', async () => {
    const { page, context, problems } = await openPage(suite.browser);
    page.context().setDefaultTimeout(15_000);
    await page.goto(`${suite.demo.origin}/react/home/living-room/`);
    const card = page.locator('[data-test="product-card"]', { hasText: HOSTILE_NAME });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('[data-test="product-name"]').innerText()).toBe(HOSTILE_NAME);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await shot(page, 'markup-name-grid');

    await card.click();
    await expect.poll(() => text(page, 'product-title')).toBe(HOSTILE_NAME);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.getByTestId('product-title').innerHTML()).toBe('&lt;img src=x onerror=alert(1)&gt;');
    await shot(page, 'markup-name-product');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  }, 120_000);
});
