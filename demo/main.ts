// The demo shop's first cut: category tree, brands, a searchable, paginated product grid and a
// product page, all through bc-storefront against the embedded simulator (or a real store).
// Every value from the store goes into the page through textContent, never as HTML.
import {
  createStorefront,
  getBrand,
  getBrands,
  getCategory,
  getCategoryTree,
  getProduct,
  getStoreSettings,
  isStorefrontError,
  resolveRoute,
  searchProducts,
  type CategoryTreeItem,
  type Page,
  type PageArgs,
  type ProductCard,
  type ProductDetail,
  type SearchFacet,
  type SearchSort,
} from '../src/index';
import { el, formatMoney, mount } from './dom';

declare const __DEMO_STORE__: { storeUrl: string | null; token: string };

const storefront = createStorefront({
  storeUrl: __DEMO_STORE__.storeUrl ?? location.origin,
  token: __DEMO_STORE__.token,
});
const main = document.getElementById('main')!;
const PAGE_SIZE = 12;

function navigate(url: string): void {
  history.pushState(null, '', url);
  void render();
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a[data-link]');
  if (!link || (event as MouseEvent).metaKey || (event as MouseEvent).ctrlKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href')!);
});
window.addEventListener('popstate', () => void render());
document.getElementById('search-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const term = new FormData(event.target as HTMLFormElement).get('q')?.toString().trim() ?? '';
  navigate(term ? `/search?q=${encodeURIComponent(term)}` : '/');
});

/** Shows a loading state, runs `load`, and shows a shopper-readable message if it fails. */
async function withStates(load: () => Promise<void>): Promise<void> {
  mount(main, el('p', { class: 'muted' }, 'Loading…'));
  try {
    await load();
  } catch (error) {
    const busy = isStorefrontError(error, 'ERR_RATE_LIMITED') || isStorefrontError(error, 'ERR_NETWORK');
    mount(main, el('div', { class: 'error', role: 'alert' },
      el('h2', {}, busy ? 'The shop is busy right now' : 'Something went wrong'),
      el('p', {}, busy ? 'Please try again in a moment.' : 'We could not load this page. Please try again.'),
      el('button', { type: 'button', onclick: () => void render() }, 'Try again')));
    console.warn(error);
  }
}

async function render(): Promise<void> {
  const url = new URL(location.href);
  const page = pageArgs(url);
  if (url.pathname === '/' || url.pathname === '/search') {
    const searchTerm = url.searchParams.get('q') ?? undefined;
    return withStates(async () => {
      const { products, facets } = await searchProducts(storefront, { ...(searchTerm && { searchTerm }), ...listing(url), ...page });
      const title = searchTerm ? `Results for “${searchTerm}”` : 'All products';
      mount(main, el('h1', {}, title), facetBar(facets, url), productGrid(products, url));
    });
  }
  return withStates(async () => {
    const { node } = await resolveRoute(storefront, url.pathname);
    if (!node) {
      mount(main, el('h1', {}, 'Page not found'), el('p', {}, 'Nothing lives at this address.'),
        el('a', { href: '/', 'data-link': '' }, 'Back to all products'));
    } else if (node.__typename === 'Product') {
      mount(main, productPage(await optionsOverlay(node, url)));
    } else if (node.__typename === 'Category') {
      const result = await getCategory(storefront, node.entityId, { ...listing(url), searchSubCategories: true, ...page });
      const crumbs = node.breadcrumbs.edges?.map((edge) => edge.node) ?? [];
      mount(main,
        el('nav', { class: 'crumbs', 'aria-label': 'Breadcrumbs' }, ...crumbs.map((c) => el('a', { href: c.path ?? '/', 'data-link': '' }, c.name))),
        el('h1', {}, node.name),
        ...(result ? [facetBar(result.facets, url), productGrid(result.products, url)] : [el('p', {}, 'No products here yet.')]));
    } else if (node.__typename === 'Brand') {
      const result = await getBrand(storefront, node.entityId, page);
      mount(main, el('h1', {}, node.name), result ? productGrid(result.products, url) : el('p', {}, 'No products.'));
    } else {
      mount(main, el('h1', {}, 'name' in node ? String(node.name) : 'Page'),
        el('p', { class: 'muted' }, 'A content page of the store.'));
    }
  });
}

/** The option values chosen in the URL (`?o=100:201&o=101:204`), one per option. */
function selections(url: URL): Map<number, number> {
  const chosen = new Map<number, number>();
  for (const pair of url.searchParams.getAll('o')) {
    const [option, value] = pair.split(':').map(Number);
    if (option && value) chosen.set(option, value);
  }
  return chosen;
}

/** A product page with the chosen options applied: price, SKU, stock and image follow the variant. */
async function optionsOverlay(product: ProductDetail, url: URL): Promise<ProductDetail> {
  const optionValueIds = [...selections(url)].map(([optionEntityId, valueEntityId]) => ({ optionEntityId, valueEntityId }));
  if (optionValueIds.length === 0) return product;
  return (await getProduct(storefront, { entityId: product.entityId, optionValueIds })) ?? product;
}

/** The sort and brand facet chosen in the URL (`?sort=NEWEST&brand=3`). */
function listing(url: URL): { sort?: SearchSort; brandEntityIds?: number[] } {
  const sort = url.searchParams.get('sort') as SearchSort | null;
  const brandEntityIds = url.searchParams.getAll('brand').map(Number);
  return { ...(sort && { sort }), ...(brandEntityIds.length > 0 && { brandEntityIds }) };
}

function pageArgs(url: URL): PageArgs {
  const after = url.searchParams.get('after');
  const before = url.searchParams.get('before');
  if (before) return { last: PAGE_SIZE, before };
  return after ? { first: PAGE_SIZE, after } : { first: PAGE_SIZE };
}

function withParam(url: URL, changes: Record<string, string | null>): string {
  const next = new URL(url);
  for (const key of ['after', 'before']) next.searchParams.delete(key);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.searchParams.delete(key);
    else next.searchParams.set(key, value);
  }
  return next.pathname + next.search;
}

function productGrid(page: Page<ProductCard>, url: URL): HTMLElement {
  if (page.items.length === 0) return el('p', { class: 'muted' }, 'No products match.');
  const { pageInfo } = page;
  return el('section', {},
    page.totalItems != null ? el('p', { class: 'muted' }, `${page.totalItems} products`) : '',
    el('ul', { class: 'grid' }, ...page.items.map(productCard)),
    el('nav', { class: 'pager', 'aria-label': 'Pages' },
      pageInfo.hasPreviousPage && pageInfo.startCursor
        ? el('a', { href: withParam(url, { before: pageInfo.startCursor }), 'data-link': '' }, '← Previous') : '',
      pageInfo.hasNextPage && pageInfo.endCursor
        ? el('a', { href: withParam(url, { after: pageInfo.endCursor }), 'data-link': '' }, 'Next →') : ''));
}

function productCard(product: ProductCard): HTMLElement {
  const { prices } = product;
  return el('li', { class: 'card' },
    el('a', { href: product.path, 'data-link': '' },
      product.defaultImage ? el('img', { src: product.defaultImage.url, alt: product.defaultImage.altText || product.name, loading: 'lazy' }) : '',
      el('span', { class: 'name' }, product.name)),
    el('span', { class: 'brand-name' }, product.brand?.name ?? ''),
    priceTag(prices),
    product.inventory.isInStock ? '' : el('span', { class: 'badge' }, 'Out of stock'));
}

function priceTag(prices: ProductCard['prices']): HTMLElement {
  if (!prices) return el('span', {});
  const onSale = prices.salePrice && prices.salePrice.value < (prices.basePrice?.value ?? Infinity);
  return el('span', { class: 'price' },
    onSale && prices.basePrice ? el('s', {}, formatMoney(prices.basePrice)) : '',
    ' ', formatMoney(prices.price));
}

function productPage(product: ProductDetail): HTMLElement {
  const images = product.images.edges?.map((edge) => edge.node) ?? [];
  const options = product.productOptions.edges?.map((edge) => edge.node) ?? [];
  const url = new URL(location.href);
  const chosen = selections(url);
  const chooseHref = (optionId: number, valueId: number): string => {
    const next = new URL(url);
    next.searchParams.delete('o');
    for (const [option, value] of new Map([...chosen, [optionId, valueId]])) next.searchParams.append('o', `${option}:${value}`);
    return next.pathname + next.search;
  };
  const image = product.defaultImage ?? images[0];
  const retail = product.prices?.retailPrice;
  return el('article', { class: 'product' },
    el('div', { class: 'gallery' }, image ? el('img', { src: image.url, alt: image.altText || product.name }) : ''),
    el('div', { class: 'details' },
      el('h1', {}, product.name),
      el('p', { class: 'brand-name' }, product.brand?.name ?? ''),
      priceTag(product.prices),
      retail && product.prices && retail.value > product.prices.price.value
        ? el('p', { class: 'muted' }, `Retail ${formatMoney(retail)}`) : '',
      el('p', { class: 'sku' }, `SKU ${product.sku}`),
      el('p', { class: product.inventory.isInStock ? 'stock in' : 'stock out' },
        product.inventory.isInStock ? 'In stock' : 'Out of stock'),
      ...options.map((option) => el('fieldset', { class: 'option' },
        el('legend', {}, option.displayName),
        ...('values' in option ? option.values.edges?.map(({ node: value }) => el('a', {
          class: chosen.get(option.entityId) === value.entityId ? 'chip selected' : 'chip', 'data-link': '',
          href: chooseHref(option.entityId, value.entityId),
        }, value.label)) ?? [] : []))),
      el('p', { class: 'description' }, product.plainTextDescription)));
}

function facetBar(facets: SearchFacet[], url: URL): HTMLElement {
  const brands = facets.find((facet) => facet.__typename === 'BrandSearchFilter');
  const sorts = ['RELEVANCE', 'FEATURED', 'NEWEST', 'LOWEST_PRICE', 'HIGHEST_PRICE', 'A_TO_Z', 'BEST_SELLING'];
  const current = url.searchParams.get('sort') ?? 'RELEVANCE';
  return el('div', { class: 'facets' },
    el('label', {}, 'Sort ', el('select', {
      onchange: (event: Event) => navigate(withParam(url, { sort: (event.target as HTMLSelectElement).value })),
    }, ...sorts.map((sort) => el('option', { value: sort, ...(sort === current && { selected: '' }) }, sort.replaceAll('_', ' ').toLowerCase())))),
    brands && 'brands' in brands
      ? el('span', { class: 'chips' }, ...(brands.brands.edges ?? []).map(({ node }) => el('a', {
          class: node.isSelected ? 'chip selected' : 'chip', 'data-link': '',
          href: withParam(url, { brand: node.isSelected ? null : String(node.entityId) }),
        }, `${node.name} (${node.productCount})`)))
      : '');
}

function treeItem(item: CategoryTreeItem | CategoryTreeItem['children'][number]): HTMLElement {
  const children = 'children' in item ? (item.children as CategoryTreeItem[]) : [];
  return el('li', {},
    el('a', { href: item.path, 'data-link': '' }, item.name),
    children.length ? el('ul', {}, ...children.map(treeItem)) : '');
}

async function renderChrome(): Promise<void> {
  const [tree, brands, settings] = await Promise.allSettled([
    getCategoryTree(storefront), getBrands(storefront, { first: 50 }), getStoreSettings(storefront),
  ]);
  mount(document.getElementById('category-tree')!, ...(tree.status === 'fulfilled'
    ? tree.value.map(treeItem) : [el('li', { class: 'muted' }, 'Categories are unavailable.')]));
  mount(document.getElementById('brand-list')!, ...(brands.status === 'fulfilled'
    ? brands.value.items.map((brand) => el('li', {}, el('a', { href: brand.path, 'data-link': '' }, brand.name)))
    : [el('li', { class: 'muted' }, 'Brands are unavailable.')]));
  if (settings.status === 'fulfilled' && settings.value) {
    document.getElementById('store-name')!.textContent = settings.value.storeName;
    document.title = settings.value.storeName;
  }
}

void renderChrome();
void render();
