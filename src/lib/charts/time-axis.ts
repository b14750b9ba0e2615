/**
 * The horizontal time axis shared by line charts. Figures are for periods (a year, a quarter, a
 * day), so the axis is cut into bands, years or months, and each label is centred on its band: a
 * yearly figure, plotted at mid-year, then sits right above its year.
 */
import { linearScale } from './linear-scale.ts';
import type { Period } from '../period.ts';
import { FONT_SIZE, textWidth } from './theme.ts';

export interface TimeAxis {
  /** Band width: years, or months when every figure falls within two years and none is yearly. */
  unit: 'year' | 'month';
  /** Domain, in ms since the epoch: the first band's start to the last band's end. */
  domain: [number, number];
  /** Pixel position of a time (ms). */
  x: (time: number) => number;
  /** Where one band ends and the next begins: tick marks. */
  boundaries: number[];
  /** Band labels left after thinning, centred on their band; `period` is written as in the data ("2023", "2025-08"). */
  labels: Array<{ x: number; period: string }>;
}

/** Gap kept between two band labels. */
const LABEL_GAP = 10;
/** Widest label each band unit prints ("2023"; "08/2025" or "Aug 2025"). */
const LABEL_CHARS = { year: 4, month: 8 } as const;
/** Label every band, or every 2nd, 3rd… band: the first step whose labels do not collide. */
const LABEL_STEPS = { year: [1, 2, 5, 10, 20], month: [1, 2, 3, 6, 12] } as const;

const utc = (year: number, monthIndex = 0) => Date.UTC(year, monthIndex, 1);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An axis over the given periods and, when set, up to the end of `untilYear` (a target's year), drawn
 * between pixels range[0] and range[1].
 */
export function timeAxis(periods: readonly Period[], range: [number, number], untilYear: number | null = null): TimeAxis {
  const starts = periods.map((p) => p.start);
  const ends = periods.map((p) => p.end);
  const first = starts.reduce((a, b) => (b < a ? b : a), starts[0] ?? '2000-01-01');
  const last = ends.reduce((a, b) => (b > a ? b : a), ends[0] ?? first);
  const [y0, m0] = [Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1];
  let [y1, m1] = [Number(last.slice(0, 4)), Number(last.slice(5, 7)) - 1];
  if (untilYear !== null && untilYear > y1) [y1, m1] = [untilYear, 11];

  const monthly = periods.every((p) => p.kind === 'month' || p.kind === 'day') && (y1 - y0) * 12 + (m1 - m0) < 24;
  const unit = monthly ? 'month' : 'year';
  const bands: Array<{ start: number; end: number; period: string }> = [];
  if (unit === 'year') {
    for (let y = y0; y <= y1; y++) bands.push({ start: utc(y), end: utc(y + 1), period: String(y) });
  } else {
    for (let i = y0 * 12 + m0; i <= y1 * 12 + m1; i++) {
      const [y, m] = [Math.floor(i / 12), i % 12];
      bands.push({ start: utc(y, m), end: utc(y, m + 1), period: `${y}-${pad(m + 1)}` });
    }
  }
  const domain: [number, number] = [bands[0]!.start, bands[bands.length - 1]!.end];
  // Linear in milliseconds, which is all a UTC time scale is; the ticks are the bands above, so
  // d3's time ticks and formats (and their weight in the browser's bundle) are not needed.
  const x = linearScale(domain, range);

  const bandWidth = Math.abs(range[1] - range[0]) / bands.length;
  const needed = textWidth('0'.repeat(LABEL_CHARS[unit]), FONT_SIZE.tick) + LABEL_GAP;
  const step = LABEL_STEPS[unit].find((s) => s * bandWidth >= needed) ?? LABEL_STEPS[unit][LABEL_STEPS[unit].length - 1]!;
  // Keep the last band labelled (it is the latest figure or the target year) and step back from it.
  const labels = bands
    .map((band, i) => ({ band, i }))
    .filter(({ i }) => (bands.length - 1 - i) % step === 0)
    .map(({ band }) => ({ x: x((band.start + band.end) / 2), period: band.period }));

  return { unit, domain, x, boundaries: [...bands.map((b) => x(b.start)), x(domain[1])], labels };
}
