/** Legend entries laid out in rows that wrap at the chart's width. */
import { FONT_SIZE, textWidth } from './theme.ts';

/** Width of the line-and-marker sample before each entry's text. */
export const LEGEND_SWATCH = 24;
export const LEGEND_ROW_HEIGHT = 20;
const ENTRY_GAP = 16;
const SWATCH_GAP = 6;

export interface LegendEntry {
  index: number;
  text: string;
  /** Left of the swatch; the text starts LEGEND_SWATCH + 6 further right. */
  x: number;
  /** Middle of the row. */
  y: number;
}

/** Entries from (left, top), wrapping before `right`; returns them and the height they take. */
export function legendLayout(texts: readonly string[], left: number, right: number, top: number): { entries: LegendEntry[]; height: number } {
  const entries: LegendEntry[] = [];
  let [x, row] = [left, 0];
  texts.forEach((text, index) => {
    const width = LEGEND_SWATCH + SWATCH_GAP + textWidth(text, FONT_SIZE.label);
    if (x > left && x + width > right) [x, row] = [left, row + 1];
    entries.push({ index, text, x, y: top + row * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2 });
    x += width + ENTRY_GAP;
  });
  return { entries, height: texts.length === 0 ? 0 : (row + 1) * LEGEND_ROW_HEIGHT };
}

export const legendTextX = (entry: LegendEntry): number => entry.x + LEGEND_SWATCH + SWATCH_GAP;
