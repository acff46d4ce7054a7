import { describe, expect, it } from 'vitest';
import {
  getBrand,
  getCategory,
  getProduct,
  getProducts,
  getProductsByIds,
  resolveRoute,
  searchProducts,
  withShopper,
  type ProductCard,
} from '../../src/index';
import { sampleCatalog } from '../../src/simulator';
import { nodes, recordingFetch, sampleWithGenerated, useSimulator } from './helpers';

// The sample store (35 visible products, 136 hidden) plus 120 generated products (ids 10001-10120).
const catalog = sampleWithGenerated(sampleCatalog(), 120);
const suite = useSimulator(() => ({ catalog }));
const visibleIds = catalog.products.filter((p) => p.isVisible).map((p) => p.id).sort((a, b) => a - b);
const variantOf = (productId: number, sku: string) =>
  catalog.products.find((p) => p.id === productId)!.variants.find((v) => v.sku === sku)!;
const ids = (items: readonly ProductCard[]) => items.map((p) => p.entityId);

describe('getProducts', () => {
  it('pages forward with first/after over every visible product once', async () => {
    const storefront = suite.storefront();
    const seen: number[] = [];
    let page = await getProducts(storefront, { first: 50 });
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    seen.push(...ids(page.items));
    while (page.pageInfo.hasNextPage) {
      const after = page.pageInfo.endCursor!;
      page = await getProducts(storefront, { first: 50, after });
      expect(page.pageInfo.hasPreviousPage).toBe(true);
      expect(page.items.length).toBeLessThanOrEqual(50);
      seen.push(...ids(page.items));
    }
    expect(seen).toEqual(visibleIds); // 155 products in id order: none twice, none missed, 136 hidden
    const sent = suite.graphql('Products').map((entry) => entry.variables);
    expect(sent).toHaveLength(Math.ceil(visibleIds.length / 50));
    expect(sent[0]).toEqual({ first: 50 });
    expect(sent[1]).toEqual({ first: 50, after: expect.any(String) });
  });

  it('pages backward with last/before from the end to the start', async () => {
    const storefront = suite.storefront();
    const seen: number[] = [];
    let page = await getProducts(storefront, { last: 40 });
    expect(page.pageInfo.hasNextPage).toBe(false);
    seen.unshift(...ids(page.items));
    while (page.pageInfo.hasPreviousPage) {
      page = await getProducts(storefront, { last: 40, before: page.pageInfo.startCursor! });
      seen.unshift(...ids(page.items));
    }
    expect(seen).toEqual(visibleIds);
    expect(suite.graphql('Products')[1]!.variables).toEqual({ last: 40, before: expect.any(String) });
  });

  it('restricts to entityIds, dropping unknown and hidden ids', async () => {
    const page = await getProducts(suite.storefront(), { entityIds: [113, 101, 999, 136] });
    expect(ids(page.items)).toEqual([101, 113]);
    expect(suite.graphql('Products')[0]!.variables).toEqual({ entityIds: [113, 101, 999, 136] });
  });

  it('hideOutOfStock leaves out exactly the products that are out of stock', async () => {
    const storefront = suite.storefront();
    const all = await getProducts(storefront, { entityIds: visibleIds.slice(0, 50), first: 50 });
    const outOfStock = all.items.filter((p) => !p.inventory.isInStock).map((p) => p.entityId);
    expect(outOfStock).toContain(103); // Linen Beach Towel: product-level stock 0
    const inStock = await getProducts(storefront, { entityIds: visibleIds.slice(0, 50), first: 50, hideOutOfStock: true });
    expect(ids(inStock.items)).toEqual(ids(all.items).filter((id) => !outOfStock.includes(id)));
    expect(suite.graphql('Products')[1]!.variables).toMatchObject({ hideOutOfStock: true });
  });
});

describe('getProductsByIds', () => {
  it('keeps the requested order and drops unknown ids in one request', async () => {
    const products = await getProductsByIds(suite.storefront(), [113, 999, 101, 136, 108]);
    expect(ids(products)).toEqual([113, 101, 108]);
    expect(products[0]!.name).toBe('Hand-thrown Mug');
    expect(suite.graphql('Products').map((e) => e.variables)).toEqual([{ entityIds: [113, 999, 101, 136, 108], first: 5 }]);
  });

  it('asks in chunks of 50: ceil(n/50) requests for n ids', async () => {
    const generated = Array.from({ length: 120 }, (_, i) => 10_120 - i); // newest first
    const wanted = [...generated, 101, 424_242, 108]; // 123 ids, one unknown
    const products = await getProductsByIds(suite.storefront(), wanted);
    expect(ids(products)).toEqual(wanted.filter((id) => id !== 424_242));
    const sent = suite.graphql('Products').map((e) => e.variables as { entityIds: number[]; first: number });
    expect(sent).toHaveLength(Math.ceil(123 / 50));
    expect(sent.map((v) => v.first).sort()).toEqual([23, 50, 50]); // chunks go out together, in any order
    expect(sent.flatMap((v) => v.entityIds).sort()).toEqual([...wanted].sort());
  });

  it('sends nothing for no ids', async () => {
    expect(await getProductsByIds(suite.storefront(), [])).toEqual([]);
    expect(suite.graphql()).toHaveLength(0);
  });
});

describe('getProduct', () => {
  it('finds a product by entityId with its options, variants and price ranges', async () => {
    const towel = await getProduct(suite.storefront(), { entityId: 101 });
    expect(towel).toMatchObject({ entityId: 101, name: 'Turkish Cotton Bath Towel', sku: 'TOWEL-TC', brand: { name: 'Linen Lane' } });
    expect(nodes(towel!.productOptions).map((o) => o.displayName)).toEqual(['Color', 'Size']);
    expect(nodes(towel!.variants)).toHaveLength(9);
    expect(towel!.prices).toMatchObject({
      price: { value: 24, currencyCode: 'USD' },
      basePrice: { value: 24 },
      retailPrice: { value: 32 },
      salePrice: null,
      saved: { value: 8 },
      priceRange: { min: { value: 14 }, max: { value: 39 } },
      retailPriceRange: { min: { value: 18 }, max: { value: 48 } },
    });
    expect(suite.graphql('Product')[0]!.variables).toEqual({ entityId: 101 });
  });

  it('finds a product by its own sku and by a variant sku (with the variant overlay)', async () => {
    const storefront = suite.storefront();
    expect(await getProduct(storefront, { sku: 'SKILLET' })).toMatchObject({ entityId: 108, sku: 'SKILLET' });
    const sheet = await getProduct(storefront, { sku: 'TOWEL-TC-CHARCOAL-BATHSHEET' });
    expect(sheet).toMatchObject({
      entityId: 101,
      sku: 'TOWEL-TC-CHARCOAL-BATHSHEET',
      prices: { price: { value: 39 }, retailPrice: { value: 48 } },
      inventory: { isInStock: false, aggregated: { availableToSell: 0 } },
      defaultImage: { altText: 'Turkish Cotton Bath Towel in Charcoal' },
    });
    expect(suite.graphql('Product').map((e) => e.variables)).toEqual([{ sku: 'SKILLET' }, { sku: 'TOWEL-TC-CHARCOAL-BATHSHEET' }]);
  });

  it('overlays a variant chosen by variantEntityId', async () => {
    const variant = variantOf(101, 'TOWEL-TC-IVORY-HAND');
    const hand = await getProduct(suite.storefront(), { variantEntityId: variant.id });
    expect(hand).toMatchObject({ entityId: 101, sku: 'TOWEL-TC-IVORY-HAND', prices: { price: { value: 14 }, retailPrice: { value: 18 } } });
    expect(hand!.inventory).toEqual({ isInStock: true, aggregated: { availableToSell: 25 } });
    expect(suite.graphql('Product')[0]!.variables).toEqual({ variantEntityId: variant.id });
  });

  it('overlays the variant picked by optionValueIds and marks the values selected', async () => {
    const towel = catalog.products.find((p) => p.id === 101)!;
    const [color, size] = towel.options as Array<{ id: number; values: { id: number; label: string }[] }>;
    const optionValueIds = [
      { optionEntityId: color!.id, valueEntityId: color!.values.find((v) => v.label === 'Sage')!.id },
      { optionEntityId: size!.id, valueEntityId: size!.values.find((v) => v.label === 'Bath Sheet')!.id },
    ];
    const sage = await getProduct(suite.storefront(), { entityId: 101, optionValueIds });
    expect(sage).toMatchObject({ sku: 'TOWEL-TC-SAGE-BATHSHEET', prices: { price: { value: 39 } }, inventory: { isInStock: true } });
    const selected = nodes(sage!.productOptions).flatMap((o) =>
      'values' in o ? nodes(o.values).filter((v) => v.isSelected).map((v) => v.label) : [],
    );
    expect(selected).toEqual(['Sage', 'Bath Sheet']);
    expect(suite.graphql('Product')[0]!.variables).toEqual({ entityId: 101, optionValueIds });
  });

  it('answers null for unknown ids, skus, variants and hidden products', async () => {
    const storefront = suite.storefront();
    expect(await getProduct(storefront, { entityId: 99_999 })).toBeNull();
    expect(await getProduct(storefront, { sku: 'NO-SUCH-SKU' })).toBeNull();
    expect(await getProduct(storefront, { variantEntityId: 99_999_999 })).toBeNull();
    expect(await getProduct(storefront, { entityId: 136 })).toBeNull();
    expect(suite.graphql('Product').map((e) => e.status)).toEqual([200, 200, 200, 200]);
  });
});

describe('prices', () => {
  it('carry sale, retail and base prices exactly where the catalog has them', async () => {
    const sample = catalog.products.filter((p) => p.isVisible && p.id < 10_000);
    const cards = await getProductsByIds(suite.storefront(), sample.map((p) => p.id));
    expect(cards).toHaveLength(sample.length);
    for (const [i, card] of cards.entries()) {
      const p = sample[i]!;
      const expected = p.salePrice ?? p.price;
      expect(card.prices, `product ${p.id}`).toMatchObject({
        price: { value: expected },
        basePrice: { value: p.price },
        salePrice: p.salePrice === null ? null : { value: p.salePrice },
        retailPrice: p.retailPrice === null ? null : { value: p.retailPrice },
        saved: p.retailPrice !== null && p.retailPrice > expected ? { value: +(p.retailPrice - expected).toFixed(2) } : null,
      });
    }
    expect(cards.find((c) => c.entityId === 109)!.prices).toMatchObject({
      price: { value: 149 }, salePrice: { value: 149 }, basePrice: { value: 189 }, retailPrice: { value: 220 }, saved: { value: 71 },
    });
  });

  it('come in the shopper currency, converted by the exchange rate, with currencyCode on the wire', async () => {
    const euro = suite.storefront({ currencyCode: 'EUR' });
    const towel = await getProduct(euro, { entityId: 101 });
    expect(towel!.prices).toMatchObject({
      price: { currencyCode: 'EUR', value: 22.08 }, // 24 USD x 0.92
      priceRange: { min: { currencyCode: 'EUR', value: 12.88 }, max: { value: 35.88 } },
    });
    expect(nodes(towel!.variants).every((v) => v.prices?.price.currencyCode === 'EUR')).toBe(true);
    const [pan] = await getProductsByIds(withShopper(euro, { currencyCode: 'GBP' }), [109]);
    expect(pan!.prices!.price).toEqual({ currencyCode: 'GBP', value: 117.71 }); // 149 USD x 0.79
    const [usd] = await getProductsByIds(suite.storefront(), [109]);
    expect(usd!.prices!.price).toEqual({ currencyCode: 'USD', value: 149 });
    expect(suite.graphql().map((e) => e.variables?.currencyCode)).toEqual(['EUR', 'GBP', undefined]);
  });

  it('follow the shopper currency in every price-bearing call', async () => {
    const pounds = suite.storefront({ currencyCode: 'GBP' });
    const route = (await resolveRoute(pounds, '/copper-saucepan/')).node;
    const cards = [
      ...(await getProducts(pounds, { entityIds: [109] })).items,
      ...(await getProductsByIds(pounds, [109])),
      ...(await searchProducts(pounds, { searchTerm: 'saucepan' })).products.items,
      ...(await getCategory(pounds, 25))!.products.items.filter((p) => p.entityId === 109),
      ...(await getBrand(pounds, 6))!.products.items.filter((p) => p.entityId === 109),
      (await getProduct(pounds, { entityId: 109 }))!,
      ...(route?.__typename === 'Product' ? [route] : []),
    ];
    expect(cards.map((c) => c.prices!.price)).toEqual(Array(7).fill({ currencyCode: 'GBP', value: 117.71 }));
    expect(suite.graphql().map((e) => e.variables!.currencyCode)).toEqual(Array(7).fill('GBP'));
  });

  it('fail with ERR_GRAPHQL for a currency the store has not enabled', async () => {
    await expect(getProduct(suite.storefront({ currencyCode: 'JPY' }), { entityId: 101 })).rejects.toMatchObject({
      code: 'ERR_GRAPHQL',
      operation: 'Product',
      errors: expect.arrayContaining([expect.objectContaining({ message: 'Currency JPY is not enabled on this store' })]),
    });
  });
});

describe('locale', () => {
  it('sends the shopper locale as Accept-Language, and none without one', async () => {
    const recorder = recordingFetch();
    const german = suite.storefront({ locale: 'de-de', fetch: recorder.fetch });
    expect(await getProduct(german, { entityId: 105 })).toMatchObject({ name: 'Ceramic Soap Dish' });
    await getProducts(withShopper(german, { locale: 'fr-CA' }), { first: 1 });
    await getProducts(suite.storefront({ fetch: recorder.fetch }), { first: 1 });
    expect(recorder.requests.map((r) => r.headers.get('accept-language'))).toEqual(['de-DE', 'fr-CA', null]);
    expect(recorder.requests[0]!.url).toBe(`${suite.url}/graphql`);
    expect(recorder.requests[0]!.headers.get('authorization')).toBe(`Bearer ${suite.sim.token}`);
    expect(suite.graphql().map((e) => [e.operationName, e.status])).toEqual([['Product', 200], ['Products', 200], ['Products', 200]]);
  });
});
