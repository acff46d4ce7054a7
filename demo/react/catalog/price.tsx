import type { ProductCard } from 'bc-storefront';
import { money } from '../shop/format';

type Prices = NonNullable<ProductCard['prices']>;

/** A product's price: the sale price with the old one struck through, or a range, or "Price on request". */
export function Price({ prices, size = 'normal' }: { prices: Prices | null | undefined; size?: 'normal' | 'large' }) {
  if (!prices) return <span className="price muted">Price on request</span>;
  const { price, salePrice, basePrice, retailPrice, priceRange } = prices;
  // A sale is the sale price against the usual one; a higher retail price is only a reference (RRP).
  const was = salePrice && basePrice && basePrice.value > salePrice.value ? basePrice : null;
  const rrp = !was && retailPrice && retailPrice.value > price.value ? retailPrice : null;
  const ranged = priceRange.min.value !== priceRange.max.value && size === 'normal';
  return (
    <span className={`price ${size}`} data-test="price">
      {ranged ? (
        <span>
          {money(priceRange.min.value, priceRange.min.currencyCode)} – {money(priceRange.max.value, priceRange.max.currencyCode)}
        </span>
      ) : (
        <span className={was ? 'now on-sale' : 'now'} data-test="price-now">
          {money(price.value, price.currencyCode)}
        </span>
      )}
      {was && !ranged ? (
        <s className="was" aria-label={`was ${money(was.value, was.currencyCode)}`}>
          {money(was.value, was.currencyCode)}
        </s>
      ) : null}
      {rrp && !ranged ? (
        <span className="rrp">
          RRP <s>{money(rrp.value, rrp.currencyCode)}</s>
        </span>
      ) : null}
    </span>
  );
}
