// @vitest-environment happy-dom
// No framework: a Stencil theme's scripts subscribe to the cart store and write the DOM, and push
// analytics events to a data layer. Two scripts with their own stores (a header badge, a cart
// drawer) stay in step through the browser defaults (BroadcastChannel, localStorage).
import { describe, expect, it } from 'vitest';
import { onCartEvent, type CartEvent } from '../../src/stores/cart-events';
import { createCartStore } from '../../src/stores/cart-store';
import { useSimulator } from '../integration/helpers';
import { until } from '../stores/helpers';
import { money, OFFERED, restTrips, useMiniCartPage } from './mini-cart-page';

const suite = useSimulator();
const storefront = useMiniCartPage(suite);

describe('plain subscribe (script-tag mini-cart)', () => {
  it('keeps a badge, a drawer and a data layer in step with clicks, and stops when unsubscribed', async () => {
    document.body.innerHTML = `
      <header><a href="/cart.php">Cart <span id="badge"></span></a></header>
      <button id="buy" data-product="${OFFERED[0]}">Add to cart</button>
      <aside id="drawer"><ul id="lines"></ul><p id="total"></p></aside>`;
    const badge = document.getElementById('badge')!;
    const lines = document.getElementById('lines')!;
    const total = document.getElementById('total')!;
    const dataLayer: CartEvent[] = [];

    // header.js: a badge and the buy button
    const $header = createCartStore(storefront());
    const offBadge = $header.count.subscribe((count) => (badge.textContent = String(count)));
    const buy = document.getElementById('buy')!;
    buy.addEventListener('click', () => $header.add({ productId: Number(buy.dataset['product']), quantity: 1 }).catch(() => {}));
    onCartEvent($header, (event) => dataLayer.push(event));

    // drawer.js: its own store of the same cart
    const $drawer = createCartStore(storefront());
    const offDrawer = $drawer.subscribe(({ data }) => {
      lines.replaceChildren(
        ...(data?.lineItems.physicalItems ?? []).map((line) => {
          const item = document.createElement('li');
          item.textContent = `${line.name} × ${line.quantity}`;
          return item;
        }),
      );
    });
    const offTotal = $drawer.totals.subscribe((totals) => (total.textContent = money(totals)));

    await Promise.all([until($header, (v) => v.data !== undefined), until($drawer, (v) => v.data !== undefined)]);
    expect(badge.textContent).toBe('0');
    suite.sim.setLatency(20);
    buy.click();
    buy.click();
    await Promise.resolve(); // the store shows them a microtask after the calls
    expect(badge.textContent).toBe('2'); // at once
    expect(lines.children).toHaveLength(0); // the other store hears of it once it landed
    const cart = (await $header.settled())!;
    await until($drawer, (v) => v.data?.id === cart.id && v.data.lineItems.physicalItems[0]?.quantity === 2);
    expect([...lines.children].map((li) => li.textContent)).toEqual([`${cart.lineItems.physicalItems[0]!.name} × 2`]);
    expect(total.textContent).toBe(money({ ...cart, baseAmount: 0, discountAmount: 0 }));
    expect(dataLayer.map((e) => [e.type, e.quantity])).toEqual([
      ['item-added', 1],
      ['item-added', 1],
    ]);
    // A load per store, and both clicks (one tick) in one cart creation; the drawer sent nothing for the change.
    expect(restTrips(suite)).toEqual(['GET /carts', 'GET /carts', 'POST /carts']);

    offBadge();
    offDrawer();
    offTotal();
    expect([$header.lc, $header.count.lc, $drawer.lc, $drawer.totals.lc]).toEqual([0, 0, 0, 0]);
    expect(localStorage.getItem('bc-storefront:cart-id')).toBe(cart.id);
  });
});
