// The GitHub Pages workflow (.github/workflows/pages.yml) read line by line: no YAML parser is a
// dependency, and the file is ours, written in block style with two-space indents. What it checks
// is what a careless edit would break: the site is published only from main, only after the data
// and every test passed, and from a full clone (the changelogs read git history); a pull request
// that changes only data/ gets its quick check, any other every test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureGit } from './support/fixture-git.ts';

const text = readFileSync(new URL('../.github/workflows/pages.yml', import.meta.url), 'utf8');
/** Lines without comments and trailing spaces, blank ones dropped. */
const lines = text
  .split('\n')
  .map((line) => line.replace(/\s+#.*$|^\s*#.*$/, '').trimEnd())
  .filter((line) => line.trim() !== '');
const indent = (line: string) => line.length - line.trimStart().length;

/** The lines below the key at `start`, more indented than it. */
function blockAt(all: readonly string[], start: number): string[] {
  const block: string[] = [];
  for (let i = start + 1; i < all.length && indent(all[i]!) > indent(all[start]!); i++) block.push(all[i]!);
  return block;
}

/** The block of a top-level key ("on", "jobs"). */
function topLevel(key: string): string[] {
  const start = lines.findIndex((line) => line === `${key}:`);
  expect(start, `a top-level "${key}:"`).toBeGreaterThanOrEqual(0);
  return blockAt(lines, start);
}

/** Each job's lines, by job id. */
function jobs(): Map<string, string[]> {
  const all = topLevel('jobs');
  const result = new Map<string, string[]>();
  all.forEach((line, i) => {
    if (indent(line) === 2 && /^\s*[\w-]+:$/.test(line)) result.set(line.trim().slice(0, -1), blockAt(all, i));
  });
  return result;
}

/** A job's own `key: value` (indent 4), undefined when absent. */
const field = (job: readonly string[], key: string): string | undefined =>
  job.find((line) => indent(line) === 4 && line.trimStart().startsWith(`${key}:`))?.trim().slice(key.length + 1).trim();

/** The jobs a job needs: `needs: a` or `needs: [a, b]`. */
const needsOf = (job: readonly string[]): string[] =>
  (field(job, 'needs') ?? '').replace(/[[\]]/g, '').split(',').map((s) => s.trim()).filter(Boolean);

/** Every job that must have run and passed before `id`, following `needs` transitively. */
function upstream(all: Map<string, string[]>, id: string, seen = new Set<string>()): Set<string> {
  for (const need of needsOf(all.get(id) ?? [])) {
    if (seen.has(need)) continue;
    seen.add(need);
    upstream(all, need, seen);
  }
  return seen;
}

/** The lines of the step holding line `i`: from its "- " line, everything indented deeper. */
function stepAt(i: number): string[] {
  let dash = i;
  while (dash > 0 && !lines[dash]!.trimStart().startsWith('- ')) dash--;
  return [lines[dash]!, ...blockAt(lines, dash)];
}

const MAIN_ONLY = "github.ref == 'refs/heads/main' && github.event_name != 'pull_request'";

describe('the GitHub Pages workflow', () => {
  const all = jobs();
  const test = all.get('test');
  /** Jobs that publish: they upload or deploy the Pages artifact, or may write to Pages. */
  const publishing = [...all].filter(([, job]) => job.some((line) => /actions\/(upload-pages-artifact|deploy-pages)@|pages: write/.test(line)));

  it('runs on pull requests and on pushes to main', () => {
    const on = topLevel('on').map((line) => line.trim());
    expect(on).toContain('pull_request:');
    expect(on).toContain('push:');
    expect(on).toContain('branches: [main]');
  });

  it('validates the data and runs every test in its test job, unless the scope job finds a data-only pull request', () => {
    expect(test, 'a job named "test"').toBeDefined();
    expect(needsOf(test!)).toEqual(['scope']);
    expect(field(test!, 'if')).toBe("needs.scope.outputs.tests == 'all'");
    const runs = test!.map((line) => line.trim());
    expect(runs).toContain('run: npm run validate');
    expect(runs).toContain('run: npm test');
    expect(runs.indexOf('run: npm run validate')).toBeLessThan(runs.indexOf('run: npm test'));
    // A dependency with a known high or critical advisory fails the run, where the audit service answers.
    expect(runs).toContain('run: npm audit --audit-level=high');
  });

  it('checks a data-only pull request quickly: validate, build, the sources\' quotes, then links and accessibility', () => {
    const data = all.get('data');
    expect(data, 'a job named "data"').toBeDefined();
    expect(needsOf(data!)).toEqual(['scope']);
    expect(field(data!, 'if')).toBe("needs.scope.outputs.tests == 'data'");
    const runs = data!.map((line) => line.trim()).filter((line) => line.startsWith('run: '));
    expect(runs.slice(-4)).toEqual([
      'run: npm run validate',
      'run: npm run build',
      'run: npx vitest run --project unit tests/source-quotes.test.ts',
      'run: npx vitest run --project e2e tests/e2e/links.test.ts tests/e2e/accessibility.test.ts',
    ]);
  });

  it('publishes only from main, and only after the test job passed', () => {
    expect(publishing.map(([id]) => id).sort()).toEqual(['build', 'deploy']);
    for (const [id, job] of publishing) {
      expect(field(job, 'if'), `${id} runs only on main`).toBe(MAIN_ONLY);
      expect([...upstream(all, id)], `${id} needs the test job`).toContain('test');
    }
    expect(all.get('deploy')!.map((line) => line.trim())).toContain('uses: actions/deploy-pages@v5');
  });

  it('lets no failure through: no step or job continues on error', () => {
    expect(lines.filter((line) => /continue-on-error:\s*true/.test(line))).toEqual([]);
  });

  it('checks out the whole history in every job, for the changelogs', () => {
    const checkouts = lines.flatMap((line, i) => (/uses: actions\/checkout@/.test(line) ? [i] : []));
    expect(checkouts.length).toBeGreaterThanOrEqual(2);
    for (const at of checkouts) {
      const step = stepAt(at).map((line) => line.trim());
      expect(step, `the checkout on line ${at + 1} of the comment-free workflow`).toContain('fetch-depth: 0');
    }
  });

  it("builds with the address GitHub Pages gives, so the base path is the repository's", () => {
    const build = all.get('build')!.map((line) => line.trim());
    expect(build).toContain('PORTAL_SITE_URL: ${{ steps.pages.outputs.base_url }}');
    expect(build).toContain('uses: actions/configure-pages@v6');
  });

  it('deploys one run at a time, never cancelling a deploy halfway', () => {
    const deploy = all.get('deploy')!.map((line) => line.trim());
    expect(deploy).toContain('group: pages');
    expect(deploy).toContain('cancel-in-progress: false');
  });
});

/** The script of the scope job's step, as written (comments included: it is bash). */
function scopeScript(): string {
  const raw = text.split('\n');
  const start = raw.findIndex((line) => line.trim() === '- id: scope');
  const run = raw.findIndex((line, i) => i > start && line.trim() === 'run: |');
  expect(start, 'a step "id: scope"').toBeGreaterThanOrEqual(0);
  const body: string[] = [];
  for (let i = run + 1; i < raw.length && (raw[i]!.trim() === '' || indent(raw[i]!) > indent(raw[run]!)); i++) body.push(raw[i]!);
  return body.map((line) => line.slice(indent(raw[run + 1]!))).join('\n');
}

describe('which tests a run needs (the scope job)', () => {
  const root = mkdtempSync(join(tmpdir(), 'workflow-scope-'));
  const outputs = mkdtempSync(join(tmpdir(), 'workflow-scope-output-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outputs, { recursive: true, force: true });
  });
  const git = (...args: string[]) => fixtureGit(root, '2026-11-30T09:00:00+07:00', ...args).trim();
  const commit = (files: string[]) => {
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), `${file} ${Math.random()}\n`);
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', files.join(' ') || 'nothing');
    return git('rev-parse', 'HEAD');
  };
  git('init', '-q');
  const base = commit(['data/datasets/dti/dti-rank.csv', 'src/pages/index.astro', 'README.md']);
  const scope = (event: string, head: string) => {
    // Outside the repository: `git add -A` in a later commit would take it for a changed file.
    const output = join(outputs, `output-${Math.random()}`);
    execFileSync('bash', ['-e', '-o', 'pipefail', '-c', scopeScript()], {
      cwd: root,
      env: { ...process.env, EVENT: event, BASE: base, HEAD: head, GITHUB_OUTPUT: output },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return readFileSync(output, 'utf8');
  };
  const branch = (files: string[]) => {
    git('checkout', '-q', base);
    return commit(files);
  };

  it('is the data check for a pull request that changes only files under data/', () => {
    expect(scope('pull_request', branch(['data/datasets/dti/dti-rank.csv', 'data/datasets/new/datapackage.json']))).toBe('tests=data\n');
  });

  it('is the data check too when the pull request adds the figures\' quotes under docs/sources/', () => {
    expect(scope('pull_request', branch(['data/datasets/dti/dti-rank.csv', 'docs/sources/dti.md']))).toBe('tests=data\n');
    expect(scope('pull_request', branch(['data/datasets/dti/dti-rank.csv', 'docs/staff-guide.md']))).toBe('tests=all\n');
  });

  it('is every test for a pull request that changes anything else too', () => {
    expect(scope('pull_request', branch(['data/datasets/dti/dti-rank.csv', 'src/pages/index.astro']))).toBe('tests=all\n');
    expect(scope('pull_request', branch(['README.md']))).toBe('tests=all\n');
    expect(scope('pull_request', branch(['database/notes.md']))).toBe('tests=all\n');
  });

  it('is every test for a pull request that changes no file, and when the comparison fails', () => {
    expect(scope('pull_request', branch([]))).toBe('tests=all\n');
    expect(scope('pull_request', '0000000000000000000000000000000000000000')).toBe('tests=all\n');
  });

  it('is every test on a push to main, whatever it changes', () => {
    expect(scope('push', branch(['data/datasets/dti/dti-rank.csv']))).toBe('tests=all\n');
  });
});
