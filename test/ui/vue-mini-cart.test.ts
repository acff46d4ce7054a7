// @vitest-environment happy-dom
// The same page in Vue 3 with @nanostores/vue: a product list and a mini-cart sharing one cart
// store, driven by clicks; asserts what renders at once, after the answer, and after a refusal.
import { useStore } from '@nanostores/vue';
import { defineComponent, h, type PropType } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { getCart } from '../../src/cart/cart-api';
import { createCartStore, type CartStore } from '../../src/stores/cart-store';
import { useSimulator } from '../integration/helpers';
import { until } from '../stores/helpers';
import { money, OFFERED, restTrips, useMiniCartPage } from './mini-cart-page';
import { renderVue, type RenderedVue } from './render-vue';

const suite = useSimulator();
const storefront = useMiniCartPage(suite);
let rendered: RenderedVue | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const ProductList = defineComponent({
  props: { cart: { type: Object as PropType<CartStore>, required: true } },
  setup: (props) => () =>
    h(
      'ul',
      { class: 'products' },
      OFFERED.map((id) => h('li', { key: id }, [`Product ${id} `, h('button', { 'data-add': id, onClick: () => props.cart.add({ productId: id, quantity: 1 }).catch(() => {}) }, 'Add')])),
    ),
});

const MiniCart = defineComponent({
  props: { cart: { type: Object as PropType<CartStore>, required: true } },
  setup(props) {
    const state = useStore(props.cart);
    const count = useStore(props.cart.count);
    const totals = useStore(props.cart.totals);
    const change = (id: string, quantity: number) => () => void props.cart.update(id, quantity).catch(() => {});
    return () => {
      const { data, error } = state.value;
      const lines = data?.lineItems.physicalItems ?? [];
      return h('aside', [
        h('span', { class: 'badge' }, String(count.value)),
        error ? h('p', { role: 'alert' }, `Not saved (${error.code})`) : null,
        lines.length
          ? h(
              'ul',
              { class: 'lines' },
              lines.map((line) =>
                h('li', { key: line.id, 'data-product': line.productId }, [
                  h('span', { class: 'name' }, line.name),
                  h('button', { class: 'less', onClick: change(line.id, line.quantity - 1) }, '−'),
                  h('span', { class: 'qty' }, String(line.quantity)),
                  h('button', { class: 'more', onClick: change(line.id, line.quantity + 1) }, '+'),
                  h('button', { class: 'remove', onClick: () => void props.cart.remove(line.id).catch(() => {}) }, 'Remove'),
                ]),
              ),
            )
          : h('p', { class: 'empty' }, data === undefined ? 'Loading…' : 'Your cart is empty'),
        h('p', { class: 'total' }, money(totals.value)),
      ]);
    };
  },
});

const Page = defineComponent({
  props: { cart: { type: Object as PropType<CartStore>, required: true } },
  setup: (props) => () => h('main', [h(ProductList, { cart: props.cart }), h(MiniCart, { cart: props.cart })]),
});

const view = (container: HTMLElement) => ({
  badge: container.querySelector('.badge')!.textContent,
  lines: Object.fromEntries([...container.querySelectorAll('.lines li')].map((li) => [Number(li.getAttribute('data-product')), Number(li.querySelector('.qty')!.textContent)])),
  total: container.querySelector('.total')!.textContent,
  alert: container.querySelector('[role=alert]')?.textContent ?? null,
});

async function mount() {
  const cart = createCartStore(storefront());
  rendered = renderVue(Page, { cart });
  const { container, flush } = rendered;
  expect(container.querySelector('.empty')!.textContent).toBe('Loading…');
  await flush(() => until(cart, (v) => v.data !== undefined && !v.loading));
  const click = (selector: string) => flush(() => (container.querySelector(selector) as HTMLElement).click());
  return { cart, container, flush, click };
}

describe('Vue mini-cart', () => {
  it('adds, changes and removes lines by clicks; each change shows at once, then as the store answered', async () => {
    const { cart, container, flush, click } = await mount();
    expect(view(container)).toEqual({ badge: '0', lines: {}, total: '', alert: null });
    suite.sim.setLatency(40);
    await click(`[data-add="${OFFERED[1]}"]`);
    await click(`[data-add="${OFFERED[2]}"]`);
    expect(view(container).badge).toBe('2');
    await flush(() => cart.settled());
    const server = (await getCart(storefront()))!;
    expect(view(container)).toEqual({ badge: '2', lines: { [OFFERED[1]]: 1, [OFFERED[2]]: 1 }, total: money({ ...server, baseAmount: 0, discountAmount: 0 }), alert: null });

    await click(`[data-product="${OFFERED[1]}"] .more`);
    await click(`[data-product="${OFFERED[1]}"] .more`);
    await click(`[data-product="${OFFERED[2]}"] .less`); // 1 → 0: removes the line
    expect(view(container)).toMatchObject({ badge: '3', lines: { [OFFERED[1]]: 3 } });
    await flush(() => cart.settled());
    const after = (await getCart(storefront()))!;
    expect(view(container)).toEqual({ badge: '3', lines: { [OFFERED[1]]: 3 }, total: money({ ...after, baseAmount: 0, discountAmount: 0 }), alert: null });
    expect(cart.get().data).toEqual(after);
    expect(restTrips(suite).filter((t) => t !== 'GET /carts')).toEqual([
      'POST /carts',
      'POST /carts/:id/items',
      'PUT /carts/:id/items/:id', // 1 → 2, sent at once
      'PUT /carts/:id/items/:id', // 2 → 3, queued behind it
      'DELETE /carts/:id/items/:id',
    ]);
  });

  it('rolls a refused removal back on screen, with an alert', async () => {
    const { cart, container, flush, click } = await mount();
    await click(`[data-add="${OFFERED[0]}"]`);
    await flush(() => cart.settled());
    const before = view(container);
    suite.sim.setLatency(30);
    suite.sim.fault({ kind: 'status', status: 409, times: 2, match: { method: 'DELETE' } });
    await click(`[data-product="${OFFERED[0]}"] .remove`);
    expect(view(container)).toMatchObject({ badge: '0', lines: {} });
    await flush(() => until(cart, (v) => !v.loading));
    expect(view(container)).toEqual({ ...before, alert: 'Not saved (ERR_CONFLICT)' });
  });
});
