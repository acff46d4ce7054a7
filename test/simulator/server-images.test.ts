import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../src/simulator/server/types';
import { startStub } from './server-helpers';

describe('/sim-images/<name>.svg', () => {
  let server: RunningSimulator;

  beforeAll(async () => {
    ({ server } = await startStub());
  });
  afterAll(() => server.close());

  it('serves an SVG tile named after the file, with long-lived cache headers', async () => {
    const res = await fetch(`${server.url}/sim-images/products/12/linen-shirt_blue.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    const svg = await res.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="500" height="500"/);
    expect(svg).toContain('>linen shirt blue</text>');
    expect(svg).toMatch(/<rect [^>]*fill="hsl\(\d+ 55% 62%\)"/);
  });

  it('escapes the name, so a crafted file name cannot inject markup', async () => {
    const res = await fetch(`${server.url}/sim-images/${encodeURIComponent('<script>alert("x")</script>&')}.svg`);
    const svg = await res.text();
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;');
  });

  it('gives the same name the same tile and different names different ETags', async () => {
    const a1 = await fetch(`${server.url}/sim-images/a.svg`);
    const a2 = await fetch(`${server.url}/sim-images/a.svg`);
    const b = await fetch(`${server.url}/sim-images/b.svg`);
    expect(await a1.text()).toBe(await a2.text());
    expect(a1.headers.get('etag')).toBe(a2.headers.get('etag'));
    expect(b.headers.get('etag')).not.toBe(a1.headers.get('etag'));
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await fetch(`${server.url}/sim-images/a.svg`);
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${server.url}/sim-images/a.svg`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('sizes the tile from the URL\'s size segment: {w}x{h}, {w}w, or original', async () => {
    const box = await (await fetch(`${server.url}/sim-images/320x240/a.svg`)).text();
    expect(box).toContain('width="320" height="240" viewBox="0 0 320 240"');
    const width = await (await fetch(`${server.url}/sim-images/96w/a.svg`)).text();
    expect(width).toContain('width="96" height="96"');
    const original = await (await fetch(`${server.url}/sim-images/original/a.svg`)).text();
    expect(original).toContain('width="500" height="500"');
    const huge = await (await fetch(`${server.url}/sim-images/99999x1/a.svg`)).text();
    expect(huge).toContain('width="4000" height="1"');
  });

  it('404s other files and methods', async () => {
    expect((await fetch(`${server.url}/sim-images/a.png`)).status).toBe(404);
    expect((await fetch(`${server.url}/sim-images/a.svg`, { method: 'POST' })).status).toBe(404);
  });
});
