import { describe, expect, it } from 'vitest';
import type { ProductQuery, ProductsQuery } from '../../src/graphql/generated/graphql';
import { nodes, simulatorRunner } from './graphql-helpers';

type ProductsPage = ProductsQuery['site']['products'];
type ProductDetail = NonNullable<ProductQuery['site']['product']>;

const visibleIds = [...Array.from({ length: 35 }, (_, i) => 101 + i)];

describe('Products operation', () => {
  const sim = simulatorRunner();
  const page = async (variables: Record<string, unknown>) =>
    (await sim.data<ProductsQuery>('Products', variables)).site.products;

  it('pages forward through every visible product once, in id order', async () => {
    const seen: number[] = [];
    const pages: ProductsPage[] = [];
    let after: string | null = null;
    do {
      const current: ProductsPage = await page({ first: 10, after });
      pages.push(current);
      seen.push(...nodes(current).map((p) => p.entityId));
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
    } while (after !== null);
    expect(seen).toEqual(visibleIds);
    expect(pages.map((p) => nodes(p).length)).toEqual([10, 10, 10, 5]);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true, true, true]);
    expect(pages[0]!.collectionInfo?.totalItems).toBe(35);
    expect(pages[0]!.pageInfo.startCursor).toBe(Buffer.from('arrayconnection:0').toString('base64'));
  });

  it('pages backward with last/before and defaults to 10 items', async () => {
    const firstTwenty = await page({ first: 20 });
    const twentiethCursor = firstTwenty.edges?.[19]?.cursor;
    const before = await page({ last: 5, before: twentiethCursor });
    expect(nodes(before).map((p) => p.entityId)).toEqual([115, 116, 117, 118, 119]);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const tail = await page({ last: 3 });
    expect(nodes(tail).map((p) => p.entityId)).toEqual([133, 134, 135]);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(nodes(await page({})).map((p) => p.entityId)).toEqual(visibleIds.slice(0, 10));
  });

  it('restricts to entityIds (hidden products never show) and hides out-of-stock products on request', async () => {
    expect(nodes(await page({ entityIds: [119, 101, 136, 9999] })).map((p) => p.entityId)).toEqual([101, 119]);
    const inStock = await page({ first: 50, hideOutOfStock: true });
    expect(inStock.collectionInfo?.totalItems).toBe(34);
    expect(nodes(inStock).map((p) => p.entityId)).not.toContain(103);
  });

  it('shows a card with brand, image, stock, rating and prices in the requested currency', async () => {
    const [towel] = nodes(await page({ entityIds: [101], currencyCode: 'EUR' }));
    expect(towel).toMatchObject({
      id: 'UHJvZHVjdDoxMDE=',
      name: 'Turkish Cotton Bath Towel',
      path: '/turkish-cotton-bath-towel/',
      sku: 'TOWEL-TC',
      brand: { entityId: 1, name: 'Linen Lane', path: '/brands/linen-lane/' },
      defaultImage: {
        url: '/sim-images/500w/turkish-cotton-bath-towel.svg',
        urlOriginal: '/sim-images/original/turkish-cotton-bath-towel.svg',
        altText: 'Turkish Cotton Bath Towel',
      },
      inventory: { isInStock: true },
      availabilityV2: { status: 'Available', description: 'Usually ships in 1-2 business days' },
      reviewSummary: { numberOfReviews: 48, summationOfRatings: 221 },
    });
    expect(towel?.prices).toEqual({
      price: { currencyCode: 'EUR', value: 22.08 },
      salePrice: null,
      basePrice: { currencyCode: 'EUR', value: 22.08 },
      retailPrice: { currencyCode: 'EUR', value: 29.44 },
      mapPrice: null,
      saved: { currencyCode: 'EUR', value: 7.36 },
      priceRange: { min: { currencyCode: 'EUR', value: 12.88 }, max: { currencyCode: 'EUR', value: 35.88 } },
      retailPriceRange: { min: { currencyCode: 'EUR', value: 16.56 }, max: { currencyCode: 'EUR', value: 44.16 } },
    });
  });
});

describe('Product operation', () => {
  const sim = simulatorRunner();
  const product = async (variables: Record<string, unknown>) =>
    (await sim.data<ProductQuery>('Product', variables)).site.product;
  const selectedValues = (p: ProductDetail | null) =>
    nodes(p?.productOptions).flatMap((o) =>
      'values' in o ? nodes(o.values).flatMap((v) => (v.isSelected ? [v.entityId] : [])) : [],
    );

  it('gives sale, base, retail and saved prices, converted to GBP', async () => {
    const usd = await product({ entityId: 109 });
    expect(usd?.prices).toMatchObject({
      price: { value: 149, currencyCode: 'USD' },
      salePrice: { value: 149 },
      basePrice: { value: 189 },
      retailPrice: { value: 220 },
      saved: { value: 71 },
    });
    const gbp = await product({ entityId: 109, currencyCode: 'GBP' });
    expect(gbp?.prices).toMatchObject({
      price: { value: 117.71, currencyCode: 'GBP' },
      basePrice: { value: 149.31 },
      retailPrice: { value: 173.8 },
      saved: { value: 56.09 },
    });
  });

  it('describes a product with variants without an overlay', async () => {
    const towel = await product({ entityId: 101 });
    expect(towel).toMatchObject({
      sku: 'TOWEL-TC',
      prices: { price: { value: 24 }, priceRange: { min: { value: 14 }, max: { value: 39 } } },
      inventory: { isInStock: true, aggregated: { availableToSell: 200 } },
      weight: { value: 1.4, unit: 'lbs' },
    });
    const variants = nodes(towel?.variants);
    expect(variants).toHaveLength(9);
    expect(variants.filter((v) => !v.isPurchasable).map((v) => v.sku)).toEqual(['TOWEL-TC-CHARCOAL-BATHSHEET']);
    expect(variants[0]).toMatchObject({
      entityId: 1000,
      sku: 'TOWEL-TC-IVORY-HAND',
      prices: { price: { value: 14 }, retailPrice: { value: 18 } },
      inventory: { isInStock: true, aggregated: { availableToSell: 25 } },
    });
    expect(nodes(variants[0]?.options).map((o) => [o.displayName, nodes(o.values).map((v) => v.label)])).toEqual([
      ['Color', ['Ivory']],
      ['Size', ['Hand']],
    ]);
    expect(selectedValues(towel)).toEqual([]);
    expect(towel?.variants.pageInfo.hasNextPage).toBe(false);
    expect(nodes(towel?.categories)[0]?.breadcrumbs.edges?.map((e) => e.node.name)).toEqual(['Home', 'Bath', 'Towels']);
    expect(nodes(towel?.customFields).map((f) => `${f.name}: ${f.value}`)).toEqual(['Material: Cotton', 'Care: Machine wash warm']);
  });

  it('overlays the variant named by a variant SKU: SKU, price, stock and image', async () => {
    const charcoalSheet = await product({ sku: 'TOWEL-TC-CHARCOAL-BATHSHEET' });
    expect(charcoalSheet).toMatchObject({
      entityId: 101,
      sku: 'TOWEL-TC-CHARCOAL-BATHSHEET',
      prices: { price: { value: 39 }, retailPrice: { value: 48 } },
      inventory: { isInStock: false, aggregated: { availableToSell: 0 } },
      defaultImage: { url: '/sim-images/500w/turkish-cotton-bath-towel-charcoal.svg' },
    });
    expect(selectedValues(charcoalSheet)).toEqual([202, 205]);
  });

  it('overlays by variantEntityId, by optionValueIds and by default selections', async () => {
    const sageHand = await product({ variantEntityId: 1003 });
    expect(sageHand).toMatchObject({ sku: 'TOWEL-TC-SAGE-HAND', prices: { price: { value: 14 } } });
    const sageSheet = await product({
      entityId: 101,
      optionValueIds: [
        { optionEntityId: 100, valueEntityId: 201 },
        { optionEntityId: 101, valueEntityId: 205 },
      ],
    });
    expect(sageSheet).toMatchObject({ sku: 'TOWEL-TC-SAGE-BATHSHEET', prices: { price: { value: 39 } } });
    const defaults = await product({ entityId: 101, useDefaultOptionSelections: true });
    expect(defaults).toMatchObject({ sku: 'TOWEL-TC-IVORY-BATH', prices: { price: { value: 24 } } });
    expect(selectedValues(defaults)).toEqual([200, 204]);
    // One option chosen out of two names no variant: values are marked, the product stays whole.
    const partial = await product({ entityId: 101, optionValueIds: [{ optionEntityId: 100, valueEntityId: 201 }] });
    expect(partial?.sku).toBe('TOWEL-TC');
    expect(selectedValues(partial)).toEqual([201]);
  });

  it('finds by product SKU without an overlay and answers null for unknown, hidden or conflicting ids', async () => {
    expect(await product({ sku: 'SKILLET' })).toMatchObject({ entityId: 108, sku: 'SKILLET', prices: { price: { value: 45 } } });
    expect(await product({ entityId: 9999 })).toBeNull();
    expect(await product({ entityId: 136 })).toBeNull();
    expect(await product({ entityId: 108, variantEntityId: 1003 })).toBeNull();
    expect(await product({ sku: 'NO-SUCH-SKU' })).toBeNull();
  });

  it('describes modifiers of every kind', async () => {
    const options = async (entityId: number) => nodes((await product({ entityId }))?.productOptions);
    expect(await options(117)).toContainEqual(
      expect.objectContaining({
        __typename: 'CheckboxOption',
        label: 'Add a feather insert (+$12)',
        checkedByDefault: false,
        checkedOptionValueEntityId: 9001,
        uncheckedOptionValueEntityId: 9002,
        isVariantOption: false,
      }),
    );
    expect(await options(115)).toEqual([
      expect.objectContaining({ __typename: 'TextFieldOption', displayName: 'Engraving', maxLength: 30, defaultValue: null }),
    ]);
    expect(await options(134)).toEqual([
      expect.objectContaining({ __typename: 'NumberFieldOption', defaultNumber: 0, highest: 10, isIntegerOnly: true, limitNumberBy: 'RANGE' }),
    ]);
    expect(await options(131)).toEqual([
      expect.objectContaining({ __typename: 'DateFieldOption', earliest: '2026-01-01T00:00:00Z', limitDateBy: 'RANGE', defaultDate: null }),
    ]);
    expect((await options(135)).map((o) => o.__typename)).toEqual(['MultiLineTextFieldOption', 'FileUploadFieldOption']);
    expect((await options(101))[0]).toMatchObject({ __typename: 'MultipleChoiceOption', displayStyle: 'Swatch', isVariantOption: true });
  });

  it('reports pre-order, unavailable and merchant-disabled variants', async () => {
    expect((await product({ entityId: 110 }))?.availabilityV2).toEqual({
      status: 'Preorder',
      description: 'Ships when released',
      message: 'Expected release date is 2026-09-01',
      willBeReleasedAt: { utc: '2026-09-01T00:00:00Z' },
    });
    const kneeler = await product({ entityId: 128 });
    expect(kneeler).toMatchObject({
      isPriceHidden: true,
      availabilityV2: { status: 'Unavailable', message: 'Call 503 555 0142 to order' },
    });
    expect(nodes(kneeler?.variants).map((v) => v.isPurchasable)).toEqual([false]);
    const can = nodes((await product({ entityId: 129 }))?.variants);
    expect(can.map((v) => [v.sku, v.isPurchasable, v.inventory?.isInStock])).toEqual([
      ['WAT-129-SAGE-1GAL', true, true],
      ['WAT-129-SAGE-2GAL', true, true],
      ['WAT-129-COPPER-1GAL', false, true],
      ['WAT-129-COPPER-2GAL', true, true],
    ]);
  });

  it('turns the description into plain text and keeps identifiers', async () => {
    const candle = await product({ entityId: 118 });
    expect(candle?.plainTextDescription).toBe('Hand-poured soy wax with notes of green fig & cedar. 50 hour burn.');
    expect(await product({ entityId: 108 })).toMatchObject({
      upc: '812345670108',
      mpn: 'IH-SK-10',
      gtin: '00812345670108',
      warranty: 'Lifetime warranty against cracking.',
      condition: 'NEW',
    });
    expect(await product({ entityId: 119 })).toMatchObject({ minPurchaseQuantity: 1, maxPurchaseQuantity: 4 });
  });

  it('refuses a currency the store has not enabled', async () => {
    const result = await sim.result('Product', { entityId: 101, currencyCode: 'JPY' });
    expect(result.errors?.map((e) => e.message)).toContain('Currency JPY is not enabled on this store');
    expect(result.errors?.[0]?.path).toEqual(['site', 'product', 'prices']);
  });
});
