/**
 * A chart's SVG drawn as PNG at build time: the picture social sites show when a page is shared,
 * which the page also offers as the chart's PNG. resvg draws it with DejaVu Sans from the npm
 * registry, a font with every Vietnamese glyph, so the picture is the same on every machine
 * whatever fonts it has, and nothing is fetched.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

const options = (scale: number): ResvgRenderOptions => ({
  font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  fitTo: { mode: 'zoom', value: scale },
  background: '#ffffff',
});

/**
 * PNG bytes of an SVG document, zoomed by `scale`. resvg draws on one of libuv's worker threads
 * (the encoding, asPng, runs on the calling thread); the bytes are the same as drawing in place.
 */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(svg, options(scale));
  return new Uint8Array(image.asPng());
}

/**
 * The chart's SVG fitted into a frame of `size`, as a sharing picture must be: most charts are drawn
 * at that size already, but a ranking or a grid of small charts is as tall as its rows. Its own
 * drawing (its viewBox) is kept and scaled down to fit, centred (SVG's default `xMidYMid meet`), so
 * that every sharing picture has the size the page announces and social sites show uncropped.
 */
export function fitInFrame(svg: string, size: { width: number; height: number }): string {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0];
  const width = root && /\swidth="([\d.]+)"/.exec(root)?.[1];
  const height = root && /\sheight="([\d.]+)"/.exec(root)?.[1];
  if (!root || !width || !height) throw new Error('fitInFrame: the chart is not an SVG document with its width and height');
  const viewBox = /\sviewBox="/.test(root) ? '' : ` viewBox="0 0 ${width} ${height}"`;
  const framed = root.replace(/\swidth="[\d.]+"/, ` width="${size.width}"`).replace(/\sheight="[\d.]+"/, ` height="${size.height}"${viewBox}`);
  return framed + svg.slice(root.length);
}
