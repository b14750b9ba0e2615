import { describe, expect, it } from 'vitest';
import { contrastRatio, SEQUENTIAL_CLASSES, SERIES_COLOURS, textOn } from '../../src/lib/charts/palette.ts';
import { INK } from '../../src/lib/charts/theme.ts';

describe('colours', () => {
  it('give every series colour at least 3:1 against white (graphical objects)', () => {
    for (const colour of SERIES_COLOURS) expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('give text and muted text at least 4.5:1 against white', () => {
    expect(contrastRatio(INK.text, INK.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(INK.muted, INK.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('give the value printed in every tile-map class at least 4.5:1', () => {
    for (const fill of SEQUENTIAL_CLASSES) expect(contrastRatio(fill, textOn(fill, INK.text))).toBeGreaterThanOrEqual(4.5);
  });

  it('compute the WCAG ratio of black on white as 21', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
