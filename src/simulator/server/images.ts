import { createHash } from 'node:crypto';
import { restErrorBody, sendJson, sendRaw } from './respond';
import type { SimRoute } from './route';

/** Path prefix of the simulator's generated product images. */
export const IMAGE_PATH_PREFIX = '/sim-images/';

const DEFAULT_SIZE = 500;
const MAX_SIZE = 4000;

/** Escapes text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `white-shirt.svg` → `white shirt`; undecodable names are shown as written. */
function labelFrom(fileName: string): string {
  const stem = fileName.replace(/\.svg$/i, '');
  let decoded = stem;
  try {
    decoded = decodeURIComponent(stem);
  } catch {
    // keep the raw stem
  }
  return decoded.replace(/[-_+]+/g, ' ').trim().slice(0, 80) || 'image';
}

/**
 * The size from a path segment, in the catalog's URL forms: `{w}x{h}`, `{w}w` (square) or
 * `original` (500×500, as is any URL without a size).
 */
function sizeFrom(segments: readonly string[]): { width: number; height: number } {
  const clamp = (n: number): number => Math.min(Math.max(n, 1), MAX_SIZE);
  for (const segment of segments) {
    const box = /^(\d{1,5})x(\d{1,5})$/.exec(segment);
    if (box) return { width: clamp(Number(box[1])), height: clamp(Number(box[2])) };
    const width = /^(\d{1,5})w$/.exec(segment);
    if (width) return { width: clamp(Number(width[1])), height: clamp(Number(width[1])) };
  }
  return { width: DEFAULT_SIZE, height: DEFAULT_SIZE };
}

/** Renders the placeholder: a tile coloured from the name's hash, with the name centred. */
export function placeholderSvg(label: string, width: number, height: number): string {
  const hue = createHash('sha1').update(label).digest().readUInt16BE(0) % 360;
  // Long names shrink to fit the tile's width (about 0.6 em per character in a sans-serif face).
  const fontSize = Math.max(8, Math.round(Math.min(Math.min(width, height) / 12, (width * 0.9) / (0.6 * label.length))));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">` +
    `<rect width="100%" height="100%" fill="hsl(${hue} 55% 62%)"/>` +
    `<text x="50%" y="50%" dominant-baseline="middle" text-anchor="middle" font-family="system-ui, sans-serif" font-size="${fontSize}" fill="#fff">${escapeXml(label)}</text>` +
    `</svg>`
  );
}

/** `GET /sim-images/<anything>.svg`: the generated product image placeholders the catalog links to. */
export const imagesRoute: SimRoute = {
  name: 'images',
  matches: (pathname) => pathname.startsWith(IMAGE_PATH_PREFIX),
  cors: 'none',

  async handle({ req, res, url, method }) {
    const segments = url.pathname.slice(IMAGE_PATH_PREFIX.length).split('/');
    const fileName = segments.at(-1) ?? '';
    if ((method !== 'GET' && method !== 'HEAD') || !/\.svg$/i.test(fileName)) {
      sendJson(res, 404, restErrorBody(404, 'Image not found'));
      return;
    }
    const { width, height } = sizeFrom(segments.slice(0, -1));
    const svg = placeholderSvg(labelFrom(fileName), width, height);
    const etag = `"${createHash('sha1').update(svg).digest('base64url')}"`;
    const headers = { 'Cache-Control': 'public, max-age=31536000, immutable', ETag: etag };
    if (req.headers['if-none-match'] === etag) {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.statusCode = 304;
      res.end();
      return;
    }
    if (method === 'HEAD') {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
      res.end();
      return;
    }
    sendRaw(res, 200, svg, 'image/svg+xml', headers);
  },
};
