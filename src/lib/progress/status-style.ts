/**
 * How each status looks: a colour from the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies), darkened where needed to keep 4.5:1 against white, and a shape of its
 * own, so that a status never rests on colour alone; its name is always printed beside it too.
 */
import type { Status } from './index.ts';

export type StatusShape = 'check-circle' | 'triangle' | 'diamond' | 'cross-square' | 'question-circle' | 'dash-circle';

export interface StatusStyle {
  /** The icon's fill (or outline, for the two "cannot say" statuses). */
  colour: string;
  /** Drawn around a light fill so its edge still reaches 3:1 against the page. */
  outline: string | null;
  /** A light tint of the colour behind the badge's dark text. */
  tint: string;
  shape: StatusShape;
  /** The shape as one character, for plain-text places (an aria-hidden legend, a CSV never). */
  glyph: string;
}

export const STATUS_STYLES: Record<Status, StatusStyle> = {
  // Bluish green #009E73, darkened from 3.4:1 to 5.3:1 on white.
  achieved: { colour: '#007B5F', outline: null, tint: '#e6f2ef', shape: 'check-circle', glyph: '✓' },
  // Blue #0072B2, 5.2:1 as it is.
  'on-track': { colour: '#0072B2', outline: null, tint: '#e6f1f7', shape: 'triangle', glyph: '▲' },
  // Orange #E69F00 kept bright (it sets this status apart from off track by lightness, not only
  // hue) and outlined in the text colour for its edge.
  'needs-acceleration': { colour: '#E69F00', outline: '#1b1f24', tint: '#fcf3df', shape: 'diamond', glyph: '◆' },
  // Vermillion #D55E00, darkened from 3.9:1 to 5.1:1.
  'off-track': { colour: '#B84F00', outline: null, tint: '#f8ede6', shape: 'cross-square', glyph: '✕' },
  // Greys for "cannot say yet": outlined, not filled, so they read as absence rather than a verdict.
  'insufficient-data': { colour: '#5E6673', outline: null, tint: '#eff0f1', shape: 'question-circle', glyph: '?' },
  'no-data': { colour: '#6E7781', outline: null, tint: '#ffffff', shape: 'dash-circle', glyph: '–' },
};

/** The dark text printed on every badge. */
export const BADGE_TEXT = '#1b1f24';
