import { describe, expect, it } from 'vitest';
import { diskFiles } from '../../src/site/disk-files.ts';
import { readTargetNotes } from '../../src/lib/progress/target-notes.ts';
import { REPO_ROOT, realPortal } from '../support/real-portal.ts';
import { fixtureFiles } from '../support/fixture-files.ts';

describe('readTargetNotes()', () => {
  it('gives every target of the published data its plain words and why it matters, in both languages', () => {
    const notes = readTargetNotes(diskFiles(REPO_ROOT));
    const ids = realPortal().targets.map((t) => t.id as string).sort();
    expect(notes.map((n) => n.id as string).sort()).toEqual(ids);
    for (const n of notes) for (const text of [n.plain, n.plain_en, n.why, n.why_en]) expect(text.length).toBeGreaterThan(20);
  });

  it('is empty for a portal without target-notes.csv: the notes are optional', () => {
    expect(readTargetNotes(fixtureFiles())).toEqual([]);
  });
});
