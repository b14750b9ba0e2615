import { describe, expect, it } from 'vitest';
import { fileStore } from '../../src/lib/downloads/file-store.ts';
import { makeAhead } from '../../src/lib/downloads/make-ahead.ts';

/** A store of `count` files, each made after a turn of the event loop, recording what runs when. */
function slowStore(count: number, failing: ReadonlySet<number> = new Set()) {
  const started: number[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const store = fileStore(
    Array.from({ length: count }, (_, k) => ({
      url: `/f${k}`,
      format: 'image/png',
      make: async () => {
        started.push(k);
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
        if (failing.has(k)) throw new Error(`cannot draw ${k}`);
        return new Uint8Array([k]);
      },
    })),
  );
  return { store, started, mostAtOnce: () => mostAtOnce };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('makeAhead', () => {
  it('makes every file, in order, never more at once than asked', async () => {
    const { store, started, mostAtOnce } = slowStore(7);
    makeAhead(store, ['/f0', '/f1', '/f2', '/f3', '/f4', '/f5', '/f6'], 2);
    await settled();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(mostAtOnce()).toBe(2);
  });

  it('does not make again a file a page already asked for, and gives the page the same bytes', async () => {
    const { store, started } = slowStore(3);
    const asked = store.bytes('/f1');
    makeAhead(store, ['/f0', '/f1', '/f2'], 1);
    await settled();
    expect(started.filter((k) => k === 1)).toHaveLength(1);
    expect(await store.bytes('/f1')).toBe(await asked);
  });

  it('does not make again a file already served and let go of', async () => {
    const { store, started } = slowStore(3);
    await store.bytes('/f1');
    await store.release('/f1');
    makeAhead(store, ['/f0', '/f1', '/f2'], 1);
    await settled();
    expect(started).toEqual([1, 0, 2]);
  });

  it('goes on past a file that fails, and leaves the failure to the page that asks for it', async () => {
    const { store, started } = slowStore(3, new Set([1]));
    makeAhead(store, ['/f0', '/f1', '/f2'], 1);
    await settled();
    expect(started).toEqual([0, 1, 2]);
    await expect(store.bytes('/f1')).rejects.toThrow('cannot draw 1');
  });
});
