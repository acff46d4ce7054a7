import type { ProductCard as Product } from 'bc-storefront';
import { Link } from '../shop/router';
import { Price } from './price';

/** One product in a grid: image, brand, name, price and whether it can be bought. */
export function ProductCard({ product }: { product: Product }) {
  const soldOut = !product.inventory.isInStock;
  return (
    <li className="card" data-test="product-card" data-product-id={product.entityId}>
      <Link to={product.path} className="card-link" aria-label={product.name}>
        <div className="card-image">
          {product.defaultImage ? (
            <img src={product.defaultImage.url} alt={product.defaultImage.altText || product.name} loading="lazy" width="500" height="500" />
          ) : (
            <div className="no-image" aria-hidden="true" />
          )}
          {soldOut ? <span className="badge muted">Out of stock</span> : product.prices?.salePrice ? <span className="badge sale">Sale</span> : null}
        </div>
        <div className="card-body">
          {product.brand ? <span className="card-brand">{product.brand.name}</span> : null}
          <span className="card-name" data-test="product-name">
            {product.name}
          </span>
          <Price prices={product.prices} />
        </div>
      </Link>
    </li>
  );
}

/** A grid of product cards. */
export function ProductGrid({ products }: { products: readonly Product[] }) {
  return (
    <ul className="grid" data-test="product-grid">
      {products.map((product) => (
        <ProductCard key={product.entityId} product={product} />
      ))}
    </ul>
  );
}
