// A product page: gallery, price, SKU and stock that follow the chosen variant, options, and the
// add-to-cart control. The product comes from the route query (one request for the page).
import type { ProductDetail } from 'bc-storefront';
import { useEffect, useState } from 'react';
import { Price } from '../catalog/price';
import { Link } from '../shop/router';
import { AddToCart } from './add-to-cart';
import { Gallery } from './gallery';
import { ProductOptions } from './options';
import { findVariant, initialSelection, missingOptions, modifierSelections, optionsOf, type Selection } from './selection';

function stockText(inStock: boolean, available: number | undefined): { text: string; tone: 'ok' | 'low' | 'out' } {
  if (!inStock) return { text: 'Out of stock', tone: 'out' };
  if (available !== undefined && available > 0 && available <= 5) return { text: `Only ${available} left`, tone: 'low' };
  return { text: 'In stock, ready to ship', tone: 'ok' };
}

export function ProductPage({ product }: { product: ProductDetail }) {
  const [selection, setSelection] = useState<Selection>(() => initialSelection(product));
  useEffect(() => {
    document.title = `${product.name} · Hearth & Garden`;
  }, [product.name]);
  const hasVariantOptions = optionsOf(product).some((o) => o.isVariantOption);
  const variant = findVariant(product, selection);
  const missing = missingOptions(product, selection);
  const inventory = variant?.inventory ?? product.inventory;
  const inStock = inventory.isInStock;
  const available = inventory.aggregated?.availableToSell;
  const stock = stockText(inStock, available);
  const unavailable = product.availabilityV2.status === 'Unavailable' || product.isPriceHidden;
  const blocked = unavailable
    ? 'Not available'
    : hasVariantOptions && !variant
      ? 'Choose your options'
      : missing.length
        ? `Choose ${missing[0]!.displayName}`
        : !inStock || (variant && !variant.isPurchasable)
          ? 'Out of stock'
          : null;
  const category = product.categories.edges?.[0]?.node;
  const crumbs = category?.breadcrumbs.edges?.map((edge) => edge.node) ?? [];
  const specs = product.customFields.edges?.map((edge) => edge.node) ?? [];
  const line = { productId: product.entityId, ...(hasVariantOptions && variant && { variantId: variant.entityId }), optionSelections: modifierSelections(product, selection) };
  return (
    <article className="product" data-test="product-page" data-product-id={product.entityId}>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to="/">Shop</Link>
        {crumbs.map((crumb) => (
          <span key={crumb.entityId}>
            {' / '}
            <Link to={crumb.path ?? '/'}>{crumb.name}</Link>
          </span>
        ))}
      </nav>
      <div className="product-layout">
        <Gallery key={variant?.defaultImage?.url ?? 'product'} product={product} lead={variant?.defaultImage ?? null} />
        <div className="product-info">
          {product.brand ? (
            <Link to={product.brand.path} className="product-brand">
              {product.brand.name}
            </Link>
          ) : null}
          <h1 data-test="product-title">{product.name}</h1>
          <div className="product-price" aria-live="polite">
            <Price prices={variant?.prices ?? product.prices} size="large" />
          </div>
          <dl className="facts">
            <div>
              <dt>SKU</dt>
              <dd data-test="sku">{variant?.sku || product.sku || '—'}</dd>
            </div>
            <div>
              <dt>Availability</dt>
              <dd className={`stock ${stock.tone}`} data-test="stock">
                {product.availabilityV2.status === 'Preorder' ? product.availabilityV2.description || 'Pre-order' : stock.text}
              </dd>
            </div>
          </dl>
          <ProductOptions product={product} selection={selection} onChange={setSelection} />
          <AddToCart line={blocked ? null : line} blocked={blocked} min={Math.max(1, product.minPurchaseQuantity ?? 1)} max={product.maxPurchaseQuantity || null} />
          {product.plainTextDescription ? (
            <section className="description">
              <h2>About this product</h2>
              <p>{product.plainTextDescription}</p>
            </section>
          ) : null}
          {specs.length ? (
            <section className="specs">
              <h2>Details</h2>
              <dl>
                {specs.map((spec) => (
                  <div key={spec.entityId}>
                    <dt>{spec.name}</dt>
                    <dd>{spec.value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
        </div>
      </div>
    </article>
  );
}
