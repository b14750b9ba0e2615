/** Reading a JSON file and checking parts of it against shapes, every finding placed at its member. */
import type { z } from 'astro/zod';
import type { DataFiles } from './data-files.ts';
import { parseJson, type JsonPath } from './json-source.ts';
import type { Place, ProblemList } from './problems.ts';
import { issueMessage, pathText, valueAt } from './zod-problems.ts';
import { unseenCharacterMessage } from './unseen-characters.ts';
import { decodeUtf8 } from './text-encoding.ts';

export interface JsonDocument {
  path: string;
  value: unknown;
  placeOf: (path: JsonPath) => Place;
}

/** Reads and parses a JSON file; reports and returns null when it is missing or not JSON. */
export function readJsonDocument(files: DataFiles, problems: ProblemList, path: string): JsonDocument | null {
  const bytes = files.read(path);
  if (!bytes) {
    problems.add(path, { line: 1, column: 1 }, 'the file is missing');
    return null;
  }
  const decoded = decodeUtf8(bytes, 'the file is not UTF-8 text: save it as UTF-8');
  if (!('text' in decoded)) {
    problems.add(path, decoded.place, decoded.message);
    return null;
  }
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    problems.add(path, parsed.place, parsed.message);
    return null;
  }
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    problems.add(path, parsed.placeOf([]), 'the file must hold one JSON object, { … }, with its members inside');
    return null;
  }
  const doc = { path, value: parsed.value, placeOf: parsed.placeOf };
  reportUnseenCharacters(doc, problems, doc.value, []);
  return doc;
}

/** Every text of the document, names included, checked for characters that cannot be published. */
function reportUnseenCharacters(doc: JsonDocument, problems: ProblemList, value: unknown, at: JsonPath): void {
  if (typeof value === 'string') {
    const message = unseenCharacterMessage(value);
    if (message !== null) problems.add(doc.path, doc.placeOf(at), `"${pathText(at)}" ${message}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, k) => reportUnseenCharacters(doc, problems, item, [...at, k]));
  } else if (value !== null && typeof value === 'object') {
    for (const [name, member] of Object.entries(value)) {
      const message = unseenCharacterMessage(name);
      if (message !== null) problems.add(doc.path, doc.placeOf([...at, name]), `the name ${JSON.stringify(name)} ${message}`);
      reportUnseenCharacters(doc, problems, member, [...at, name]);
    }
  }
}

/**
 * Checks the member at `at` (the whole document by default) against a shape. Returns the typed value,
 * or reports every problem, placed in the file, and returns null.
 */
export function checkShape<S extends z.ZodType>(
  doc: JsonDocument,
  problems: ProblemList,
  shape: S,
  at: JsonPath = [],
): z.infer<S> | null {
  const input = valueAt(doc.value, at);
  const result = shape.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...at, ...(issue.path as JsonPath)];
    problems.add(doc.path, doc.placeOf(path), issueMessage({ ...issue, path }, valueAt(doc.value, path)));
  }
  return null;
}
