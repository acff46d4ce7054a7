// Stores: the cart widget's size now that it carries the cart store, and the round trips the
// stores save (shared requests, a freshness window, hydration, a kept cart id), counted in the
// simulator's request log.
import { expect, test } from 'vitest';
import {
  createCartStore,
  createCatalogCache,
  createProductsStore,
  createProductStore,
  createStorefront,
  graphqlCart,
  memoryPersistence,
  type Platform,
  type Storefront,
  type TabChannel,
} from '../src/index';
import { cookieFetch } from '../test/helpers/cookie-fetch';
import { measureBundle } from './bundle-size';
import { budgetRow, KB, sizeRow, tripsRow, useBench } from './harness';

/** The cart widget: cart functions and the cart store, dependencies bundled. */
const CART_WIDGET = 'cart widget (createStorefront + createCartStore)';
/** The same widget for a headless site on another origin: the cart over GraphQL. */
const GRAPHQL_WIDGET = 'cart widget over GraphQL (+ graphqlCart)';
/** The widget that picks REST or GraphQL by origin, so it carries both. */
const AUTO_WIDGET = 'cart widget with autoCart (REST or GraphQL by origin)';
/** Budgets (gzip bytes) from DESIGN.md, by bundle. */
const BUDGETS: Record<string, number> = { [CART_WIDGET]: 3.5 * KB };
/**
 * Ceilings (gzip bytes) the build must stay under, each just above its last measured size; they
 * only ever go down. A bundle that meets its budget must have a ceiling at or below it, so that
 * it fails above the budget from then on. The widget is over its budget (see README, Sizes).
 */
const CEILINGS: Record<string, number> = {
  // Raised from 6 950 for the OriginError check every REST call makes first (+0.12 KB).
  [CART_WIDGET]: 7_060,
  'cart widget + onCartEvent + cookiePersistence': 7_620, // from 7 500: the OriginError check
  [GRAPHQL_WIDGET]: 9_450, // from 9 350: the OriginError check (the default restCart stays in)
  [AUTO_WIDGET]: 9_500, // from 9 400: the OriginError check
  'checkout page: checkout + order stores': 4_450,
};

const bundles: Record<string, string> = {
  'nanostores atom alone (all the cart store uses)': `export { atom } from 'nanostores';`,
  [CART_WIDGET]: `export { createStorefront, createCartStore } from 'bc-storefront';`,
  'cart widget + onCartEvent + cookiePersistence': `export { createStorefront, createCartStore, onCartEvent, cookiePersistence } from 'bc-storefront';`,
  'checkout page: checkout + order stores': `export { createStorefront, createCheckoutStore, createOrderStore } from 'bc-storefront';`,
  [GRAPHQL_WIDGET]: `export { createStorefront, createCartStore, graphqlCart } from 'bc-storefront';`,
  [AUTO_WIDGET]: `export { createStorefront, createCartStore, autoCart } from 'bc-storefront';`,
};

/** Text only the GraphQL cart transport and its documents carry (operation names, a mutation field). */
const GRAPHQL_CART_MARKS = ['CartById', 'AddCartLineItems', 'addCartLineItems'];

/** A platform with no events: the bench counts requests, not revalidations. */
const quiet: Platform = { onFocus: () => () => {}, onReconnect: () => () => {}, onStorage: () => () => {} };


/** Resolves once `store` holds a value `done` accepts. */
const until = <T>(store: { subscribe(listener: (value: T) => void): () => void }, done: (value: T) => boolean) =>
  new Promise<void>((resolve) => {
    const off = store.subscribe((value) => {
      if (!done(value)) return;
      queueMicrotask(() => off());
      resolve();
    });
  });

const bench = useBench('stores');

test('bundle sizes (minified, gzip -9, dependencies bundled)', async () => {
  const sizes: Record<string, number> = {};
  const codes: Record<string, string> = {};
  for (const [name, source] of Object.entries(bundles)) {
    const { bytes, gzip, code } = await measureBundle(source);
    sizes[name] = gzip;
    codes[name] = code;
    bench.rows.push(sizeRow(name, bytes, gzip));
  }
  // A REST-only widget carries neither the GraphQL transport nor its documents; the GraphQL one
  // carries no GraphQL client (its documents go out as strings over send).
  for (const name of [CART_WIDGET, 'cart widget + onCartEvent + cookiePersistence']) {
    for (const mark of GRAPHQL_CART_MARKS) expect(codes[name], `${name} carries ${mark}`).not.toContain(mark);
  }
  for (const mark of GRAPHQL_CART_MARKS) expect(codes[GRAPHQL_WIDGET]).toContain(mark);
  expect(codes[GRAPHQL_WIDGET]).not.toContain('graphql-response+json'); // graphql-request's Accept header
  for (const [name, budget] of Object.entries(BUDGETS)) {
    bench.rows.push(budgetRow(name, sizes[name]!, budget));
    if (sizes[name]! <= budget) expect(CEILINGS[name], `${name} meets its budget: lower its ceiling to ${budget}`).toBeLessThanOrEqual(budget);
  }
  for (const [name, ceiling] of Object.entries(CEILINGS)) expect(sizes[name], name).toBeLessThanOrEqual(ceiling);
});

test('round trips, counted in the simulator request log', async () => {
  const { simulator } = bench;
  const count = async (name: string, target: string, work: () => Promise<unknown>) => {
    simulator.clearLog();
    await work();
    const log = simulator.requests().filter((e) => e.method !== 'OPTIONS');
    const what = log.map((e) => e.operationName ?? `${e.method} ${e.path.replace(/[\da-f]{8}-[\da-f-]{27}/g, ':id')}`);
    bench.rows.push(tripsRow(name, log.length, `${log.length} request${log.length === 1 ? '' : 's'}${what.length ? ` (${what.join(', ')})` : ''}; target ${target}`));
    return log.length;
  };
  const storefront: Storefront = createStorefront({ storeUrl: bench.url, token: simulator.token });
  const catalog = createCatalogCache(storefront, { platform: quiet });

  const shared = await count('10 components subscribe to the same product page', '1', async () => {
    const stores = Array.from({ length: 10 }, () => createProductStore(catalog, { entityId: 101 }));
    const offs = stores.map((store) => store.listen(() => {}));
    await Promise.all(stores.map((store) => until(store, (value) => !value.loading && value.data !== undefined)));
    offs.forEach((off) => off());
  });

  const $listing = createProductsStore(catalog, { first: 12 });
  const off = $listing.listen(() => {});
  await until($listing, (value) => !value.loading && value.data !== undefined);
  off();
  const revisit = await count('revisit a cached listing inside the freshness window', '0', async () => {
    const $again = createProductsStore(catalog, { first: 12 });
    const offAgain = $again.listen(() => {});
    await until($again, (value) => !value.loading && value.data !== undefined);
    offAgain();
  });

  const shopper = createStorefront({ storeUrl: bench.url, token: simulator.token, fetch: cookieFetch().fetch });
  // Tabs of one browser: Node's BroadcastChannel reaches the other stores of the process.
  const tabs = { channel: (name: string) => new BroadcastChannel(name) as unknown as TabChannel, lock: <T>(_: string, work: () => Promise<T>) => work() };
  const persistence = memoryPersistence();
  const $tab = createCartStore(shopper, { persistence, tabs });
  const $other = createCartStore(shopper, { persistence, tabs });
  const offTabs = [$tab.listen(() => {}), $other.listen(() => {})];
  await Promise.all([until($tab, (value) => value.data !== undefined), until($other, (value) => value.data !== undefined)]);
  const clicks = await count('cart store (loaded): 20 rapid clicks, no cart yet', '≤ 3', () =>
    Promise.all(Array.from({ length: 20 }, (_, i) => $tab.add({ productId: [102, 105, 106, 107][i % 4]!, quantity: 1 }))));
  const made = (await $tab.settled())!;
  await until($other, (value) => value.data?.version === made.version);
  const heard = await count('another tab adds to that cart (heard, not read)', '1', () => $other.add({ productId: 102, quantity: 1 }));
  offTabs.forEach((off) => off());
  const cart = await $tab.settled();
  const hydrated = await count('cart store hydrated with the server\'s cart', '0', async () => {
    const $cart = createCartStore(shopper, { cart, persistence, tabs });
    const offCart = $cart.subscribe(() => {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    offCart();
  });

  // A headless page: the store on another origin, no cookie, the cart id kept by the store.
  const headless = createStorefront({ storeUrl: bench.url, token: simulator.token, credentials: 'omit' });
  const $headless = createCartStore(headless, { persistence: memoryPersistence(), tabs, transport: graphqlCart });
  const offHeadless = $headless.listen(() => {});
  await until($headless, (value) => value.data !== undefined);
  const graphqlClicks = await count('cart store over GraphQL (loaded): 20 rapid clicks, no cart yet', '≤ 3', () =>
    Promise.all(Array.from({ length: 20 }, (_, i) => $headless.add({ productId: [102, 105, 106, 107][i % 4]!, quantity: 1 }))));
  const landed = (await $headless.settled())!.lineItems.physicalItems.reduce((sum, line) => sum + line.quantity, 0);
  offHeadless();

  expect(graphqlClicks).toBeLessThanOrEqual(3);
  expect(landed).toBe(20);
  expect(shared).toBe(1);
  expect(revisit).toBe(0);
  expect(clicks).toBeLessThanOrEqual(3);
  expect(heard).toBe(1);
  expect(hydrated).toBe(0);
});
