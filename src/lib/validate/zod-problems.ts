/**
 * Turns zod's findings about a JSON document or a table row into sentences for a person who edits
 * data, not code: which member, what it holds, what it should hold.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** Writes a JSON path the way it looks in the file: resources[0].schema.fields[2].type */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'the document';
}

const shown = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return value === '' ? 'an empty string' : JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
};

const typeName: Record<string, string> = {
  string: 'a string in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

/** One sentence for one zod issue; `input` is the value the issue is about. */
export function issueMessage(issue: Issue, input: unknown): string {
  const where = `"${pathText(issue.path)}"`;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${where} is missing: add it (${typeName[issue.expected] ?? issue.expected})`;
      return `${where} should be ${typeName[issue.expected] ?? issue.expected} but is ${shown(input)}`;
    case 'invalid_value':
      if (input === undefined) return `${where} is missing: add it (${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`;
      return `${where} is ${shown(input)}, expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `${where} needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `${where} is empty: write it`;
      return `${where} is ${shown(input)}, below the minimum ${String(issue.minimum)}`;
    case 'too_big':
      return `${where} is ${shown(input)}, above the maximum ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `${where} has unknown name${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: check the spelling`;
    case 'invalid_union':
      return `${where} is ${shown(input)}, which is not an accepted form`;
    default:
      return `${where} is ${shown(input)}: ${issue.message}`;
  }
}

/** The value at a path, to say what was found. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}
