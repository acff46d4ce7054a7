// @vitest-environment happy-dom
// No framework: a Stencil theme's script subscribes to stores and writes the DOM itself.
import { describe, expect, it } from 'vitest';
import { createStorefront } from '../../src/index';
import { createCatalogCache } from '../../src/stores/catalog-cache';
import { createProductsStore } from '../../src/stores/catalog-stores';
import { createCustomerStore } from '../../src/stores/customer-store';
import { useSimulator } from '../integration/helpers';
import { graphqlPosts, settled, until } from '../stores/helpers';
import { HOSTILE_NAME, hostileCatalog } from './fixtures';

const suite = useSimulator(() => ({ catalog: hostileCatalog() }));

describe('plain subscribe (script-tag use)', () => {
  it('keeps a list in the page in step with the store, and stops when unsubscribed', async () => {
    document.body.innerHTML = '<ul id="products" aria-busy="true"></ul>';
    const list = document.getElementById('products')!;
    const catalog = createCatalogCache(suite.storefront());
    const $page = createProductsStore(catalog, { first: 4 });
    const unsubscribe = $page.subscribe(({ data, loading, error }) => {
      list.setAttribute('aria-busy', String(loading));
      if (error) list.textContent = error.message;
      if (!data) return;
      list.replaceChildren(
        ...data.items.map((product) => {
          const item = document.createElement('li');
          item.textContent = product.name;
          return item;
        }),
      );
    });
    expect(list.getAttribute('aria-busy')).toBe('true');
    await settled($page);
    expect(list.getAttribute('aria-busy')).toBe('false');
    const names = [...list.children].map((item) => item.textContent);
    expect(names).toHaveLength(4);
    expect(names).toContain(HOSTILE_NAME);
    expect(list.querySelector('img')).toBeNull();
    expect(graphqlPosts(suite)).toEqual(['Products']);
    unsubscribe();
    expect($page.lc).toBe(0);
  });

  it('greets the verified customer after refresh(), a guest before', async () => {
    document.body.innerHTML = '<span id="greeting"></span>';
    const greeting = document.getElementById('greeting')!;
    let signedIn = false;
    // The store's side of the session, canned: current.jwt is 404 for a guest.
    const fetch: typeof globalThis.fetch = async (input) =>
      String(input).includes('/customer/current.jwt')
        ? signedIn
          ? new Response('"a.b.c"', { headers: { 'content-type': 'application/json' } })
          : new Response(null, { status: 404 })
        : Response.json({ customer: { id: 1, email: 'jane@example.com', groupId: '1' } });
    const $customer = createCustomerStore(createStorefront({ storeUrl: 'https://shop.example.com', token: 'a-token', fetch }), {
      appClientId: 'app',
      verifyUrl: '/api/customer',
    });
    $customer.subscribe((state) => {
      greeting.textContent = state.status === 'customer' ? `Hi ${state.customer.email}` : state.status === 'guest' ? 'Sign in' : '';
    });
    await until($customer, (state) => state.status !== 'loading');
    expect(greeting.textContent).toBe('Sign in');
    signedIn = true;
    await $customer.refresh();
    expect(greeting.textContent).toBe('Hi jane@example.com');
  });
});
