/*
 * The simulator's catalog: plain data for one BigCommerce store, in the shape the simulator
 * needs to answer storefront queries. Money is in the store's default currency; ids are the
 * store's `entityId`s; paths are storefront URL paths with leading and trailing slashes.
 */
import type { CatalogProduct } from './product-types';

export type * from './product-types';

/** An image served by the simulator at `/sim-images/{size}/{file}`, or by any absolute URL. */
export interface CatalogImage {
  /** A file name under `/sim-images/` (e.g. `bath-towel.svg`), or an absolute `http(s):`/`data:` URL used as is. */
  file: string;
  altText: string;
}

/** SEO fields shared by products, categories, brands and pages. */
export interface CatalogSeo {
  pageTitle: string;
  metaDescription: string;
  metaKeywords: string;
}

/** Store-wide settings (Settings in the GraphQL schema). */
export interface StoreSettings {
  storeName: string;
  storeHash: string;
  storeCountryCode: string;
  channelId: number;
  status: 'LAUNCHED' | 'MAINTENANCE' | 'PRE_LAUNCH' | 'HIBERNATION';
  statusMessage: string | null;
  /** A text logo, or an image logo. */
  logo: { text: string } | { image: CatalogImage };
  /** The storefront's own origin, used for absolute URLs (redirect targets). */
  vanityUrl: string;
  /** Prefix of image URLs; '' keeps them relative to whichever origin serves the simulator. */
  cdnUrl: string;
  checkoutUrl: string | null;
  contact: { address: string; country: string; addressType: string; email: string; phone: string } | null;
  /** Code of the default currency; must be one of `Catalog.currencies`. */
  defaultCurrency: string;
  weightUnit: 'kg' | 'g' | 'lbs' | 'oz';
}

/** A currency enabled on the store, with its rate against the default currency. */
export interface CatalogCurrency {
  entityId: number;
  code: string;
  name: string;
  /** Units of this currency per one unit of the default currency (1 for the default). */
  exchangeRate: number;
  isDefault: boolean;
  isTransactional: boolean;
  display: {
    symbol: string;
    symbolPlacement: 'LEFT' | 'RIGHT';
    decimalToken: string;
    thousandsToken: string;
    decimalPlaces: number;
  };
}

/** A country of the store's geography, with its states or provinces. */
export interface CatalogCountry {
  entityId: number;
  code: string;
  name: string;
  stateRequired: boolean;
  states: { entityId: number; name: string; abbreviation: string }[];
}

/** A category; the tree is given by `parentId` (null at the top). */
export interface CatalogCategory {
  id: number;
  parentId: number | null;
  name: string;
  /** e.g. `/garden/bath/towels/` */
  path: string;
  description: string;
  image: CatalogImage | null;
  sortOrder: number;
  isVisible: boolean;
  seo: CatalogSeo;
}

/** A brand. */
export interface CatalogBrand {
  id: number;
  name: string;
  path: string;
  image: CatalogImage | null;
  seo: CatalogSeo;
}

/** A content page (About us, Shipping & returns, Contact us...). */
export interface CatalogWebPage {
  id: number;
  kind: 'normal' | 'raw-html' | 'contact' | 'blog-index';
  name: string;
  path: string;
  htmlBody: string;
  /** Contact pages: the fields the form shows (e.g. `fullname`, `email`). */
  contactFields: string[];
  isVisibleInNavigation: boolean;
  seo: CatalogSeo;
}

/** A blog post. */
export interface CatalogBlogPost {
  id: number;
  name: string;
  path: string;
  htmlBody: string;
  author: string | null;
  tags: string[];
  /** ISO-8601. */
  publishedDate: string;
  seo: CatalogSeo;
}

/** The store's blog. */
export interface CatalogBlog {
  name: string;
  path: string;
  description: string;
  posts: CatalogBlogPost[];
}

/** A 301 redirect stored for a path, to a URL or to an entity. */
export interface CatalogRedirect {
  id: number;
  fromPath: string;
  to:
    | { type: 'manual'; url: string }
    | { type: 'product' | 'category' | 'brand' | 'page' | 'blog-post'; entityId: number };
}

/** One store's catalog and settings. */
/** A postal address of a customer's address book. */
export interface CatalogAddress {
  id: number;
  firstName: string;
  lastName: string;
  company: string;
  address1: string;
  address2: string;
  city: string;
  stateOrProvince: string;
  stateOrProvinceCode: string;
  postalCode: string;
  countryCode: string;
  phone: string;
}

/** A customer's wishlist: product ids in the order added. */
export interface CatalogWishlist {
  id: number;
  name: string;
  isPublic: boolean;
  /** The share token of a public wishlist. */
  token: string;
  productIds: number[];
}

/** A registered shopper of the store. */
export interface CatalogCustomer {
  id: number;
  email: string;
  /** Plain text: this is a simulator. */
  password: string;
  firstName: string;
  lastName: string;
  phone: string;
  company: string;
  /** Customer group id (0: no group). */
  groupId: number;
  /** Store credit balance in the store's default currency. */
  storeCredit: number;
  addresses: CatalogAddress[];
  wishlists: CatalogWishlist[];
}

export interface Catalog {
  settings: StoreSettings;
  currencies: CatalogCurrency[];
  countries: CatalogCountry[];
  categories: CatalogCategory[];
  brands: CatalogBrand[];
  products: CatalogProduct[];
  pages: CatalogWebPage[];
  blog: CatalogBlog | null;
  redirects: CatalogRedirect[];
  /** Registered shoppers (sign-in, store credit, address book, wishlists). */
  customers: CatalogCustomer[];
}
