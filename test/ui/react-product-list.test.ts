// @vitest-environment happy-dom
// A product list in React 19 with @nanostores/react: what renders while loading, once loaded,
// after a failure, for ten components on one product, and from hydrated data.
import { useStore } from '@nanostores/react';
import { createElement as h, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProducts } from '../../src/index';
import type { Page } from '../../src/graphql/connection';
import type { ProductCard } from '../../src/catalog/products';
import { createCatalogCache, type CatalogCache, type CatalogStore } from '../../src/stores/catalog-cache';
import { dehydrateCatalog, hydrateCatalog } from '../../src/stores/catalog-hydration';
import { createProductsStore, createProductStore } from '../../src/stores/catalog-stores';
import { useSimulator } from '../integration/helpers';
import { fakePlatform, graphqlPosts, settled } from '../stores/helpers';
import { formatPrice, HOSTILE_NAME, hostileCatalog } from './fixtures';
import { inAct, renderReact, type RenderedReact } from './render-react';

const suite = useSimulator(() => ({ catalog: hostileCatalog() }));
let events: ReturnType<typeof fakePlatform>;
let catalog: CatalogCache;
let rendered: RenderedReact | undefined;

beforeEach(() => {
  events = fakePlatform();
  catalog = createCatalogCache(suite.storefront({ retry: false }), { platform: events.platform });
});
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

function ProductList({ store }: { store: CatalogStore<Page<ProductCard>> }) {
  const { data, loading, error } = useStore(store);
  if (error) return h('p', { role: 'alert' }, `Products could not be loaded (${error.code}).`);
  if (!data) return h('p', { 'aria-busy': true }, loading ? 'Loading…' : '');
  return h(
    'ul',
    null,
    data.items.map((product) =>
      h('li', { key: product.entityId }, h('a', { href: product.path }, product.name), ' ', h('span', { className: 'price' }, formatPrice(product))),
    ),
  );
}

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('li')].map((li) => [li.querySelector('a')!.textContent, li.querySelector('.price')!.textContent]);

describe('React product list', () => {
  it('shows Loading… while the request is out, then each product\'s name and price', async () => {
    const expected = (await getProducts(suite.storefront(), { first: 6 })).items.map((p) => [p.name, formatPrice(p)]);
    suite.sim.clearLog();
    suite.sim.setLatency(50);
    const $page = createProductsStore(catalog, { first: 6 });
    const renders: string[] = [];
    function Recorded() {
      renders.push(useStore($page).loading ? 'loading' : 'idle');
      return h(ProductList, { store: $page });
    }
    rendered = await renderReact(h(Recorded));
    expect(renders[0]).toBe('loading'); // from the very first render, not an idle flash
    expect(rendered.container.textContent).toBe('Loading…');
    await inAct(() => settled($page));
    expect(renders.at(-1)).toBe('idle');
    expect(rows(rendered.container)).toEqual(expected);
    expect(rows(rendered.container)).toHaveLength(6);
    expect(rows(rendered.container)[1]![1]).toMatch(/^\$\d+\.\d\d$/);
    expect(graphqlPosts(suite)).toEqual(['Products']);
  });

  it('renders a product named like an HTML tag as text, never as an element', async () => {
    const $page = createProductsStore(catalog, { first: 6 });
    rendered = await renderReact(h(ProductList, { store: $page }));
    await inAct(() => settled($page));
    expect(rows(rendered.container).map(([name]) => name)).toContain(HOSTILE_NAME);
    expect(rendered.container.querySelector('img')).toBeNull();
    expect(rendered.container.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows the error\'s code when the store fails', async () => {
    suite.sim.fault({ kind: 'status', status: 502, match: { operationName: 'Products' } });
    const $page = createProductsStore(catalog, { first: 6 });
    rendered = await renderReact(h(ProductList, { store: $page }));
    await inAct(() => settled($page));
    expect(rendered.container.querySelector('[role=alert]')!.textContent).toBe('Products could not be loaded (ERR_HTTP).');
    expect(rendered.container.querySelector('li')).toBeNull();
  });

  it('stops the store and its platform listeners when the component unmounts', async () => {
    const $page = createProductsStore(catalog, { first: 2 });
    rendered = await renderReact(h(ProductList, { store: $page }));
    await inAct(() => settled($page));
    expect($page.lc).toBeGreaterThan(0);
    expect(events.count()).toBe(2);
    await rendered.unmount();
    rendered = undefined;
    expect($page.lc).toBe(0);
    expect(events.count()).toBe(0);
  });

  it('ten components, each with its own store of one product, make one request', async () => {
    function ProductName({ id }: { id: number }) {
      const [store] = useState(() => createProductStore(catalog, { entityId: id }));
      const { data } = useStore(store);
      return h('span', { className: 'name' }, data ? data.name : '…');
    }
    rendered = await renderReact(h('div', null, Array.from({ length: 10 }, (_, i) => h(ProductName, { key: i, id: 101 }))));
    await inAct(() => settled(createProductStore(catalog, { entityId: 101 })));
    const names = [...rendered.container.querySelectorAll('.name')].map((span) => span.textContent);
    expect(names).toHaveLength(10);
    expect(new Set(names)).toEqual(new Set([(await getProducts(suite.storefront(), { entityIds: [101] })).items[0]!.name]));
    expect(graphqlPosts(suite).filter((name) => name === 'Product')).toHaveLength(1);
  });

  it('renders hydrated data on its first render, with no request', async () => {
    const server = createCatalogCache(suite.storefront(), { platform: events.platform });
    const $server = createProductsStore(server, { first: 3 });
    await settled($server);
    const snapshot = JSON.parse(JSON.stringify(dehydrateCatalog(server)));
    suite.sim.clearLog();

    hydrateCatalog(catalog, snapshot);
    const renders: string[] = [];
    function Recorded({ store }: { store: CatalogStore<Page<ProductCard>> }) {
      const value = useStore(store);
      renders.push(value.data ? `data(${value.data.items.length})` : value.loading ? 'loading' : 'empty');
      return h(ProductList, { store });
    }
    rendered = await renderReact(h(Recorded, { store: createProductsStore(catalog, { first: 3 }) }));
    expect(renders[0]).toBe('data(3)');
    expect(new Set(renders)).toEqual(new Set(['data(3)']));
    expect(rows(rendered.container)).toHaveLength(3);
    expect(graphqlPosts(suite)).toEqual([]);
  });
});
