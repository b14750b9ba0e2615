/**
 * A chart's SVG drawn as PNG at build time, for readers who paste charts into documents and for
 * social cards. resvg draws it with DejaVu Sans from the npm registry, a font with every Vietnamese
 * glyph, so the picture is the same on every machine whatever fonts it has, and nothing is fetched.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { PNG_SCALE } from '../downloads/urls.ts';

const require = createRequire(import.meta.url);
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

/** PNG bytes of an SVG document, at twice its size for sharp text on dense screens. */
export function svgToPng(svg: string, scale = PNG_SCALE): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}
