// The Stencil-like theme page (demo/index.html + demo/theme/*.js on the script-tag build) in
// Chromium: a shopper's whole journey from the home page to the order confirmation and sign-out,
// a product whose name is markup, cursor pages, the store's refusals explained, and the page's
// answer to a store that is busy. Screenshots: test-results/screenshots/theme*/.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInChromium, useDemoInChromium, openPage, screenshots, type PageProblems } from './harness';

const JOURNEY_TIMEOUT = 120_000;
const XSS_NAME = '<img src=x onerror=alert(1)>';

/** Full-page screenshots for one suite, taken from the top of the page (the header is sticky). */
const shotsFrom = (suite: string) => {
  const shot = screenshots(suite);
  return async (page: Page, step: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    return shot(page, step);
  };
};

/** A locator for a `data-test` hook. */
const hook = (page: Page, name: string) => page.locator(`[data-test="${name}"]`);

/** Dollars in a page text such as "$84.00" or "−$10.00". */
const dollars = (text: string | null): number => Number((text ?? '').replace(/[^0-9.]/g, ''));

/** The session's carts, read by the page itself (same origin, its session cookie). */
const serverCarts = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/api/storefront/carts', { credentials: 'same-origin' });
    const carts = (await response.json()) as { lineItems: { physicalItems: { quantity: number; sku: string }[] } }[];
    return carts.map((cart) => cart.lineItems.physicalItems.map((line) => ({ sku: line.sku, quantity: line.quantity })));
  });

const noProblems: PageProblems = { consoleErrors: [], pageErrors: [], dialogs: [] };

/** Every answer of 400 or more the page got (a missing file, a refused call). */
const failedResponses = (page: Page): string[] => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  return failed;
};

describeInChromium('the theme page in Chromium', () => {
  const suite = useDemoInChromium();

  it('takes a shopper from browsing to a placed order', async () => {
    const shot = shotsFrom('theme');
    const { page, context, problems } = await openPage(suite.browser);
    const failed = failedResponses(page);
    try {
      // Home page: the script-tag build and the theme scripts render the shop.
      await page.goto(`${suite.demo.origin}/`);
      await expect.poll(() => hook(page, 'product-card').count()).toBeGreaterThan(3);
      await expect.poll(() => hook(page, 'category-tile').count()).toBe(3);
      expect(await hook(page, 'cart-count').textContent()).toBe('0');
      await shot(page, 'home');

      // Browse: the category menu, then the category tree.
      await page.locator('.nav-roots > li > a', { hasText: 'Home' }).click();
      await page.waitForURL(/\/home\/$/);
      await hook(page, 'category-tree').getByRole('link', { name: /^Bath/ }).click();
      await page.waitForURL(/\/home\/bath\/$/);
      await expect.poll(() => hook(page, 'page-title').textContent()).toBe('Bath');
      await expect.poll(() => hook(page, 'result-count').textContent()).toBe('7 products');
      await shot(page, 'category');

      // Filter by a facet: the brand narrows the grid in place, and the URL says so.
      await hook(page, 'facet-brand').getByRole('checkbox', { name: /Linen Lane/ }).check();
      await expect.poll(() => hook(page, 'result-count').textContent()).toBe('3 products');
      expect(new URL(page.url()).searchParams.getAll('brand')).toEqual(['1']);
      expect(await hook(page, 'active-filter').allTextContents()).toEqual([expect.stringContaining('Linen Lane')]);
      const brands = await hook(page, 'product-card').locator('.card-brand').allTextContents();
      expect(brands).toEqual(['Linen Lane', 'Linen Lane', 'Linen Lane']);
      await shot(page, 'facet-brand');

      // Search from the header.
      await hook(page, 'search-input').fill('towel');
      await hook(page, 'search-input').press('Enter');
      await page.waitForURL(/\/search\.php\?search_query=towel$/);
      await expect.poll(() => hook(page, 'page-title').textContent()).toBe('Results for “towel”');
      await expect.poll(() => hook(page, 'product-name').allTextContents()).toContain('Turkish Cotton Bath Towel');
      await shot(page, 'search');

      // A product page: the default variant (Ivory, Bath), then options that change price and SKU.
      await hook(page, 'product-name').filter({ hasText: 'Turkish Cotton Bath Towel' }).click();
      await page.waitForURL(/\/turkish-cotton-bath-towel\/$/);
      await expect.poll(() => hook(page, 'product-title').textContent()).toBe('Turkish Cotton Bath Towel');
      expect(await hook(page, 'product-price').textContent()).toBe('$24.00');
      expect(await hook(page, 'product-sku').textContent()).toBe('TOWEL-TC-IVORY-BATH');
      const option = (label: string) => page.locator(`[data-test="option-value"][data-label="${label}"]`);
      await option('Charcoal').click();
      await option('Bath Sheet').click();
      expect(await hook(page, 'product-stock').textContent()).toBe('Out of stock');
      expect(await hook(page, 'add-to-cart').isDisabled()).toBe(true);
      await shot(page, 'product-out-of-stock');
      await option('Sage').click();
      await option('Hand').click();
      expect(await hook(page, 'product-price').textContent()).toBe('$14.00');
      expect(await hook(page, 'product-sku').textContent()).toBe('TOWEL-TC-SAGE-HAND');
      expect(await hook(page, 'product-stock').textContent()).toBe('In stock');
      expect(await hook(page, 'add-to-cart').isEnabled()).toBe(true);
      await shot(page, 'product-variant');

      // Five clicks as fast as the mouse goes, on a store answering in 300 ms as a real one might:
      // the badge counts them at once, and the cart queue sends them in few requests.
      const box = (await hook(page, 'add-to-cart').boundingBox())!;
      suite.demo.simulator.clearLog();
      suite.demo.simulator.setLatency(300);
      for (let i = 0; i < 5; i++) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => hook(page, 'cart-count').textContent()).toBe('5');
      await hook(page, 'added').waitFor();
      suite.demo.simulator.setLatency(0);
      const cartRequests = suite.demo.simulator.requests().filter((entry) => entry.path.startsWith('/api/storefront/carts'));
      expect(cartRequests.length).toBeGreaterThan(0);
      expect(cartRequests.length).toBeLessThanOrEqual(3);
      expect(cartRequests.every((entry) => entry.status >= 200 && entry.status < 300)).toBe(true);
      expect(await serverCarts(page)).toEqual([[{ sku: 'TOWEL-TC-SAGE-HAND', quantity: 5 }]]);
      expect(await hook(page, 'cart-count').textContent()).toBe('5');
      await hook(page, 'cart-button').click();
      await hook(page, 'mini-cart-lines').waitFor();
      expect(await hook(page, 'mini-line-name').allTextContents()).toEqual(['Turkish Cotton Bath Towel']);
      expect(await hook(page, 'mini-cart-subtotal').textContent()).toBe('$70.00');
      await shot(page, 'mini-cart');

      // The cart page: one more towel.
      await hook(page, 'view-cart').click();
      await page.waitForURL(/\/cart\.php$/);
      await expect.poll(() => hook(page, 'line-total').textContent()).toBe('$70.00');
      expect(await hook(page, 'cart-line').locator('.line-options').textContent()).toBe('Color: Sage · Size: Hand');
      await hook(page, 'line-increase').click();
      await expect.poll(() => hook(page, 'line-quantity').inputValue()).toBe('6');
      await expect.poll(() => hook(page, 'line-total').textContent()).toBe('$84.00');
      await expect.poll(() => hook(page, 'cart-total').textContent()).toBe('$84.00');
      expect(await hook(page, 'cart-count').textContent()).toBe('6');
      expect(await serverCarts(page)).toEqual([[{ sku: 'TOWEL-TC-SAGE-HAND', quantity: 6 }]]);
      await shot(page, 'cart');

      // Sign in as Jane: the shop's server signs a Customer Login URL, the store signs her in and
      // sends her back to the cart; the header shows who the verified current.jwt names.
      await hook(page, 'sign-in-link').click();
      await page.waitForURL(/\/login\.php\?redirect=%2Fcart\.php$/);
      await shot(page, 'sign-in');
      await hook(page, 'login-email').fill('jane@example.com');
      await hook(page, 'login-password').fill('correct horse battery');
      suite.demo.simulator.clearLog();
      await hook(page, 'login-submit').click();
      await page.waitForURL(/\/cart\.php$/);
      await expect.poll(() => hook(page, 'customer-email').textContent()).toBe('jane@example.com');
      await expect.poll(() => hook(page, 'customer-name').textContent()).toBe('Hi, Jane');
      const session = suite.demo.simulator.requests().map((entry) => `${entry.status} ${entry.path}`);
      expect(session).toContain('302 /login/token/[redacted]');
      expect(session).toContain('200 /customer/current.jwt');
      expect(await hook(page, 'cart-count').textContent()).toBe('6'); // her cart stayed with the session
      await shot(page, 'signed-in');

      // Checkout: billing (with a validation message first), shipping, option, coupon, gift certificate.
      await hook(page, 'checkout-button').click();
      await page.waitForURL(/\/checkout$/);
      await hook(page, 'billing-form').waitFor();
      await expect.poll(() => hook(page, 'billing-email').inputValue()).toBe('jane@example.com');
      await hook(page, 'billing-firstName').fill('Jane');
      await hook(page, 'billing-lastName').fill('Doe');
      await hook(page, 'billing-address1').fill('12 Orchard Lane');
      await hook(page, 'billing-city').fill('');
      await hook(page, 'billing-countryCode').selectOption('US');
      await hook(page, 'billing-state').selectOption('TX');
      await hook(page, 'billing-postalCode').fill('787');
      await hook(page, 'billing-continue').click();
      expect(await hook(page, 'billing-city-error').textContent()).toBe('Please enter your city.');
      expect(await hook(page, 'billing-postalCode-error').textContent()).toBe('Enter a 5-digit ZIP code, e.g. 78701.');
      expect(await hook(page, 'billing-city').getAttribute('aria-invalid')).toBe('true');
      await shot(page, 'checkout-validation');
      await hook(page, 'billing-city').fill('Austin');
      await hook(page, 'billing-postalCode').fill('78701');
      await hook(page, 'billing-continue').click();
      await hook(page, 'billing-summary').waitFor();
      expect(await hook(page, 'billing-summary').textContent()).toContain('12 Orchard Lane');
      // Shipping to the billing address went along; the store offers US options for it.
      await hook(page, 'shipping-options').waitFor();
      expect(await hook(page, 'shipping-summary').textContent()).toBe('Jane Doe, 12 Orchard Lane, Austin TX 78701, United States');
      const standard = page.locator('[data-test="shipping-option"][data-description="Standard"]');
      await standard.check();
      await expect.poll(() => hook(page, 'summary-shipping').textContent()).toBe('$5.00');
      expect(await hook(page, 'summary-subtotal').textContent()).toBe('$84.00');
      const beforeCoupon = dollars(await hook(page, 'summary-total').textContent());

      await hook(page, 'coupon-input').fill('SAVE10');
      await hook(page, 'coupon-apply').click();
      await hook(page, 'applied-coupons').waitFor();
      await expect.poll(async () => dollars(await hook(page, 'summary-total').textContent())).toBeLessThan(beforeCoupon);
      const discount = dollars(await hook(page, 'summary-discount').textContent());
      expect(discount).toBeGreaterThan(0);

      await hook(page, 'gift-certificate-input').fill('GC-50-SIM');
      await hook(page, 'gift-certificate-apply').click();
      await hook(page, 'applied-gift-certificates').waitFor();
      await hook(page, 'summary-balance').waitFor();
      const total = dollars(await hook(page, 'summary-total').textContent());
      const gift = dollars(await hook(page, 'summary-gift').textContent());
      expect(gift).toBe(50);
      expect(dollars(await hook(page, 'summary-balance').textContent())).toBeCloseTo(total - gift, 2);
      expect(await hook(page, 'place-order').isEnabled()).toBe(true);
      await shot(page, 'checkout');

      // Place the order; the confirmation shows its id and total.
      await hook(page, 'place-order').click();
      await page.waitForURL(/\/checkout\/order-confirmation\/\d+$/);
      const orderId = Number(/(\d+)$/.exec(page.url())![1]);
      await expect.poll(() => hook(page, 'order-id').textContent()).toBe(`#${orderId}`);
      expect(dollars(await hook(page, 'order-total').textContent())).toBeCloseTo(total, 2);
      expect(await hook(page, 'order-lines').textContent()).toContain('Turkish Cotton Bath Towel');
      await expect.poll(() => hook(page, 'cart-count').textContent()).toBe('0');
      expect(await serverCarts(page)).toEqual([]);
      const order = await page.evaluate(async (id) => (await fetch(`/api/storefront/orders/${id}`)).json(), orderId);
      expect(order).toMatchObject({ orderId, orderAmount: total, customerId: 1 });
      await shot(page, 'order-confirmation');

      // Her account page, then sign out: the store ends the session and the header shows a guest.
      await hook(page, 'customer').click();
      await page.waitForURL(/\/account\.php$/);
      await expect.poll(() => hook(page, 'account-email').textContent()).toBe('jane@example.com');
      await expect.poll(() => hook(page, 'account-name').textContent()).toBe('Jane Doe');
      await shot(page, 'account');
      suite.demo.simulator.clearLog();
      await hook(page, 'sign-out').click();
      await page.waitForURL(`${suite.demo.origin}/`);
      await hook(page, 'sign-in-link').waitFor();
      expect(await hook(page, 'customer').count()).toBe(0);
      expect(suite.demo.simulator.requests().map((entry) => `${entry.status} ${entry.path}`)).toContain('302 /login.php');
      expect(suite.demo.simulator.requests().some((entry) => entry.path === '/customer/current.jwt')).toBe(false);
      await shot(page, 'signed-out');

      expect(problems).toEqual(noProblems);
      expect(failed).toEqual([]);
    } finally {
      await context.close();
    }
  }, JOURNEY_TIMEOUT);

  it('shows a product named like markup as text, on the grid, the product page and in the cart', async () => {
    const shot = shotsFrom('theme-xss');
    const { page, context, problems } = await openPage(suite.browser);
    const failed = failedResponses(page);
    try {
      await page.goto(`${suite.demo.origin}/home/living-room/`);
      const card = hook(page, 'product-name').filter({ hasText: XSS_NAME });
      await card.waitFor();
      expect(await card.textContent()).toBe(XSS_NAME);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await shot(page, 'grid');

      await card.click();
      await page.waitForURL(/\/home\/living-room\/|\/[^/]+\/$/);
      await expect.poll(() => hook(page, 'product-title').textContent()).toBe(XSS_NAME);
      expect(await page.title()).toContain(XSS_NAME);
      await shot(page, 'product');
      await hook(page, 'add-to-cart').click();
      await expect.poll(() => hook(page, 'cart-count').textContent()).toBe('1');
      await hook(page, 'cart-button').click();
      await expect.poll(() => hook(page, 'mini-line-name').textContent()).toBe(XSS_NAME);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await shot(page, 'mini-cart');

      // The cart page shows it as text too, and removing the line empties the cart.
      await hook(page, 'view-cart').click();
      await page.waitForURL(/\/cart\.php$/);
      await expect.poll(() => hook(page, 'cart-line-name').textContent()).toBe(XSS_NAME);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await hook(page, 'line-remove').click();
      await hook(page, 'cart-empty').waitFor();
      await expect.poll(() => hook(page, 'cart-count').textContent()).toBe('0');
      expect(await serverCarts(page)).toEqual([]);
      await shot(page, 'cart-emptied');
      expect(problems).toEqual(noProblems);
      expect(failed).toEqual([]);
    } finally {
      await context.close();
    }
  }, JOURNEY_TIMEOUT);

  it('pages through all products with cursors; Back shows the previous page from the cache', async () => {
    const shot = shotsFrom('theme-pages');
    const { page, context, problems } = await openPage(suite.browser);
    const failed = failedResponses(page);
    try {
      await page.goto(`${suite.demo.origin}/`);
      await hook(page, 'shop-all').click();
      await page.waitForURL(/\/search\.php$/);
      await expect.poll(() => hook(page, 'product-card').count()).toBe(12);
      expect(await hook(page, 'result-count').textContent()).toBe('35 products');
      const first = await hook(page, 'product-name').allTextContents();
      await hook(page, 'sort').selectOption('A_TO_Z');
      // By name: "<" sorts before letters.
      await expect.poll(async () => (await hook(page, 'product-name').allTextContents()).slice(0, 3))
        .toEqual([XSS_NAME, 'Bamboo Bath Mat', 'Bypass Pruners']);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('A_TO_Z');
      const sorted = await hook(page, 'product-name').allTextContents();
      expect(sorted).not.toEqual(first);

      await hook(page, 'next-page').click();
      await expect.poll(() => hook(page, 'page-number').textContent()).toBe('Page 2');
      const second = await hook(page, 'product-name').allTextContents();
      expect(second).toHaveLength(12);
      expect(second.some((name) => sorted.includes(name))).toBe(false);
      expect(new URL(page.url()).searchParams.get('after')).toBeTruthy();
      await shot(page, 'page-2');

      suite.demo.simulator.clearLog();
      await page.goBack();
      await expect.poll(() => hook(page, 'page-number').textContent()).toBe('Page 1');
      expect(await hook(page, 'product-name').allTextContents()).toEqual(sorted);
      expect(suite.demo.simulator.requests().filter((entry) => entry.operationName === 'SearchProducts')).toEqual([]);
      await hook(page, 'next-page').click();
      await hook(page, 'next-page').click();
      await expect.poll(() => hook(page, 'page-number').textContent()).toBe('Page 3');
      expect(await hook(page, 'product-card').count()).toBe(11);
      expect(await hook(page, 'next-page').count()).toBe(0);
      await hook(page, 'prev-page').click();
      await expect.poll(() => hook(page, 'product-name').allTextContents()).toEqual(second);
      await shot(page, 'page-2-again');
      expect(problems).toEqual(noProblems);
      expect(failed).toEqual([]);
    } finally {
      await context.close();
    }
  }, JOURNEY_TIMEOUT);

  it('explains what the store refused in words a shopper understands', async () => {
    const shot = shotsFrom('theme-refusals');
    const { page, context, problems } = await openPage(suite.browser);
    const failed = failedResponses(page);
    try {
      // A wrong password: the shop's server refuses to sign a login URL.
      await page.goto(`${suite.demo.origin}/login.php`);
      await hook(page, 'login-submit').click();
      expect(await page.locator('#login-email-error').textContent()).toBe('Please enter your email.');
      await hook(page, 'login-email').fill('jane@example.com');
      await hook(page, 'login-password').fill('wrong horse');
      await hook(page, 'login-submit').click();
      await expect.poll(() => hook(page, 'login-error').textContent()).toContain('That email and password do not match an account');
      expect(await hook(page, 'sign-in-link').count()).toBe(1);
      await shot(page, 'wrong-password');

      // More than the store has: the add is refused with the store's reason, the badge rolls back.
      await page.goto(`${suite.demo.origin}/turkish-cotton-bath-towel/`);
      await page.locator('[data-test="option-value"][data-label="Sage"]').click();
      await page.locator('[data-test="option-value"][data-label="Hand"]').click();
      await hook(page, 'quantity').fill('30');
      await hook(page, 'add-to-cart').click();
      await expect.poll(() => hook(page, 'add-error').textContent()).toContain("We don't have enough Turkish Cotton Bath Towel stock");
      await expect.poll(() => hook(page, 'cart-count').textContent()).toBe('0');
      await shot(page, 'not-enough-stock');
      await hook(page, 'quantity').fill('1');
      await hook(page, 'add-to-cart').click();
      await expect.poll(() => hook(page, 'cart-count').textContent()).toBe('1');

      // A guest using an account's email, then a coupon and a gift certificate that do not exist.
      await page.goto(`${suite.demo.origin}/checkout`);
      await hook(page, 'billing-form').waitFor();
      await hook(page, 'billing-email').fill('jane@example.com');
      await hook(page, 'billing-firstName').fill('Jane');
      await hook(page, 'billing-lastName').fill('Doe');
      await hook(page, 'billing-address1').fill('12 Orchard Lane');
      await hook(page, 'billing-city').fill('Austin');
      await hook(page, 'billing-state').selectOption('TX');
      await hook(page, 'billing-postalCode').fill('78701');
      await hook(page, 'billing-continue').click();
      await expect.poll(() => hook(page, 'billing-form-error').textContent()).toContain('This email belongs to an account. Please sign in');
      await shot(page, 'account-email');
      await hook(page, 'billing-email').fill('guest@example.org');
      await hook(page, 'billing-continue').click();
      await hook(page, 'shipping-options').waitFor();
      await hook(page, 'coupon-input').fill('NOPE');
      await hook(page, 'coupon-apply').click();
      await expect.poll(() => hook(page, 'coupon-error').textContent()).toBe('The coupon code you entered is not valid.');
      await hook(page, 'gift-certificate-input').fill('GC-NOPE');
      await hook(page, 'gift-certificate-apply').click();
      await expect.poll(() => hook(page, 'gift-certificate-error').textContent()).toBe('We could not find a gift certificate with that code.');
      expect(await hook(page, 'place-order').isDisabled()).toBe(true);
      expect(await hook(page, 'place-order-hint').textContent()).toBe('Choose a shipping option to place your order.');
      await shot(page, 'unknown-codes');

      // Chromium logs each refused answer as a console error; nothing else went wrong.
      expect(problems.pageErrors).toEqual([]);
      expect(problems.dialogs).toEqual([]);
      const checkoutCall = (status: number, tail: string) => expect.stringMatching(new RegExp(`^${status} POST /api/storefront/checkouts/[\\w-]+/${tail}$`));
      expect(failed).toEqual([
        '401 POST /demo-api/login',
        '422 POST /api/storefront/carts',
        checkoutCall(403, 'billing-address'),
        checkoutCall(400, 'coupons'),
        checkoutCall(404, 'gift-certificates'),
      ]);
      expect(problems.consoleErrors).toHaveLength(failed.length);
    } finally {
      await context.close();
    }
  }, JOURNEY_TIMEOUT);

  it('tells the shopper the shop is busy when the store rate-limits or fails, and Try again works', async () => {
    const shot = shotsFrom('theme-faults');
    const { page, context, problems } = await openPage(suite.browser);
    try {
      // A 429 asking for a minute: the library gives up at once rather than hang the page.
      suite.demo.simulator.clearFaults();
      suite.demo.simulator.fault({ kind: 'rate-limit', resetMs: 60_000, match: { operationName: 'SearchProducts' } });
      await page.goto(`${suite.demo.origin}/search.php`);
      const error = hook(page, 'error-state');
      await error.waitFor();
      expect(await error.locator('h2').textContent()).toBe('The shop is busy, try again');
      expect(await error.getAttribute('role')).toBe('alert');
      await shot(page, 'rate-limited');
      await hook(page, 'retry').click();
      await expect.poll(() => hook(page, 'product-card').count()).toBe(12);
      expect(await error.count()).toBe(0);
      await shot(page, 'rate-limit-retried');

      // 503s on every attempt at the cart: the cart page says so, and tries again on request.
      suite.demo.simulator.fault({ kind: 'status', status: 503, times: 3, match: { path: '/api/storefront/carts', method: 'GET' } });
      await page.goto(`${suite.demo.origin}/cart.php`);
      const cartError = page.locator('.cart-page [data-test="error-state"]');
      await cartError.waitFor();
      expect(await cartError.locator('h2').textContent()).toBe('The shop is busy, try again');
      await shot(page, 'cart-unavailable');
      await cartError.locator('[data-test="retry"]').click();
      await hook(page, 'cart-empty').waitFor();
      expect(await cartError.count()).toBe(0);
      await shot(page, 'cart-retried');

      // The only console errors are Chromium's own lines for the answers the test made fail.
      expect(problems.pageErrors).toEqual([]);
      expect(problems.dialogs).toEqual([]);
      expect(problems.consoleErrors.length).toBeGreaterThan(0);
      for (const line of problems.consoleErrors) expect(line).toMatch(/status of (429|503)\b/);
    } finally {
      suite.demo.simulator.clearFaults();
      await context.close();
    }
  }, JOURNEY_TIMEOUT);
});
