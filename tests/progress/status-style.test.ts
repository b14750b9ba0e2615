import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/charts/palette.ts';
import { BADGE_TEXT, STATUS_STYLES } from '../../src/lib/progress/status-style.ts';
import { STATUSES } from '../../src/lib/progress/index.ts';

describe('status badges', () => {
  it('give every status its own shape and glyph, so none rests on colour', () => {
    expect(new Set(STATUSES.map((s) => STATUS_STYLES[s].shape)).size).toBe(STATUSES.length);
    expect(new Set(STATUSES.map((s) => STATUS_STYLES[s].glyph)).size).toBe(STATUSES.length);
  });

  it('print the label with at least 4.5:1 on the badge tint', () => {
    for (const s of STATUSES) expect([s, contrastRatio(BADGE_TEXT, STATUS_STYLES[s].tint) >= 4.5]).toEqual([s, true]);
  });

  it('draw each icon at least 3:1 against white, by its colour or its outline', () => {
    for (const s of STATUSES) {
      const { colour, outline } = STATUS_STYLES[s];
      const edge = Math.max(contrastRatio(colour, '#ffffff'), outline ? contrastRatio(outline, '#ffffff') : 0);
      expect([s, edge >= 3]).toEqual([s, true]);
    }
  });
});
