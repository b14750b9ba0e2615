/**
 * The two sizes a chart is drawn at on a page. Both are inlined and CSS shows the one that suits the
 * figure's width, so text is printed near its natural size on a phone and on a desktop alike.
 */
import type { ChartSize } from './api.ts';

export const NARROW_CHART: ChartSize = { width: 360, height: 260 };
export const WIDE_CHART: ChartSize = { width: 720, height: 360 };
