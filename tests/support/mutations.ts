/**
 * The ways the fuzz test spoils a data file, as fast-check arbitraries: what editors, spreadsheets
 * and careless hands do to bytes, lines, cells, JSON members, encodings, line ends and sizes. Each
 * mutation is plain data (fast-check prints it when a case fails) applied by `mutate`.
 */
import fc from 'fast-check';

/** The seed of a run unless FUZZ_SEED says otherwise, and the day its data is validated as of. */
export const FUZZ_SEED = 20261130;
export const FUZZ_TODAY = '2026-11-30';

export type Mutation =
  | { kind: 'byte'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'line'; op: 'duplicate' | 'drop' | 'swap'; line: number; other: number }
  | { kind: 'cell'; line: number; cell: number; text: string }
  | { kind: 'member'; walk: number[]; value: unknown; remove: boolean }
  | { kind: 'encoding'; to: 'utf-16le' | 'latin1' | 'bom' }
  | { kind: 'line-ends'; to: '\r\n' | '\r' | 'mixed' }
  | { kind: 'repeat'; times: number };

/** Texts that staff and spreadsheets put in cells, among random ones. */
const awkward = fc.constantFrom(
  '',
  ' ',
  '"',
  ',',
  '""',
  '\n',
  '47,5',
  '1.234,5',
  '45%',
  '=1+1',
  '\u200b',
  '\ufeff',
  '\u00a0',
  '１２３',
  'Quảng Trị',
  'Qua\u0309ng Tri\u0323',
  '\u202e',
  '\u0001',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  '2025-13-45',
  'C:\\data\\x.csv',
  '../../etc/passwd',
  '<script>alert(1)</script>',
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('line' as const), op: fc.constantFrom('duplicate' as const, 'drop' as const, 'swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('cell' as const), line: fc.nat(), cell: fc.nat(), text: fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 12 })) }),
  fc.record({ kind: fc.constant('member' as const), walk: fc.array(fc.nat(), { maxLength: 6 }), value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), awkward), remove: fc.boolean() }),
  fc.record({ kind: fc.constant('encoding' as const), to: fc.constantFrom('utf-16le' as const, 'latin1' as const, 'bom' as const) }),
  fc.record({ kind: fc.constant('line-ends' as const), to: fc.constantFrom('\r\n' as const, '\r' as const, 'mixed' as const) }),
  fc.record({ kind: fc.constant('repeat' as const), times: fc.integer({ min: 2, max: 3 }) }),
);

const utf8 = new TextDecoder();
const encode = (text: string) => new TextEncoder().encode(text);

/** The file's bytes with the mutation applied; positions wrap around the file's length. */
export function mutate(bytes: Uint8Array, m: Mutation, isJson: boolean): Uint8Array {
  const n = Math.max(bytes.length, 1);
  switch (m.kind) {
    case 'byte': {
      const out = bytes.slice();
      if (out.length) out[m.at % n] = m.byte;
      return out;
    }
    case 'insert': {
      const at = m.at % (bytes.length + 1);
      return Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
    }
    case 'delete': {
      const at = m.at % n;
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + m.length)]);
    }
    case 'truncate':
      return bytes.subarray(0, m.at % n);
    case 'line': {
      const lines = utf8.decode(bytes).split('\n');
      const i = m.line % lines.length;
      const j = m.other % lines.length;
      if (m.op === 'duplicate') lines.splice(i, 0, lines[i]!);
      else if (m.op === 'drop') lines.splice(i, 1);
      else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return encode(lines.join('\n'));
    }
    case 'cell': {
      const lines = utf8.decode(bytes).split('\n');
      const i = m.line % lines.length;
      const cells = lines[i]!.split(',');
      cells[m.cell % cells.length] = m.text;
      lines[i] = cells.join(',');
      return encode(lines.join('\n'));
    }
    case 'member': {
      if (!isJson) return bytes;
      let root: unknown;
      try {
        root = JSON.parse(utf8.decode(bytes));
      } catch {
        return bytes;
      }
      // Walk down by the given steps, then replace or remove the member reached.
      let parent: Record<string, unknown> | unknown[] | null = null;
      let key: string | number | null = null;
      let node: unknown = root;
      for (const step of m.walk) {
        if (node === null || typeof node !== 'object') break;
        const keys: (string | number)[] = Array.isArray(node) ? node.map((_, k) => k) : Object.keys(node);
        if (keys.length === 0) break;
        parent = node as Record<string, unknown> | unknown[];
        key = keys[step % keys.length]!;
        node = (parent as Record<string | number, unknown>)[key];
      }
      if (parent === null || key === null) return encode(JSON.stringify(m.value, null, 2));
      if (m.remove) {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
      } else (parent as Record<string | number, unknown>)[key] = m.value;
      return encode(JSON.stringify(root, null, 2));
    }
    case 'encoding': {
      const text = utf8.decode(bytes);
      if (m.to === 'bom') return Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
      if (m.to === 'latin1') return Uint8Array.from([...text].map((ch) => (ch.codePointAt(0)! < 256 ? ch.codePointAt(0)! : 0x3f)));
      const out = new Uint8Array(text.length * 2);
      for (let k = 0; k < text.length; k++) {
        out[2 * k] = text.charCodeAt(k) & 0xff;
        out[2 * k + 1] = text.charCodeAt(k) >> 8;
      }
      return out;
    }
    case 'line-ends': {
      const lines = utf8.decode(bytes).split(/\r\n|\n|\r/);
      if (m.to !== 'mixed') return encode(lines.join(m.to));
      return encode(lines.map((line, k) => line + (k === lines.length - 1 ? '' : ['\n', '\r\n', '\r'][k % 3])).join(''));
    }
    case 'repeat': {
      const text = utf8.decode(bytes);
      const [head, ...body] = text.split('\n');
      return encode([head, ...Array.from({ length: m.times }, () => body.join('\n'))].join('\n'));
    }
  }
}

/** One case: which file (an index, wrapping around the list) and what is done to it. */
export const spoiltFile = fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }));

/** The portal's files with one of them spoilt as `spoilt` says; returns the files and the path changed. */
export function spoil(files: ReadonlyMap<string, Uint8Array>, [pick, mutations]: [number, Mutation[]]): { files: Map<string, Uint8Array>; path: string } {
  const paths = [...files.keys()].sort();
  const path = paths[pick % paths.length]!;
  let bytes = files.get(path)!;
  for (const m of mutations) bytes = mutate(bytes, m, path.endsWith('.json'));
  return { files: new Map(files).set(path, bytes), path };
}
