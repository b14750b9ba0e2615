// The GitHub Pages workflow (.github/workflows/pages.yml) read line by line: no YAML parser is a
// dependency, and the file is ours, written in block style with two-space indents. What it checks
// is what a careless edit would break: the site is published only from main, only after the data
// and every test passed, and from a full clone (the changelogs read git history).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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

  it('validates the data and runs every test in its test job, on every run', () => {
    expect(test, 'a job named "test"').toBeDefined();
    expect(field(test!, 'if'), 'the test job has no condition').toBeUndefined();
    const runs = test!.map((line) => line.trim());
    expect(runs).toContain('run: npm run validate');
    expect(runs).toContain('run: npm test');
    expect(runs.indexOf('run: npm run validate')).toBeLessThan(runs.indexOf('run: npm test'));
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
