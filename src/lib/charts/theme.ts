/**
 * What every chart shares: fonts, type sizes, ink colours and the width of text. Sizes are in SVG
 * units, which are CSS pixels when a chart is drawn at its natural width (360 or 720 wide on the
 * page): 12 is the smallest text we print, so tick labels stay readable on a phone.
 */

/** System fonts first (they hold every Vietnamese glyph); DejaVu Sans is what the PNG renderer has. */
export const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif';

export const FONT_SIZE = {
  /** Axis tick labels. */
  tick: 12,
  /** Value labels, legend entries, annotations. */
  label: 13,
  /** Panel and group headings. */
  heading: 13,
} as const;

/** Ink on white. Ratios against #fff are checked by a test (text ≥ 4.5:1, marks ≥ 3:1). */
export const INK = {
  /** Text: 16.6:1. */
  text: '#1b1f24',
  /** Secondary text, axis lines, annotations: 7.6:1. */
  muted: '#4a5565',
  /** Gridlines: decorative, deliberately faint so they never compete with the data. */
  grid: '#dde3ea',
  /** Target marker and path to target: black reads as "not a series" next to the palette. */
  target: '#1b1f24',
  background: '#ffffff',
} as const;

/** Line height for stacked labels: room for Vietnamese stacked diacritics (ễ, Ổ). */
export const LINE_HEIGHT = 1.3;

/** Vertical offset that centres a line of text on its y (resvg ignores dominant-baseline). */
export const middleDy = (fontSize: number): number => fontSize * 0.35;

/**
 * Estimated width of a line of text. There is no DOM at build time to measure it; system UI fonts
 * average a little over half an em per character, and we err wide so labels are given room.
 */
export const textWidth = (content: string, fontSize: number): number => content.length * fontSize * 0.58;

/** Words broken into lines no wider than maxWidth (by the estimate above); a longer word gets a line of its own. */
export function wrapText(content: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}
