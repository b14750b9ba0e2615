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
 * PNG bytes of an SVG document, zoomed by `scale`. resvg draws on one of libuv's worker threads, so
 * the build's main thread renders pages meanwhile; the bytes are the same as drawing in place.
 */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(svg, options(scale));
  return new Uint8Array(image.asPng());
}
