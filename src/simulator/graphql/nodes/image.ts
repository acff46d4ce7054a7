import type { CatalogImage } from '../../catalog';
import type { SimulatorContext } from '../context';

/**
 * The URL of an image at a size, shaped like BigCommerce's CDN (`…/stencil/500w/…`):
 * `{cdnUrl}/sim-images/{size}/{file}` with size `original`, `{w}w` or `{w}x{h}`.
 * Absolute URLs in the catalog are returned unchanged.
 */
export function imageUrl(ctx: SimulatorContext, file: string, size: string): string {
  if (/^(https?|data):/i.test(file)) return file;
  return `${ctx.index.catalog.settings.cdnUrl}/sim-images/${size}/${encodeURIComponent(file)}`;
}

/** The schema's Image object. */
export function imageNode(ctx: SimulatorContext, image: CatalogImage, isDefault: boolean) {
  return {
    url: ({ width }: { width: number }) => imageUrl(ctx, image.file, `${width}w`),
    urlOriginal: imageUrl(ctx, image.file, 'original'),
    altText: image.altText,
    isDefault,
  };
}
