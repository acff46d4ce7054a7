import type { CatalogBlog, CatalogRedirect, CatalogSeo, CatalogWebPage } from './types';

function seo(title: string, description: string): CatalogSeo {
  return { pageTitle: title, metaDescription: description, metaKeywords: '' };
}

/** The sample store's content pages. */
export function samplePages(): CatalogWebPage[] {
  return [
    {
      id: 1,
      kind: 'normal',
      name: 'Shipping & Returns',
      path: '/shipping-returns/',
      htmlBody:
        '<h2>Shipping</h2><p>Orders over $75 ship free within the US. Most orders leave our warehouse within two business days.</p>' +
        '<h2>Returns</h2><p>Return unused items within 30 days for a full refund.</p>',
      contactFields: [],
      isVisibleInNavigation: true,
      seo: seo('Shipping & Returns', 'Delivery times, costs and our 30-day return policy.'),
    },
    {
      id: 2,
      kind: 'normal',
      name: 'About Us',
      path: '/about-us/',
      htmlBody: '<p>Hearth &amp; Garden started in a Portland garage in 2014, selling tools we wanted to use ourselves.</p>',
      contactFields: [],
      isVisibleInNavigation: true,
      seo: seo('About Hearth & Garden', 'Who we are and how we choose what we sell.'),
    },
    {
      id: 3,
      kind: 'contact',
      name: 'Contact Us',
      path: '/contact-us/',
      htmlBody: '<p>Questions about an order? Write to us and we will answer within a day.</p>',
      contactFields: ['fullname', 'email', 'phone', 'orderno'],
      isVisibleInNavigation: true,
      seo: seo('Contact Us', 'Get in touch with the Hearth & Garden team.'),
    },
    {
      id: 4,
      kind: 'raw-html',
      name: 'Towel Size Guide',
      path: '/towel-size-guide/',
      htmlBody:
        '<!doctype html><html><body><table><tr><th>Size</th><th>Inches</th></tr>' +
        '<tr><td>Hand</td><td>16 x 30</td></tr><tr><td>Bath</td><td>27 x 54</td></tr>' +
        '<tr><td>Bath Sheet</td><td>35 x 70</td></tr></table></body></html>',
      contactFields: [],
      isVisibleInNavigation: false,
      seo: seo('Towel Size Guide', 'Towel sizes in inches.'),
    },
  ];
}

/** The sample store's blog with two posts. */
export function sampleBlog(): CatalogBlog {
  return {
    name: 'The Potting Shed',
    path: '/blog/',
    description: 'Notes on growing, cooking and caring for things that last.',
    posts: [
      {
        id: 1,
        name: 'A Spring Planting Guide',
        path: '/blog/spring-planting-guide/',
        htmlBody: '<p>When the soil crumbles in your hand, it is time to sow.</p>',
        author: 'Maya Lindqvist',
        tags: ['garden', 'seasonal'],
        publishedDate: '2025-03-21T09:00:00Z',
        seo: seo('A Spring Planting Guide', 'What to sow in March and April.'),
      },
      {
        id: 2,
        name: 'Caring for Cast Iron',
        path: '/blog/caring-for-cast-iron/',
        htmlBody: '<p>Dry it on the stove, wipe on a drop of oil, and it will outlast you.</p>',
        author: null,
        tags: ['kitchen'],
        publishedDate: '2024-11-02T09:00:00Z',
        seo: seo('Caring for Cast Iron', 'Seasoning, cleaning and storing cast iron.'),
      },
    ],
  };
}

/** 301 redirects of the sample store: one per target kind. */
export function sampleRedirects(): CatalogRedirect[] {
  return [
    { id: 1, fromPath: '/turkish-towel/', to: { type: 'product', entityId: 101 } },
    { id: 2, fromPath: '/bathroom/', to: { type: 'category', entityId: 21 } },
    { id: 3, fromPath: '/linen-lane/', to: { type: 'brand', entityId: 1 } },
    { id: 4, fromPath: '/shipping/', to: { type: 'page', entityId: 1 } },
    { id: 5, fromPath: '/blog/cast-iron/', to: { type: 'blog-post', entityId: 2 } },
    { id: 6, fromPath: '/summer-sale/', to: { type: 'manual', url: '/sale/' } },
  ];
}
