import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/lib/downloads/checksum.ts';
import { fileStore } from '../../src/lib/downloads/file-store.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('the build\'s file store', () => {
  it('makes each file once, however often the page and the endpoint ask for it', async () => {
    let made = 0;
    const store = fileStore([{ url: '/downloads/a.csv', format: 'text/csv', make: () => (made++, encode('period,value\n2023,1\n')) }]);
    const [served, again] = await Promise.all([store.bytes('/downloads/a.csv'), store.bytes('/downloads/a.csv')]);
    await store.describe('/downloads/a.csv');
    expect(made).toBe(1);
    expect(again).toStrictEqual(served);
    expect(again.buffer).toBe(served.buffer);
  });

  it('describes a file with the size and SHA-256 of the very bytes it serves', async () => {
    // A maker that would give different bytes on every call: only memoisation keeps the numbers true.
    let n = 0;
    const store = fileStore([{ url: '/downloads/b.json', format: 'application/json', name: 'b.json', make: async () => encode(`{"n":${++n}${'0'.repeat(n)}}`) }]);
    const description = await store.describe('/downloads/b.json');
    const bytes = await store.bytes('/downloads/b.json');
    expect(description).toEqual({ url: '/downloads/b.json', format: 'application/json', name: 'b.json', bytes: bytes.byteLength, sha256: sha256Hex(bytes) });
  });

  it('lets go of a file once it is written out, and still describes it without making it again', async () => {
    let made = 0;
    const store = fileStore([{ url: '/charts/vi/a.png', format: 'image/png', make: () => (made++, encode('picture')) }]);
    const served = await store.bytes('/charts/vi/a.png');
    await store.release('/charts/vi/a.png');
    expect(await store.describe('/charts/vi/a.png')).toMatchObject({ bytes: served.byteLength, sha256: sha256Hex(served) });
    expect(made).toBe(1);
    // Asked for again, it is made again: the same bytes, as a maker gives for the same data.
    expect(await store.bytes('/charts/vi/a.png')).toEqual(served);
    expect(made).toBe(2);
  });

  it('refuses two files at one address, and an address it does not serve', async () => {
    const spec = { url: '/x', format: 'text/csv', make: () => new Uint8Array() };
    expect(() => fileStore([spec, spec])).toThrow(/two files would be served at \/x/);
    await expect(fileStore([spec]).bytes('/y')).rejects.toThrow(/no file is served at \/y/);
    expect(fileStore([spec]).get('/y')).toBeUndefined();
  });
});
