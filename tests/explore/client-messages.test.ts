// The browser's explorer receives only the UI strings whose keys start with CLIENT_MESSAGE_PREFIXES
// (site/integrations/client-messages.ts). A chart drawn in the browser with a key outside them
// would print the key itself; so every key the explorer's modules can ask for must be covered.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import vi from '../../src/i18n/vi.ts';
import { CLIENT_MESSAGE_PREFIXES } from '../../src/i18n/client-messages.ts';
import { REPO_ROOT } from '../support/repo-root.ts';

/** Every module of src/ the explorer bundles: its relative imports, followed from the entry. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    // Only modules: a stylesheet (explore.css?url) holds no strings.
    if (seen.has(file) || !file.endsWith('.ts')) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)) visit(resolve(dirname(file), spec!));
    for (const [, spec] of source.matchAll(/^\s*import\s+'(\.[^']+)'/gm)) visit(resolve(dirname(file), spec!));
  };
  visit(resolve(REPO_ROOT, entry));
  return [...seen];
}

const covered = (key: string) => CLIENT_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix));

describe('the explorer’s UI strings', () => {
  const modules = reachable('src/scripts/explore/explore-app.ts');

  it('come from the modules the explorer really bundles', () => {
    const names = modules.map((m) => relative(REPO_ROOT, m));
    expect(names).toContain('src/lib/charts/render.ts');
    expect(names).toContain('src/lib/explore/explore-view.ts');
    expect(names).not.toContain('src/lib/downloads/excel-csv.ts');
  });

  it('all have a key the client build keeps', () => {
    const keys = Object.keys(vi);
    const missing: string[] = [];
    for (const file of modules.filter((m) => !m.includes('/i18n/'))) {
      const source = readFileSync(file, 'utf8');
      // Whole keys as string literals, and the fixed start of keys built in template literals.
      for (const [, key] of source.matchAll(/'([a-zA-Z]+\.[\w.-]+)'/g)) if (keys.includes(key!) && !covered(key!)) missing.push(`${key} (${file})`);
      for (const [, start] of source.matchAll(/`([a-zA-Z]+\.[\w.-]*)\$\{/g)) if (keys.some((k) => k.startsWith(start!)) && !covered(start!)) missing.push(`${start}… (${file})`);
    }
    expect(missing).toEqual([]);
  });

  it('leave out the strings the explorer never shows', () => {
    expect(Object.keys(vi).filter(covered).length).toBeLessThan(Object.keys(vi).length / 2);
  });
});
