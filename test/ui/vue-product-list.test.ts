// @vitest-environment happy-dom
// The same product list in Vue 3 with @nanostores/vue: loading, loaded, failed, hostile names,
// ten components on one product, and unmounting.
import { useStore } from '@nanostores/vue';
import { defineComponent, h, type PropType } from 'vue';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProducts } from '../../src/index';
import type { Page } from '../../src/graphql/connection';
import type { ProductCard } from '../../src/catalog/products';
import { createCatalogCache, type CatalogCache, type CatalogStore } from '../../src/stores/catalog-cache';
import { createProductsStore, createProductStore } from '../../src/stores/catalog-stores';
import { useSimulator } from '../integration/helpers';
import { fakePlatform, graphqlPosts, settled } from '../stores/helpers';
import { formatPrice, HOSTILE_NAME, hostileCatalog } from './fixtures';
import { renderVue, type RenderedVue } from './render-vue';

const suite = useSimulator(() => ({ catalog: hostileCatalog() }));
let events: ReturnType<typeof fakePlatform>;
let catalog: CatalogCache;
let rendered: RenderedVue | undefined;

beforeEach(() => {
  events = fakePlatform();
  catalog = createCatalogCache(suite.storefront({ retry: false }), { platform: events.platform });
});
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const ProductList = defineComponent({
  props: { store: { type: Object as PropType<CatalogStore<Page<ProductCard>>>, required: true } },
  setup(props) {
    const state = useStore(props.store);
    return () => {
      const { data, loading, error } = state.value;
      if (error) return h('p', { role: 'alert' }, `Products could not be loaded (${error.code}).`);
      if (!data) return h('p', { 'aria-busy': true }, loading ? 'Loading…' : '');
      return h(
        'ul',
        data.items.map((product) =>
          h('li', { key: product.entityId }, [h('a', { href: product.path }, product.name), ' ', h('span', { class: 'price' }, formatPrice(product))]),
        ),
      );
    };
  },
});

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('li')].map((li) => [li.querySelector('a')!.textContent, li.querySelector('.price')!.textContent]);

describe('Vue product list', () => {
  it('shows Loading… while the request is out, then each product\'s name and price', async () => {
    const expected = (await getProducts(suite.storefront(), { first: 6 })).items.map((p) => [p.name, formatPrice(p)]);
    suite.sim.clearLog();
    suite.sim.setLatency(50);
    const $page = createProductsStore(catalog, { first: 6 });
    rendered = renderVue(ProductList, { store: $page });
    expect(rendered.container.textContent).toBe('Loading…');
    await rendered.flush(() => settled($page));
    expect(rows(rendered.container)).toEqual(expected);
    expect(rows(rendered.container)).toHaveLength(6);
    expect(graphqlPosts(suite)).toEqual(['Products']);
  });

  it('renders a product named like an HTML tag as text, never as an element', async () => {
    const $page = createProductsStore(catalog, { first: 6 });
    rendered = renderVue(ProductList, { store: $page });
    await rendered.flush(() => settled($page));
    expect(rows(rendered.container).map(([name]) => name)).toContain(HOSTILE_NAME);
    expect(rendered.container.querySelector('img')).toBeNull();
    expect(rendered.container.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows the error\'s code when the store fails', async () => {
    suite.sim.fault({ kind: 'rate-limit', resetMs: 60_000, match: { operationName: 'Products' } });
    const $page = createProductsStore(catalog, { first: 6 });
    rendered = renderVue(ProductList, { store: $page });
    await rendered.flush(() => settled($page));
    expect(rendered.container.querySelector('[role=alert]')!.textContent).toBe('Products could not be loaded (ERR_RATE_LIMITED).');
  });

  it('ten components, each with its own store of one product, make one request; unmounting stops them', async () => {
    const stores: CatalogStore<any>[] = [];
    const ProductName = defineComponent({
      props: { id: { type: Number, required: true } },
      setup(props) {
        const store = createProductStore(catalog, { entityId: props.id });
        stores.push(store);
        const state = useStore(store);
        return () => h('span', { class: 'name' }, state.value.data ? state.value.data.name : '…');
      },
    });
    const Page = defineComponent({ setup: () => () => h('div', Array.from({ length: 10 }, (_, i) => h(ProductName, { key: i, id: 101 }))) });
    rendered = renderVue(Page);
    await rendered.flush(() => settled(stores[0]!));
    const names = [...rendered.container.querySelectorAll('.name')].map((span) => span.textContent);
    expect(names).toHaveLength(10);
    expect(new Set(names).size).toBe(1);
    expect(names[0]).not.toBe('…');
    expect(graphqlPosts(suite)).toEqual(['Product']);
    expect(events.count()).toBe(2);
    rendered.unmount();
    rendered = undefined;
    expect(stores.map((store) => store.lc)).toEqual(Array(10).fill(0));
    expect(events.count()).toBe(0);
  });
});
