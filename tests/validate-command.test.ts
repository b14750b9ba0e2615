import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskFiles } from '../src/site/disk-files.ts';
import { validatePortal } from '../src/lib/validate/portal.ts';
import { formatProblem } from '../src/lib/validate/problems.ts';
import { PROBLEMS_DIR, SAMPLE_CSV, SAMPLE_PACKAGE, TODAY, VALID_ROOT } from './support/fixture-files.ts';

const REPO = join(import.meta.dirname, '..');
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the valid fixture portal in a temporary folder. */
function portalCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-'));
  temps.push(dir);
  cpSync(VALID_ROOT, dir, { recursive: true });
  return dir;
}

/** Every file under a folder with its bytes and modification time, to prove nothing was touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path] = `${statSync(path).mtimeMs}:${readFileSync(path).toString('base64')}`;
  }
  return out;
}

const validate = (root: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(REPO, 'scripts/validate.ts'), root], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });

describe('npm run validate', { timeout: 30_000 }, () => {
  it('exits 0 and says so when the data is valid', () => {
    const run = validate(portalCopy());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^data\/ is valid: 1 datasets, 6 tables, \d+ rows checked\.$/m);
  });

  it('without a folder, checks the data/ of PORTAL_ROOT, the folder the build reads', () => {
    const root = portalCopy();
    cpSync(join(PROBLEMS_DIR, 'decimal-comma.csv'), join(root, SAMPLE_CSV));
    const run = spawnSync(process.execPath, [join(REPO, 'scripts/validate.ts')], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', PORTAL_ROOT: root },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${SAMPLE_CSV}:3:25: `);
  });

  it('prints every problem of several files as path:line:column: message, exits 1 and changes nothing', () => {
    const root = portalCopy();
    cpSync(join(PROBLEMS_DIR, 'decimal-comma.csv'), join(root, SAMPLE_CSV));
    cpSync(join(PROBLEMS_DIR, 'unknown-pillar.json'), join(root, SAMPLE_PACKAGE));
    writeFileSync(join(root, 'data/reference/units.csv'), 'code,symbol,name,name_en\npercent,%,phần trăm\n');
    const before = snapshot(root);
    const run = validate(root);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    const problems = lines.slice(0, -1);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const line of problems) expect(line).toMatch(/^data\/[\w/.-]+:\d+:\d+: \S/);
    expect(problems.some((l) => l.startsWith(`${SAMPLE_CSV}:3:25: `))).toBe(true);
    expect(problems.some((l) => l.startsWith(`${SAMPLE_PACKAGE}:`) && l.includes('pillar "economy"'))).toBe(true);
    expect(problems.some((l) => l.startsWith('data/reference/units.csv:2:'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ problems in 3 files\. Nothing was changed/);
    expect(snapshot(root)).toEqual(before);
  });

  it('on GitHub Actions, also prints each problem as an ::error annotation on its file, line and column', () => {
    const root = portalCopy();
    cpSync(join(PROBLEMS_DIR, 'decimal-comma.csv'), join(root, SAMPLE_CSV));
    cpSync(join(PROBLEMS_DIR, 'unknown-pillar.json'), join(root, SAMPLE_PACKAGE));
    const run = validate(root, { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    const plain = run.stderr.trim().split('\n').slice(0, -1);
    const annotations = run.stdout.trim().split('\n');
    expect(annotations).toHaveLength(plain.length);
    for (const line of annotations) expect(line).toMatch(/^::error file=data\/[\w/.-]+,line=\d+,col=\d+,title=[^:]+::\S/);
    expect(annotations).toContainEqual(expect.stringMatching(new RegExp(`^::error file=${SAMPLE_CSV},line=3,col=25,title=.*::column "value" expects a number but holds "47,5": use a dot`)));
    expect(run.stderr).toMatch(/^data\/datasets\/sample-services\/sample-share\.csv:3:25: /m);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^\d+ problems? in 2 files\./);
  });

  it('where the portal keeps docs/sources/, reports a figure no quote of its source states, at its cell and as an annotation', () => {
    const root = portalCopy();
    mkdirSync(join(root, 'docs/sources'), { recursive: true });
    // The sample's figures quoted, all but 41.5 (line 2), whose passage gives another number.
    const csv = readFileSync(join(root, SAMPLE_CSV), 'utf8');
    const values = csv.trim().split('\n').slice(1).map((line) => line.split(',').at(-1)).filter((v) => v !== '' && v !== '41.5');
    writeFileSync(join(root, 'docs/sources/sample-services.md'), `## test-source\nURL: https://example.org/source\n> ${values.join('; ')}; 41.4\n`);
    const run = validate(root, { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').slice(0, -1)).toEqual([
      `${SAMPLE_CSV}:2:25: the figure 41.5 from source "test-source" is not quoted: no passage under "## test-source" in docs/sources/sample-services.md (line 1) states it: copy the source's sentence that gives 41.5 there, on a line starting with "> ", exactly as the source writes it`,
    ]);
    expect(run.stdout).toMatch(new RegExp(`^::error file=${SAMPLE_CSV},line=2,col=25,`, 'm'));
    // The same portal without docs/sources/ (another province's, say) is not held to quotes.
    rmSync(join(root, 'docs'), { recursive: true });
    expect(validate(root).status).toBe(0);
  });

  it('prints no annotation outside GitHub Actions', () => {
    const root = portalCopy();
    cpSync(join(PROBLEMS_DIR, 'decimal-comma.csv'), join(root, SAMPLE_CSV));
    const run = validate(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain('::error');
  });

  it('refuses a resource that is a link to a file outside its dataset folder', () => {
    const root = portalCopy();
    const csv = join(root, SAMPLE_CSV);
    rmSync(csv);
    symlinkSync(join(root, 'data/reference/areas.csv'), csv);
    const problems = validatePortal(diskFiles(root), TODAY).problems.map(formatProblem);
    expect(problems.join('\n')).toMatch(/datapackage\.json:\d+:\d+: "path" is "sample-share\.csv", a link to a file outside the dataset's folder/);
  });
});

describe('the build', () => {
  it('refuses to build a site from invalid data and prints the validator\'s report', () => {
    const root = portalCopy();
    cpSync(join(PROBLEMS_DIR, 'future-period.csv'), join(root, SAMPLE_CSV));
    const out = join(root, 'dist');
    const run = spawnSync(join(REPO, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, PORTAL_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(`${SAMPLE_CSV}:3:1: period 2031 starts after today`);
    expect(() => statSync(join(out, 'index.html'))).toThrow();
  }, 60_000);
});

