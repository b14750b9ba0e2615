/** File sizes as a download list prints them, in decimal units (1 kB = 1000 bytes). */
import type { Locale } from '../contract/site.ts';
import { formatNumber } from '../format.ts';

/** "812 B", "1,4 kB" (Vietnamese) or "1.4 kB" (English), "2,35 MB": at most three significant digits. */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1000) return `${formatNumber(bytes, locale)} B`;
  const units = ['kB', 'MB', 'GB'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const rounded = Number(value.toPrecision(3));
  // 999.95 kB rounds to 1000: say 1 MB instead.
  if (rounded >= 1000 && unit < units.length - 1) return `${formatNumber(1, locale)} ${units[unit + 1]}`;
  return `${formatNumber(rounded, locale)} ${units[unit]}`;
}
