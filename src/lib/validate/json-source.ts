/**
 * JSON.parse, but remembering where each member stands, so that a problem in a descriptor can be
 * reported at its line and column. JSON.parse itself gives no positions, and its syntax errors name a
 * character offset only.
 */
import type { Place } from './problems.ts';

export type JsonPath = readonly (string | number)[];

export type JsonParseResult =
  | { ok: true; value: unknown; placeOf: (path: JsonPath) => Place }
  | { ok: false; place: Place; message: string };

/** Maps character offsets to 1-based line and column. */
export function lineIndex(text: string): (offset: number) => Place {
  const starts = [0];
  // A line ends at LF, CRLF or a lone CR, as editors count lines.
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** How deep objects and lists may nest; the real descriptors go six levels deep. */
export const MAX_DEPTH = 64;

class JsonSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const describe = (ch: string | undefined): string =>
  ch === undefined ? 'the end of the file' : JSON.stringify(ch);

/** Parses JSON text (a leading BOM is allowed) and records the offset of every member and element. */
export function parseJson(text: string): JsonParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - src.length;
  const offsets = new Map<string, number>();
  const toPlace = lineIndex(text);
  let i = 0;

  const key = (path: JsonPath) => JSON.stringify(path);
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const space = () => {
    while (i < src.length && ' \t\n\r'.includes(src[i]!)) i++;
  };
  const expect = (ch: string, context: string) => {
    space();
    if (src[i] !== ch) fail(`expected ${JSON.stringify(ch)} ${context} but found ${describe(src[i])}`);
    i++;
  };

  const value = (path: JsonPath): unknown => {
    space();
    const ch = src[i];
    // Each level is a call: thousands of them would overflow the stack, and no descriptor needs many.
    if ((ch === '{' || ch === '[') && path.length >= MAX_DEPTH) fail(`more than ${MAX_DEPTH} levels of { and [ inside one another: a datapackage.json needs a handful; remove the extra nesting`);
    if (ch === '{') return object(path);
    if (ch === '[') return array(path);
    if (ch === '"') return string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (src.startsWith(word, i)) {
        i += word.length;
        return result;
      }
    }
    if (ch === "'") fail('found a single quote: JSON strings use double quotes "like this"');
    return fail(`expected a value (a "string", a number, true, false, null, { or [) but found ${describe(ch)}`);
  };

  const object = (path: JsonPath) => {
    const result: Record<string, unknown> = {};
    i++;
    space();
    if (src[i] === '}') {
      i++;
      return result;
    }
    for (;;) {
      space();
      if (src[i] === "'") fail('found a single quote: JSON strings use double quotes "like this"');
      if (src[i] !== '"') {
        fail(src[i] === '}' ? 'found a comma before "}": remove the last comma' : `expected a "name" in double quotes but found ${describe(src[i])}`);
      }
      const at = i;
      const name = string();
      if (Object.hasOwn(result, name)) fail(`the name ${JSON.stringify(name)} appears twice in this object: keep one`, at);
      offsets.set(key([...path, name]), at);
      expect(':', `after the name ${JSON.stringify(name)}`);
      result[name] = value([...path, name]);
      space();
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === '}') {
        i++;
        return result;
      }
      fail(`expected "," or "}" after the value of ${JSON.stringify(name)} but found ${describe(src[i])}`);
    }
  };

  const array = (path: JsonPath) => {
    const result: unknown[] = [];
    i++;
    space();
    if (src[i] === ']') {
      i++;
      return result;
    }
    for (;;) {
      space();
      if (src[i] === ']') fail('found a comma before "]": remove the last comma');
      offsets.set(key([...path, result.length]), i);
      result.push(value([...path, result.length]));
      space();
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === ']') {
        i++;
        return result;
      }
      fail(`expected "," or "]" between list items but found ${describe(src[i])}`);
    }
  };

  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      const ch = src[i];
      if (ch === undefined || ch === '\n') fail('this string is not closed: add the closing double quote', start);
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === '\\') {
        const escaped = src.slice(i, i + 6);
        const m = /^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(escaped);
        if (!m) fail('unknown escape after "\\": write \\\\ for a backslash');
        out += JSON.parse(`"${m![0]}"`) as string;
        i += m![0].length;
        continue;
      }
      if (ch! < ' ') fail('a control character (such as a tab) inside a string: write it as \\t or remove it');
      out += ch;
      i++;
    }
  };

  const number = (): number => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(i, i + 64));
    if (!m) return fail('a number is malformed: write it like 12 or 12.5');
    i += m[0].length;
    return Number(m[0]);
  };

  try {
    if (src.trim() === '') fail('the file is empty: it must hold one JSON object');
    const parsed = value([]);
    space();
    if (i < src.length) fail(`unexpected ${describe(src[i])} after the end of the JSON value`);
    const placeOf = (path: JsonPath): Place => {
      for (let n = path.length; n > 0; n--) {
        const at = offsets.get(key(path.slice(0, n)));
        if (at !== undefined) return toPlace(at + shift);
      }
      return toPlace(shift);
    };
    return { ok: true, value: parsed, placeOf };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, place: toPlace(error.offset + shift), message: `invalid JSON: ${error.message}` };
  }
}
