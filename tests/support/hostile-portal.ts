/**
 * A portal whose one extra dataset writes HTML and script into every text a staff member can
 * type: titles, descriptions, keywords, sources, contributors, column titles and category labels.
 * Rendered anywhere, each payload would set `window.__pwned`; the site must show it as text.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './real-portal.ts';

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

/** A temporary portal: the repository's data/ plus the hostile dataset. Returns its folder. */
export function hostilePortal(): { root: string; indicators: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'hostile-portal-'));
  cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
  const from = join(root, 'data/datasets', ORIGINAL);
  const to = join(root, 'data/datasets', HOSTILE_DATASET);
  cpSync(from, to, { recursive: true });
  const descriptor = JSON.parse(readFileSync(join(to, 'datapackage.json'), 'utf8'));
  const poisoned = poison(descriptor) as { name: string; resources: { name: string }[] };
  poisoned.name = HOSTILE_DATASET;
  // Indicator ids are unique across the portal.
  for (const resource of poisoned.resources) resource.name = `hostile-${resource.name}`;
  writeFileSync(join(to, 'datapackage.json'), JSON.stringify(poisoned, null, 2));
  return { root, indicators: poisoned.resources.map((resource) => resource.name) };
}
