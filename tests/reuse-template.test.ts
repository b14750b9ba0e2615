// docs/reuse.md starts another province from the template, tests/fixtures/other-province/data, which
// tests/e2e/other-province.test.ts builds. These hold the guide's steps to the files they name.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskFiles } from '../src/site/disk-files.ts';
import { validatePortal } from '../src/lib/validate/portal.ts';
import { formatProblem } from '../src/lib/validate/problems.ts';
import { OTHER_PROVINCE_DATA as TEMPLATE } from './support/extra-sites.ts';
import { TODAY } from './support/fixture-files.ts';
import { REPO_ROOT } from './support/repo-root.ts';

const guide = readFileSync(join(REPO_ROOT, 'docs/reuse.md'), 'utf8');

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A portal whose data/ is the template, copied as step 2 does. */
function templateCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'reuse-'));
  temps.push(root);
  cpSync(TEMPLATE, join(root, 'data'), { recursive: true });
  return root;
}

const problems = (root: string) => validatePortal(diskFiles(root), TODAY).problems.map(formatProblem);

describe('the template of docs/reuse.md', () => {
  it('is the folder the other-province browser test builds', () => {
    const copy = /^cp -r (\S+) data$/m.exec(guide);
    expect(copy, 'step 2 copies the template with cp -r <folder> data').not.toBeNull();
    expect(resolve(REPO_ROOT, copy![1]!)).toBe(resolve(TEMPLATE));
  });

  it('is valid once copied over data/', () => {
    expect(problems(templateCopy())).toEqual([]);
  });

  it("takes Quảng Trị's list of the country and every province, with the sources step 2 names", () => {
    const root = templateCopy();
    const national = readFileSync(join(REPO_ROOT, 'data/reference/areas.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line !== '' && line.split(',')[4] !== '45');
    appendFileSync(join(root, 'data/reference/areas.csv'), `${national.join('\n')}\n`);
    const named = /copy the five sources([^]*?) of `sources` in/.exec(guide)?.[1]?.match(/`[a-z0-9-]+`/g)?.map((id) => id.slice(1, -1)) ?? [];
    expect(named).toHaveLength(5);
    const theirs = JSON.parse(readFileSync(join(REPO_ROOT, 'data/reference/datapackage.json'), 'utf8')) as { sources: { id: string }[] };
    const descriptor = join(root, 'data/reference/datapackage.json');
    const ours = JSON.parse(readFileSync(descriptor, 'utf8')) as { sources: { id: string }[] };
    for (const id of named) {
      const source = theirs.sources.find((s) => s.id === id);
      expect(source, `source "${id}" in Quảng Trị's reference descriptor`).toBeDefined();
      ours.sources.push(source!);
    }
    writeFileSync(descriptor, JSON.stringify(ours, null, 2));
    expect(national.length).toBeGreaterThan(90);
    expect(problems(root)).toEqual([]);
  });

  it("leaves no file naming the fictional province that the guide's search for leftovers misses", () => {
    const pattern = /^grep -rlE '([^']+)' data\/$/m.exec(guide)?.[1];
    expect(pattern, 'the guide searches data/ with grep -rlE').toBeDefined();
    const leftover = new RegExp(pattern!);
    const files = readdirSync(TEMPLATE, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(TEMPLATE, join(entry.parentPath, entry.name)));
    // units.csv holds percent and count, which any province may keep as they are.
    const missed = files.filter((file) => file !== join('reference', 'units.csv') && !leftover.test(readFileSync(join(TEMPLATE, file), 'utf8')));
    expect(files.length).toBeGreaterThan(10);
    expect(missed).toEqual([]);
  });
});
