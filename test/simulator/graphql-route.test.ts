import { describe, expect, it } from 'vitest';
import type { RouteQuery } from '../../src/graphql/generated/graphql';
import { simulatorRunner } from './graphql-helpers';

type Route = RouteQuery['site']['route'];

describe('Route operation', () => {
  const sim = simulatorRunner();
  const route = async (path: string, currencyCode?: string): Promise<Route> =>
    (await sim.data<RouteQuery>('Route', { path, ...(currencyCode ? { currencyCode } : {}) })).site.route;

  it('resolves a product path to the full product', async () => {
    const { node, redirect } = await route('/turkish-cotton-bath-towel/', 'EUR');
    expect(redirect).toBeNull();
    expect(node).toMatchObject({
      __typename: 'Product',
      id: 'UHJvZHVjdDoxMDE=',
      entityId: 101,
      name: 'Turkish Cotton Bath Towel',
      prices: { price: { value: 22.08, currencyCode: 'EUR' } },
    });
  });

  it('tolerates a missing trailing slash, letter case, percent-encoding and a query string', async () => {
    for (const path of ['/turkish-cotton-bath-towel', '/Turkish-Cotton-Bath-Towel/', 'turkish-cotton-bath-towel/?color=sage']) {
      expect((await route(path)).node, path).toMatchObject({ __typename: 'Product', entityId: 101 });
    }
    expect((await route('/caf%C3%A9-lounge-chair')).node).toMatchObject({ __typename: 'Product', entityId: 119, name: 'Café Lounge Chair' });
    expect((await route('/café-lounge-chair/')).node).toMatchObject({ entityId: 119 });
  });

  it('resolves categories, brands, pages, the blog and its posts', async () => {
    expect((await route('/home/bath/towels/')).node).toMatchObject({
      __typename: 'Category',
      id: Buffer.from('Category:22').toString('base64'),
      entityId: 22,
      name: 'Towels',
      breadcrumbs: { edges: [{ node: { name: 'Home' } }, { node: { name: 'Bath' } }, { node: { name: 'Towels' } }] },
    });
    expect((await route('/brands/ironhold/')).node).toMatchObject({ __typename: 'Brand', entityId: 3, name: 'Ironhold' });
    expect((await route('/shipping-returns')).node).toMatchObject({
      __typename: 'NormalPage',
      entityId: 1,
      name: 'Shipping & Returns',
      path: '/shipping-returns/',
      htmlBody: expect.stringContaining('<h2>Returns</h2>'),
      seo: { pageTitle: 'Shipping & Returns' },
    });
    expect((await route('/towel-size-guide/')).node).toMatchObject({ __typename: 'RawHtmlPage', htmlBody: expect.stringMatching(/^<!doctype html>/) });
    expect((await route('/contact-us/')).node).toMatchObject({ __typename: 'ContactPage', contactFields: ['fullname', 'email', 'phone', 'orderno'] });
    expect((await route('/blog/')).node).toEqual({
      __typename: 'Blog',
      id: Buffer.from('Blog:/blog/').toString('base64'),
      name: 'The Potting Shed',
      path: '/blog/',
      description: 'Notes on growing, cooking and caring for things that last.',
    });
    expect((await route('/blog/caring-for-cast-iron/')).node).toMatchObject({
      __typename: 'BlogPost',
      entityId: 2,
      author: null,
      tags: ['kitchen'],
      publishedDate: { utc: '2024-11-02T09:00:00Z' },
    });
  });

  it('returns the stored 301 redirect for a path, to an entity or a URL', async () => {
    expect(await route('/turkish-towel')).toEqual({
      node: null,
      redirect: {
        fromPath: '/turkish-towel/',
        toUrl: 'https://hearth-and-garden.example/turkish-cotton-bath-towel/',
        to: { __typename: 'ProductRedirect', entityId: 101, path: '/turkish-cotton-bath-towel/' },
      },
    });
    expect((await route('/bathroom/')).redirect?.to).toEqual({ __typename: 'CategoryRedirect', entityId: 21, path: '/home/bath/' });
    expect((await route('/linen-lane/')).redirect?.to).toEqual({ __typename: 'BrandRedirect', entityId: 1, path: '/brands/linen-lane/' });
    expect((await route('/shipping/')).redirect?.to).toEqual({ __typename: 'PageRedirect', entityId: 1, path: '/shipping-returns/' });
    expect((await route('/blog/cast-iron/')).redirect?.to).toEqual({ __typename: 'BlogPostRedirect', entityId: 2, path: '/blog/caring-for-cast-iron/' });
    expect((await route('/summer-sale/')).redirect).toMatchObject({
      toUrl: 'https://hearth-and-garden.example/sale/',
      to: { __typename: 'ManualRedirect', url: '/sale/' },
    });
  });

  it('answers null for unknown paths and hidden products', async () => {
    expect(await route('/no-such-page/')).toEqual({ node: null, redirect: null });
    expect(await route('/discontinued-watering-wand/')).toEqual({ node: null, redirect: null });
    expect(await route('/')).toEqual({ node: null, redirect: null });
  });

  it('sees a path changed after the executor was made', async () => {
    const local = simulatorRunner();
    await local.data<RouteQuery>('Route', { path: '/hand-trowel/' });
    local.catalog.products.find((p) => p.id === 127)!.path = '/trowel/';
    const moved = await local.data<RouteQuery>('Route', { path: '/trowel/' });
    expect(moved.site.route.node).toMatchObject({ entityId: 127 });
    expect((await local.data<RouteQuery>('Route', { path: '/hand-trowel/' })).site.route.node).toBeNull();
  });
});
