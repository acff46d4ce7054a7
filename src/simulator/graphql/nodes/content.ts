import type { CatalogBlog, CatalogBlogPost, CatalogWebPage } from '../../catalog';
import { nodeId } from '../node-id';

const pageTypenames: Record<CatalogWebPage['kind'], string> = {
  normal: 'NormalPage',
  'raw-html': 'RawHtmlPage',
  contact: 'ContactPage',
  'blog-index': 'BlogIndexPage',
};

/** The schema's WebPage for a content page (NormalPage, RawHtmlPage, ContactPage or BlogIndexPage). */
export function webPageNode(page: CatalogWebPage) {
  const __typename = pageTypenames[page.kind];
  return {
    __typename,
    id: nodeId(__typename, page.id),
    entityId: page.id,
    name: page.name,
    path: page.path,
    htmlBody: page.htmlBody,
    contactFields: page.contactFields,
    seo: page.seo,
  };
}

/** The schema's Blog object (the store has one blog). */
export function blogNode(blog: CatalogBlog) {
  return { __typename: 'Blog', id: nodeId('Blog', blog.path), name: blog.name, description: blog.description, path: blog.path };
}

/** The schema's BlogPost object. */
export function blogPostNode(post: CatalogBlogPost) {
  return {
    __typename: 'BlogPost',
    id: nodeId('BlogPost', post.id),
    entityId: post.id,
    name: post.name,
    path: post.path,
    htmlBody: post.htmlBody,
    author: post.author,
    tags: post.tags,
    publishedDate: { utc: post.publishedDate },
    seo: post.seo,
  };
}
