/**
 * Colours for series and for values on the tile map. Series colours are from the Okabe–Ito
 * palette (distinguishable with the common colour-vision deficiencies), keeping only those with at
 * least 3:1 contrast against white (WCAG 1.4.11 for graphical objects). Sky blue and yellow fail
 * and are left out; orange passes only darkened. Colour is never the only cue: series also differ
 * by line dash and are named in the legend and in each point's label.
 */
/** Okabe–Ito, in the order series receive them. */
export const SERIES_COLOURS = [
  '#0072B2', // blue, 5.2:1
  '#D55E00', // vermillion, 3.9:1
  '#009E73', // bluish green, 3.4:1
  '#CC79A7', // reddish purple, 3.1:1
  '#000000', // black, 21:1
  '#AD7300', // orange #E69F00 darkened to 4.0:1
] as const;

/** Line dashes that go with the colours, so that series differ without colour too. */
export const SERIES_DASHES = [null, '7 4', '2 3', '10 3 2 3', '4 4', '1 5'] as const;

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length]!;
export const seriesDash = (index: number): string | null => SERIES_DASHES[index % SERIES_DASHES.length]!;

/**
 * Five classes of blue, light to dark, for the tile map. Classes rather than a continuous ramp: the
 * key shows five swatches a reader can match, and a continuous ramp passes through mid-blues on
 * which neither dark nor white text reaches 4.5:1. Each class here takes dark or white text at
 * 5.2:1 or better (checked by a test).
 */
export const SEQUENTIAL_CLASSES = ['#e3eef9', '#b7d2ec', '#86b1dc', '#2f6fb0', '#0b4a8f'] as const;

/** The tile colour for a value placed at `t` (0 = lowest, 1 = highest): its class of five. */
export function sequentialColour(t: number): string {
  const n = SEQUENTIAL_CLASSES.length;
  return SEQUENTIAL_CLASSES[Math.min(n - 1, Math.max(0, Math.floor(t * n)))]!;
}

const channel = (hex: string, i: number): number => {
  const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of #rrggbb (WCAG 2). */
export const luminance = (hex: string): number => 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);

/** WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark or white text, whichever reads better on a fill. */
export const textOn = (fill: string, dark: string, light = '#ffffff'): string =>
  contrastRatio(fill, dark) >= contrastRatio(fill, light) ? dark : light;
