import type { ProductDetail } from 'bc-storefront';
import { useState } from 'react';

type Image = { url: string; altText: string };

/** The product's images; `lead` (the chosen variant's image) shows first when there is one. */
export function Gallery({ product, lead }: { product: ProductDetail; lead: Image | null }) {
  const images: Image[] = product.images.edges?.map((edge) => edge.node) ?? (product.defaultImage ? [product.defaultImage] : []);
  const [picked, setPicked] = useState<string | null>(null);
  const main = (picked && images.find((image) => image.url === picked)) || lead || images[0] || product.defaultImage;
  return (
    <div className="gallery">
      <div className="gallery-main">
        {main ? <img src={main.url} alt={main.altText || product.name} width="1000" height="1000" data-test="product-image" /> : <div className="no-image" aria-hidden="true" />}
      </div>
      {images.length > 1 ? (
        <div className="thumbs">
          {images.map((image) => (
            <button key={image.url} type="button" className={image === main ? 'thumb selected' : 'thumb'} onClick={() => setPicked(image.url)} aria-label={`Show ${image.altText || 'image'}`}>
              <img src={image.url} alt="" width="80" height="80" />
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
