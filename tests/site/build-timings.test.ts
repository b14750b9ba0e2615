import { describe, expect, it } from 'vitest';
import { buildTimings, timed, timedAsync } from '../../src/site/build-timings.ts';

describe('the build\'s timings of its parts, for npm run bench', () => {
  it('adds up each part\'s time, waits included, and keeps it where the bench finds it after the build', async () => {
    const before = buildTimings()['portal ZIP'] ?? 0;
    expect(timed('portal ZIP', () => 'zipped')).toBe('zipped');
    expect(await timedAsync('portal ZIP', () => new Promise((resolve) => setTimeout(() => resolve('later'), 30)))).toBe('later');
    expect(buildTimings()['portal ZIP']! - before).toBeGreaterThanOrEqual(0.025);
    // The bench reads them through globalThis, from another instance of this module.
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('quang-tri-portal.build-timings')]).toBe(buildTimings());
  });

  it('counts a part that fails too, and lets the failure through', async () => {
    const before = buildTimings().PNG ?? 0;
    await expect(timedAsync('PNG', () => new Promise((_, reject) => setTimeout(() => reject(new Error('no font')), 20)))).rejects.toThrow('no font');
    expect(buildTimings().PNG! - before).toBeGreaterThanOrEqual(0.015);
  });
});
