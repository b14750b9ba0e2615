import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataHistories } from '../../src/lib/downloads/data-log.ts';
import { historyState, readHistory } from '../../src/lib/downloads/git-history.ts';
import { nodeGitBatch, nodeGitRunner } from '../../src/site/node-git.ts';
import { fixtureGit } from '../support/fixture-git.ts';
import { REPO_ROOT } from '../support/repo-root.ts';

let root: string;
/** The repository; the portal is a folder inside it, as when a province keeps it beside other work. */
let repo: string;
let portal: string;
let day = 0;

const git = (...args: string[]) => fixtureGit(repo, `2026-01-${String(10 + day).padStart(2, '0')}T09:00:00+07:00`, ...args);
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(portal, path)), { recursive: true });
  writeFileSync(join(portal, path), text);
};
const commitAll = (message: string) => {
  day++;
  git('add', '-A');
  git('commit', '-q', '-m', message);
};
/** A table of `rows` rows whose values start at `from`, then `extra` rows: tables differing only in those are alike, as git measures it. */
const table = (rows: number, from: number, ...extra: string[]) =>
  `period,area,source,value\n${[...Array.from({ length: rows }, (_, k) => `${2000 + k},45,src-${k % 3},${from + k}.5`), ...extra].join('\n')}\n`;

/** Every file under the portal's data/, relative to the portal. */
const dataFiles = (): string[] =>
  readdirSync(join(portal, 'data'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(portal, join(entry.parentPath, entry.name)))
    .sort();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-data-log-'));
  repo = join(root, 'repo');
  portal = join(repo, 'portal');
  mkdirSync(portal, { recursive: true });
  git('init', '-q');
  // Created in the repository's first commit: nothing before it to be copied from.
  write('data/datasets/a/share.csv', table(30, 40));
  write('data/datasets/a/datapackage.json', '{"name": "a", "version": "1.0.0"}\n');
  write('templates/blank.csv', table(25, 900));
  commitAll('Publish dataset a');
  write('data/datasets/a/share.csv', table(31, 40));
  commitAll('Add 2030 to a');
  // A file renamed, with a Vietnamese name.
  renameSync(join(portal, 'data/datasets/a/share.csv'), join(portal, 'data/datasets/a/tỷ-lệ.csv'));
  commitAll('Rename the shares');
  // A dataset copied from another, then edited: --follow goes on into a's history.
  cpSync(join(portal, 'data/datasets/a'), join(portal, 'data/datasets/b'), { recursive: true });
  write('data/datasets/b/tỷ-lệ.csv', table(31, 40, '2031,45,src-1,99'));
  commitAll('Publish dataset b, made from a');
  // Two alike files moved together, edited, in a commit that removes files: the case in which git's
  // pairing of all new files together may differ from --follow's pairing of one.
  write('data/datasets/c/first.csv', table(20, 300));
  write('data/datasets/c/second.csv', table(20, 300, '2099,45,src-2,1'));
  commitAll('Publish dataset c');
  rmSync(join(portal, 'data/datasets/c'), { recursive: true });
  write('data/datasets/d/first.csv', table(20, 300, '2050,45,src-0,7'));
  write('data/datasets/d/second.csv', table(20, 300, '2099,45,src-2,1', '2051,45,src-0,8'));
  commitAll('Move c to d');
  // Two new files whose closest match is the same removed file, with a second removed file close
  // enough to the one that comes second: paired all together, that one would go to the second file.
  const changed = Array.from({ length: 8 }, (_, k) => `${2040 + k},45,src-9,${k}`);
  write('data/datasets/f/one.csv', table(20, 500));
  write('data/datasets/f/two.csv', table(12, 500, ...changed));
  commitAll('Publish dataset f');
  rmSync(join(portal, 'data/datasets/f'), { recursive: true });
  write('data/datasets/g/near.csv', table(20, 500, '2060,45,src-0,1'));
  write('data/datasets/g/nearer-to-one.csv', table(20, 500, '2060,45,src-0,1', '2061,45,src-0,2'));
  commitAll('Replace f with g');
  // A file removed, then published again at the same path.
  rmSync(join(portal, 'data/datasets/b/datapackage.json'));
  commitAll('Withdraw b for a day');
  write('data/datasets/b/datapackage.json', '{"name": "b", "version": "1.1.0"}\n');
  commitAll('Publish b again');
  // Names git would quote, or read as a pattern: "a[1].csv" must not match "a1.csv".
  write('data/datasets/h/a1.csv', table(5, 700));
  write('data/datasets/h/a[1].csv', table(5, 800));
  write('data/datasets/h/q"uote d\\back.csv', table(5, 900));
  commitAll('Publish dataset h');
  write('data/datasets/h/a1.csv', table(6, 700));
  commitAll('Add a row to a1 only');
  // A table started from a template outside data/: its history leads there.
  write('data/datasets/e/from-template.csv', table(25, 900, '2040,45,src-0,5'));
  commitAll('Publish e from the template');
  // A pull request merged with a merge commit: its branch's commits are not versions.
  git('checkout', '-q', '-b', 'update');
  write('data/datasets/a/tỷ-lệ.csv', table(32, 40));
  commitAll('On the branch, a first try');
  write('data/datasets/a/tỷ-lệ.csv', table(32, 39));
  commitAll('On the branch, fixed');
  git('checkout', '-q', 'main');
  write('data/datasets/d/second.csv', table(20, 300, '2099,45,src-2,1', '2051,45,src-0,9'));
  commitAll('Meanwhile on main');
  day++;
  git('merge', '--no-ff', '-q', '-m', 'Merge pull request #7 from staff/update\n\nUpdate a for 2031', 'update');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('every data file\'s history from one git log', () => {
  it('gives, file for file, the entries of git log --follow, copies, renames, merges and re-publications included', () => {
    const files = dataFiles();
    const histories = readDataHistories({ run: nodeGitRunner(portal), batch: nodeGitBatch(portal) }, 'data', files);
    for (const file of files) expect(histories.get(file), file).toEqual(readHistory(nodeGitRunner(portal), file));
    // The cases are there: b's table goes on into a's, across the rename, and e's into the template.
    expect(histories.get('data/datasets/b/tỷ-lệ.csv')!.map((entry) => entry.path)).toEqual([
      'portal/data/datasets/b/tỷ-lệ.csv',
      'portal/data/datasets/a/tỷ-lệ.csv',
      'portal/data/datasets/a/share.csv',
      'portal/data/datasets/a/share.csv',
    ]);
    expect(histories.get('data/datasets/d/first.csv')!.at(-1)!.path).toMatch(/^portal\/data\/datasets\/c\//);
    expect(histories.get('data/datasets/g/nearer-to-one.csv')!.at(-1)!.path).toBe('portal/data/datasets/f/one.csv');
    expect(histories.get('data/datasets/e/from-template.csv')!.at(-1)!.path).toBe('portal/templates/blank.csv');
    expect(histories.get('data/datasets/a/tỷ-lệ.csv')![0]!.subject).toBe('Update a for 2031');
    expect(histories.get('data/datasets/h/a[1].csv')!.map((entry) => entry.subject)).toEqual(['Publish dataset h']);
    expect(histories.get('data/datasets/h/q"uote d\\back.csv')!.map((entry) => entry.path)).toEqual(['portal/data/datasets/h/q"uote d\\back.csv']);
  });
});

describe('the portal\'s own data/', () => {
  it('has the same histories from one git log as from one git log --follow a file', () => {
    const run = nodeGitRunner(REPO_ROOT);
    // A shallow clone (a CI checkout, say) has no whole history to compare.
    if (historyState(run) !== 'complete') return;
    const files = (run(['ls-files', '-z', '--', 'data/datasets']) ?? '').split('\0').filter((file) => file !== '');
    expect(files.length).toBeGreaterThan(20);
    const histories = readDataHistories({ run, batch: nodeGitBatch(REPO_ROOT) }, 'data', files);
    for (const file of files) expect(histories.get(file), file).toEqual(readHistory(run, file));
  });
});
