/**
 * A view's picture as a file a journalist can use on its own: the chart with its title above and,
 * below, where the figures come from and the address that opens the same view. The browser makes
 * the SVG download from it and draws the PNG from that SVG, so both carry the same words.
 */
import { tag, label } from '../charts/svg.ts';
import { FONT_FAMILY, FONT_SIZE, INK, LINE_HEIGHT, wrapText } from '../charts/theme.ts';

export interface PictureText {
  title: string;
  /** "Nguồn: VCCI, 2023; …" */
  source: string;
  /** The portal's name and the address of this view. */
  address: string;
}

const PADDING = 16;
const TITLE_SIZE = 18;

/** One SVG document: the title, the chart (a complete <svg> of `width`×`height`), then the source and address. */
export function composePicture(chart: string, size: { width: number; height: number }, words: PictureText): string {
  const width = size.width + 2 * PADDING;
  const inner = width - 2 * PADDING;
  const titleLines = wrapText(words.title, inner, TITLE_SIZE);
  const footLines = [...wrapText(words.source, inner, FONT_SIZE.label), ...wrapText(words.address, inner, FONT_SIZE.label)];
  const titleHeight = titleLines.length * TITLE_SIZE * LINE_HEIGHT;
  const chartTop = PADDING + titleHeight + 8;
  const footTop = chartTop + size.height + 8;
  const height = footTop + footLines.length * FONT_SIZE.label * LINE_HEIGHT + PADDING;
  // The chart keeps its own document; placed as a nested <svg>, its ids and viewBox stay its own.
  const placed = chart.replace(/^<svg /, `<svg x="${PADDING}" y="${Math.round(chartTop)}" `);
  return tag(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${Math.round(height)}`, width, height: Math.round(height), 'font-family': FONT_FAMILY },
    tag('rect', { width, height: Math.round(height), fill: INK.background }),
    ...titleLines.map((line, i) => label(line, { x: PADDING, y: PADDING + TITLE_SIZE * (0.8 + i * LINE_HEIGHT), 'font-size': TITLE_SIZE, 'font-weight': 700, fill: INK.text })),
    placed,
    ...footLines.map((line, i) => label(line, { x: PADDING, y: footTop + FONT_SIZE.label * (0.8 + i * LINE_HEIGHT), 'font-size': FONT_SIZE.label, fill: INK.muted })),
  );
}
