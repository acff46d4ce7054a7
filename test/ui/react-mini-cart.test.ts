// @vitest-environment happy-dom
// A product list and a mini-cart in React 19 with @nanostores/react, on the simulator's origin:
// clicks add, change and remove lines; what renders is asserted at once (optimistic) and once
// the store answered, including a refused change rolled back on screen.
import { useStore } from '@nanostores/react';
import { createElement as h } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { getCart } from '../../src/cart/cart-api';
import type { Page } from '../../src/graphql/connection';
import type { ProductCard } from '../../src/catalog/products';
import { createCatalogCache, type CatalogStore } from '../../src/stores/catalog-cache';
import { createProductsStore } from '../../src/stores/catalog-stores';
import { createCartStore, type CartStore } from '../../src/stores/cart-store';
import { useSimulator } from '../integration/helpers';
import { settled, until } from '../stores/helpers';
import { money, OFFERED, restTrips, useMiniCartPage } from './mini-cart-page';
import { inAct, renderReact, type RenderedReact } from './render-react';

const suite = useSimulator();
const storefront = useMiniCartPage(suite);
let rendered: RenderedReact | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

function ProductList({ products, cart }: { products: CatalogStore<Page<ProductCard>>; cart: CartStore }) {
  const { data } = useStore(products);
  return h(
    'ul',
    { className: 'products' },
    data?.items.map((product) =>
      h('li', { key: product.entityId }, product.name, ' ', h('button', { 'data-add': product.entityId, onClick: () => cart.add({ productId: product.entityId, quantity: 1 }).catch(() => {}) }, 'Add')),
    ),
  );
}

function MiniCart({ cart }: { cart: CartStore }) {
  const { data, error } = useStore(cart);
  const count = useStore(cart.count);
  const totals = useStore(cart.totals);
  const lines = data?.lineItems.physicalItems ?? [];
  const change = (id: string, quantity: number) => () => void cart.update(id, quantity).catch(() => {});
  return h(
    'aside',
    null,
    h('span', { className: 'badge' }, String(count)),
    error ? h('p', { role: 'alert' }, `Not saved (${error.code})`) : null,
    lines.length
      ? h(
          'ul',
          { className: 'lines' },
          lines.map((line) =>
            h(
              'li',
              { key: line.id, 'data-product': line.productId },
              h('span', { className: 'name' }, line.name),
              h('button', { className: 'less', onClick: change(line.id, line.quantity - 1) }, '−'),
              h('span', { className: 'qty' }, String(line.quantity)),
              h('button', { className: 'more', onClick: change(line.id, line.quantity + 1) }, '+'),
              h('button', { className: 'remove', onClick: () => void cart.remove(line.id).catch(() => {}) }, 'Remove'),
            ),
          ),
        )
      : h('p', { className: 'empty' }, data === undefined ? 'Loading…' : 'Your cart is empty'),
    h('p', { className: 'total' }, money(totals)),
  );
}

function Page({ products, cart }: { products: CatalogStore<Page<ProductCard>>; cart: CartStore }) {
  return h('main', null, h(ProductList, { products, cart }), h(MiniCart, { cart }));
}

/** What the mini-cart shows: badge, lines (product → quantity), total, alert. */
const view = (container: HTMLElement) => ({
  badge: container.querySelector('.badge')!.textContent,
  lines: Object.fromEntries([...container.querySelectorAll('.lines li')].map((li) => [Number(li.getAttribute('data-product')), Number(li.querySelector('.qty')!.textContent)])),
  total: container.querySelector('.total')!.textContent,
  alert: container.querySelector('[role=alert]')?.textContent ?? null,
  empty: container.querySelector('.empty')?.textContent ?? null,
});
const click = (container: HTMLElement, selector: string) => inAct(() => (container.querySelector(selector) as HTMLElement).click());

async function mount() {
  const catalog = createCatalogCache(storefront());
  const products = createProductsStore(catalog, { entityIds: [...OFFERED] });
  const cart = createCartStore(storefront());
  rendered = await renderReact(h(Page, { products, cart }));
  await inAct(() => Promise.all([settled(products), until(cart, (v) => v.data !== undefined && !v.loading)]));
  return { cart, container: rendered.container };
}

describe('React mini-cart', () => {
  it('starts empty, then adds, changes and removes lines by clicks, showing each change at once', async () => {
    const { cart, container } = await mount();
    expect(view(container)).toMatchObject({ badge: '0', lines: {}, total: '', empty: 'Your cart is empty' });
    expect(container.querySelectorAll('[data-add]')).toHaveLength(3);

    suite.sim.setLatency(40);
    await click(container, `[data-add="${OFFERED[0]}"]`);
    await click(container, `[data-add="${OFFERED[0]}"]`);
    await click(container, `[data-add="${OFFERED[1]}"]`);
    expect(view(container).badge).toBe('3'); // before the store answered
    await inAct(() => cart.settled());
    const server = (await getCart(storefront()))!;
    expect(view(container)).toEqual({ badge: '3', lines: { [OFFERED[0]]: 2, [OFFERED[1]]: 1 }, total: money({ ...server, baseAmount: 0, discountAmount: 0 }), alert: null, empty: null });
    expect(container.querySelector(`[data-product="${OFFERED[0]}"] .name`)!.textContent).toBe(server.lineItems.physicalItems[0]!.name);

    await click(container, `[data-product="${OFFERED[0]}"] .more`);
    expect(view(container)).toMatchObject({ badge: '4', lines: { [OFFERED[0]]: 3, [OFFERED[1]]: 1 } });
    await click(container, `[data-product="${OFFERED[1]}"] .remove`);
    expect(view(container)).toMatchObject({ badge: '3', lines: { [OFFERED[0]]: 3 } });
    await inAct(() => cart.settled());
    const after = (await getCart(storefront()))!;
    expect(view(container)).toMatchObject({ badge: '3', lines: { [OFFERED[0]]: 3 }, total: money({ ...after, baseAmount: 0, discountAmount: 0 }) });
    expect(cart.get().data).toEqual(after);

    await click(container, `[data-product="${OFFERED[0]}"] .remove`);
    await inAct(() => cart.settled());
    expect(view(container)).toMatchObject({ badge: '0', lines: {}, total: '', empty: 'Your cart is empty' });
    expect(restTrips(suite)).toEqual([
      'GET /carts', // the store's one load
      'POST /carts', // the first click
      'POST /carts/:id/items', // the next two, sent together
      'GET /carts', // (the test's own read)
      'PUT /carts/:id/items/:id',
      'DELETE /carts/:id/items/:id',
      'GET /carts', // (the test's own read)
      'DELETE /carts/:id/items/:id',
    ]);
  });

  it('shows a refused change, then rolls it back on screen with an alert', async () => {
    const { cart, container } = await mount();
    await click(container, `[data-add="${OFFERED[2]}"]`);
    await inAct(() => cart.settled());
    expect(view(container).lines).toEqual({ [OFFERED[2]]: 1 });
    const total = view(container).total;

    suite.sim.setLatency(30);
    suite.sim.fault({ kind: 'status', status: 422, match: { method: 'PUT' } });
    await click(container, `[data-product="${OFFERED[2]}"] .more`);
    expect(view(container)).toMatchObject({ badge: '2', lines: { [OFFERED[2]]: 2 }, alert: null });
    await inAct(() => until(cart, (v) => !v.loading));
    expect(view(container)).toEqual({ badge: '1', lines: { [OFFERED[2]]: 1 }, total, alert: 'Not saved (ERR_VALIDATION)', empty: null });
  });
});
