/** Legend entries laid out in rows that wrap at the chart's width. */
import { FONT_SIZE, textWidth, wrapText } from './theme.ts';

/** Width of the line-and-marker sample before each entry's text. */
export const LEGEND_SWATCH = 24;
export const LEGEND_ROW_HEIGHT = 20;
const ENTRY_GAP = 16;
const SWATCH_GAP = 6;

export interface LegendEntry {
  index: number;
  text: string;
  /** The text as drawn: one line, or several where the text alone is wider than the chart (a phone). */
  lines: string[];
  /** Left of the swatch; the text starts LEGEND_SWATCH + 6 further right. */
  x: number;
  /** Middle of the (first) row. */
  y: number;
}

/** Entries from (left, top), wrapping before `right`; returns them and the height they take. */
export function legendLayout(texts: readonly string[], left: number, right: number, top: number): { entries: LegendEntry[]; height: number } {
  const entries: LegendEntry[] = [];
  let [x, row, rows] = [left, 0, 0];
  texts.forEach((text, index) => {
    const width = LEGEND_SWATCH + SWATCH_GAP + textWidth(text, FONT_SIZE.label);
    if (x > left && x + width > right) [x, row] = [left, row + 1];
    // Wider than the chart on its own, the text wraps under itself and the entry takes its rows alone.
    const lines = x + width <= right ? [text] : wrapText(text, right - left - LEGEND_SWATCH - SWATCH_GAP, FONT_SIZE.label);
    entries.push({ index, text, lines, x, y: top + row * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2 });
    rows = row + lines.length;
    if (lines.length === 1) x += width + ENTRY_GAP;
    else [x, row] = [left, row + lines.length];
  });
  return { entries, height: rows * LEGEND_ROW_HEIGHT };
}

export const legendTextX = (entry: LegendEntry): number => entry.x + LEGEND_SWATCH + SWATCH_GAP;

/** The baseline offset of each of an entry's lines below its first. */
export const legendLineY = (entry: LegendEntry, line: number): number => entry.y + line * LEGEND_ROW_HEIGHT;
