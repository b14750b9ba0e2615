import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyArgs, historyState, isShallow, parseHistory, publisherSubject, readHistory, type GitRunner } from '../../src/lib/downloads/git-history.ts';
import { nodeGitBatch, nodeGitBlobReader, nodeGitBlobsReader, nodeGitRunner } from '../../src/site/node-git.ts';
import { datasetHistory } from '../../src/lib/downloads/dataset-history.ts';
import { portalGitSource } from '../../src/site/portal-git.ts';
import { fixtureGit } from '../support/fixture-git.ts';

const KEY = ['period', 'area'];
let root: string;
let repo: string;

const setUpGit = fixtureGit;

function commit(file: string, text: string, date: string, subject: string): void {
  writeFileSync(join(repo, file), text);
  setUpGit(repo, date, 'add', '-A');
  setUpGit(repo, date, 'commit', '-q', '-m', subject);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-history-'));
  repo = join(root, 'repo');
  execFileSync('mkdir', ['-p', join(repo, 'data')]);
  setUpGit(repo, '2026-01-10T09:00:00+07:00', 'init', '-q');
  commit('data/share.csv', 'period,area,source,value\n2022,45,a,41.5\n2023,45,a,47\n', '2026-01-10T09:00:00+07:00', 'Publish the shares');
  commit('data/share.csv', 'period,area,source,value\n2022,45,a,41.5\n2023,45,a,47.2\n2024,45,b,50\n', '2026-02-10T09:00:00+07:00', 'Revise 2023, add 2024');
  renameSync(join(repo, 'data/share.csv'), join(repo, 'data/tỷ-lệ.csv'));
  commit('data/tỷ-lệ.csv', 'period,area,source,value\n2023,45,a,47.2\n2024,45,b,50\n', '2026-03-10T09:00:00+07:00', 'Rename; withdraw 2022');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('a data file\'s history, read from a real git repository', () => {
  it('lists its commits newest first, with full hash, ISO date and subject, following a rename', () => {
    const git = nodeGitRunner(repo);
    const history = readHistory(git, 'data/tỷ-lệ.csv');
    expect(history.map((h) => [h.date, h.subject, h.path])).toEqual([
      ['2026-03-10T09:00:00+07:00', 'Rename; withdraw 2022', 'data/tỷ-lệ.csv'],
      ['2026-02-10T09:00:00+07:00', 'Revise 2023, add 2024', 'data/share.csv'],
      ['2026-01-10T09:00:00+07:00', 'Publish the shares', 'data/share.csv'],
    ]);
    expect(history[0]!.commit).toBe(setUpGit(repo, '2026-03-10T09:00:00+07:00', 'rev-parse', 'HEAD').trim());
    expect(history.every((h) => /^[0-9a-f]{40}$/.test(h.commit))).toBe(true);
  });

  it('counts the rows each version added, removed and changed, by primary key, across the rename', () => {
    const source = portalGitSource(repo, ['data/tỷ-lệ.csv', 'data/datapackage.json']);
    const { versions } = datasetHistory(source, { dir: 'data', resources: [{ name: 'share', path: 'tỷ-lệ.csv', primaryKey: KEY }] });
    expect(versions.map(({ subject, files: [file] }) => ({ subject, added: file!.added, removed: file!.removed, changed: file!.changed, rows: file!.rows }))).toEqual([
      { subject: 'Rename; withdraw 2022', added: 0, removed: 1, changed: 0, rows: 2 },
      { subject: 'Revise 2023, add 2024', added: 1, removed: 0, changed: 1, rows: 3 },
      { subject: 'Publish the shares', added: 2, removed: 0, changed: 0, rows: 2 },
    ]);
  });

  it('says a full clone is complete and a shallow clone is shallow, so pages can say history is unavailable', () => {
    expect(isShallow(nodeGitRunner(repo))).toBe(false);
    expect(historyState(nodeGitRunner(repo))).toBe('complete');
    const shallow = join(root, 'shallow');
    setUpGit(root, '2026-03-10T09:00:00+07:00', 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    expect(isShallow(nodeGitRunner(shallow))).toBe(true);
    expect(historyState(nodeGitRunner(shallow))).toBe('shallow');
    expect(readHistory(nodeGitRunner(shallow), 'data/tỷ-lệ.csv')).toHaveLength(1);
  });
});

describe('many files\' histories read in one go, as a build of a large portal reads them', () => {
  it('gives each git command the output it gives alone, failures included, from one shell', () => {
    const commands = [historyArgs('data/tỷ-lệ.csv'), historyArgs('data/no-such.csv'), ['rev-parse', '--is-shallow-repository'], ['cat-file', 'blob', 'HEAD:nothing']];
    const one = nodeGitRunner(repo);
    expect(nodeGitBatch(repo)(commands)).toEqual(commands.map((args) => one(args)));
  });

  it('reads every version\'s bytes with one cat-file, the same bytes as one by one, a missing file as null', () => {
    const history = readHistory(nodeGitRunner(repo), 'data/tỷ-lệ.csv');
    const wanted = [...history, { commit: history[0]!.commit, path: 'data/share.csv' }, { commit: history[0]!.commit, path: 'data' }];
    const single = nodeGitBlobReader(repo);
    const batch = nodeGitBlobsReader(repo)(wanted);
    expect(batch.size).toBe(wanted.length);
    for (const { commit, path } of wanted) expect(batch.get(`${commit}:${path}`)).toEqual(single(commit, path));
    expect(batch.get(`${history[0]!.commit}:data/share.csv`)).toBeNull();
    expect(batch.get(`${history[0]!.commit}:data`)).toBeNull();
  });
});

describe('a data file\'s history without git', () => {
  const noGit: GitRunner = () => null;

  it('is empty, and nothing throws, when git is unavailable', () => {
    expect(readHistory(noGit, 'data/share.csv')).toEqual([]);
    expect(isShallow(noGit)).toBe(false);
    expect(historyState(noGit)).toBe('unavailable');
  });

  it('is empty outside a repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'portal-no-repo-'));
    try {
      expect(readHistory(nodeGitRunner(outside), 'data/share.csv')).toEqual([]);
      expect(historyState(nodeGitRunner(outside))).toBe('unavailable');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('counts a version git cannot show (the file deleted in that commit) as empty, with nothing to download', () => {
    const gone = join(root, 'deleted');
    execFileSync('mkdir', ['-p', join(gone, 'data')]);
    setUpGit(gone, '2026-01-01T09:00:00+07:00', 'init', '-q');
    writeFileSync(join(gone, 'data/share.csv'), 'period,area,value\n2022,45,1\n');
    setUpGit(gone, '2026-01-01T09:00:00+07:00', 'add', '-A');
    setUpGit(gone, '2026-01-01T09:00:00+07:00', 'commit', '-q', '-m', 'Add');
    setUpGit(gone, '2026-02-01T09:00:00+07:00', 'rm', '-q', 'data/share.csv');
    setUpGit(gone, '2026-02-01T09:00:00+07:00', 'commit', '-q', '-m', 'Delete');
    const source = portalGitSource(gone, ['data/share.csv', 'data/datapackage.json']);
    const { versions } = datasetHistory(source, { dir: 'data', resources: [{ name: 'share', path: 'share.csv', primaryKey: KEY }] });
    expect(versions.map((v) => [v.subject, v.added, v.removed, v.files[0]!.rows, v.files[0]!.exists])).toEqual([
      ['Delete', 0, 1, 0, false],
      ['Add', 1, 0, 1, true],
    ]);
  });
});

describe('a git log record, read back', () => {
  const hash = 'a'.repeat(40);
  it('keeps the file\'s path when the commit message holds the separators git\'s format uses', () => {
    // As git prints it with historyArgs' format and -z: a body holding \x1d and \x1e, then a NUL,
    // a line break, and the file name ended by a NUL.
    const out = `\x1e${hash}\x1f2026-01-10T09:00:00+07:00\x1fTitle\x1fBody \x1d evil\nmore \x1e text\n\x1d\0\ndata/x.csv\0`;
    expect(parseHistory(out, 'data/x.csv')).toEqual([{ commit: hash, date: '2026-01-10T09:00:00+07:00', subject: 'Title', path: 'data/x.csv' }]);
  });

  it('takes a GitHub pull request\'s title as the publisher\'s note of its merge commit, and any other subject as it is', () => {
    expect(publisherSubject('Merge pull request #12 from staff/dti-2024', '\nThêm xếp hạng DTI 2024\n')).toBe('Thêm xếp hạng DTI 2024');
    expect(publisherSubject('Merge pull request #12 from staff/dti-2024', '')).toBe('Merge pull request #12 from staff/dti-2024');
    expect(publisherSubject('Thêm xếp hạng DTI 2024 (#12)', 'Update dti-rank.csv')).toBe('Thêm xếp hạng DTI 2024 (#12)');
  });
});
