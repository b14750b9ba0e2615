/**
 * A portal whose one extra dataset writes HTML and script into every text a staff member can
 * type: titles, descriptions, keywords, sources, contributors, column titles and category labels.
 * Rendered anywhere, each payload would set `window.__pwned`; the site must show it as text.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root.ts';

/** Breaks out of text, of double- and single-quoted attributes, of <script> (JSON-LD) and of XML. */
export const PAYLOAD =
  `<script>window.__pwned='script'</script><img src=x onerror="window.__pwned='img'">` +
  `"><svg onload="window.__pwned='svg'"></svg>'><b>bold</b></script><script>window.__pwned='json-ld'</script>]]>&amp;`;

/** The keys whose values are free text typed by staff. */
const TEXT_KEYS = new Set(['title', 'title_en', 'description', 'description_en', 'note', 'note_en', 'publisher', 'label', 'label_en']);

function poison(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key !== undefined && TEXT_KEYS.has(key) ? `${value} ${PAYLOAD}` : value;
  if (Array.isArray(value)) return key === 'keywords' ? [...value, PAYLOAD] : value.map((item) => poison(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

export const HOSTILE_DATASET = 'hostile-text';
/** The source dataset, copied under a new name with its indicators renamed `hostile-<name>`. */
const ORIGINAL = 'online-public-services';

/** The hostile dataset's indicators: the original's, renamed, since indicator ids are unique across the portal. */
export function hostileIndicators(): string[] {
  const descriptor = JSON.parse(readFileSync(join(REPO_ROOT, 'data/datasets', ORIGINAL, 'datapackage.json'), 'utf8')) as { resources: { name: string }[] };
  return descriptor.resources.map((resource) => `hostile-${resource.name}`);
}

/** Writes into `root` a portal: the repository's data/ plus the hostile dataset. */
export function writeHostilePortal(root: string): void {
  cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
  const from = join(root, 'data/datasets', ORIGINAL);
  const to = join(root, 'data/datasets', HOSTILE_DATASET);
  cpSync(from, to, { recursive: true });
  const descriptor = JSON.parse(readFileSync(join(to, 'datapackage.json'), 'utf8'));
  const poisoned = poison(descriptor) as { name: string; resources: { name: string }[] };
  poisoned.name = HOSTILE_DATASET;
  const names = hostileIndicators();
  poisoned.resources.forEach((resource, i) => (resource.name = names[i]!));
  writeFileSync(join(to, 'datapackage.json'), JSON.stringify(poisoned, null, 2));
}
