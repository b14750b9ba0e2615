import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskFiles } from '../src/site/disk-files.ts';
import { formatProblem } from '../src/lib/validate/problems.ts';
import { gatherAnswers } from '../src/lib/scaffold/answers.ts';
import { newDatasetCommand, type CommandEffects } from '../src/lib/scaffold/command.ts';
import { examplePlace } from '../src/lib/scaffold/example-row.ts';
import { readPortalFacts } from '../src/lib/scaffold/portal-facts.ts';
import { validatePortal } from '../src/lib/validate/portal.ts';
import { contents, realPortalCopy } from './support/portal-copy.ts';
import { REPO_ROOT } from './support/real-portal.ts';

const TODAY = '2026-11-26';
const NOW = new Date('2026-11-26T03:00:00Z');
const DIR = 'data/datasets/internet-access';

/** Every answer, as flags; no figure among them. */
const FLAGS: Record<string, string> = {
  id: 'internet-access',
  title: 'Truy cập Internet băng rộng',
  'title-en': 'Broadband Internet access',
  description: 'Tỷ lệ hộ gia đình có kết nối Internet băng rộng cố định.',
  'description-en': 'Share of households with a fixed broadband Internet connection.',
  pillar: 'digital-infrastructure',
  indicator: 'household-broadband-share',
  unit: 'percent',
  'source-id': 'vnnic-internet-report',
  'source-title': 'Báo cáo tài nguyên Internet Việt Nam',
  'source-url': 'https://vnnic.vn',
  'source-publisher': 'Trung tâm Internet Việt Nam (VNNIC)',
  'source-date': '2026-03-31',
  provenance: 'official-report',
  confidence: 'medium',
  'source-states-period': 'yes',
  'source-exact-figures': 'yes',
  // Empty: the source has no note, as with a flag given empty.
  'source-note': '',
  'source-note-en': '',
  publisher: 'Nhóm phát triển cổng dữ liệu mở',
};

const copies: { remove(): void }[] = [];
afterEach(() => copies.splice(0).forEach((c) => c.remove()));
const portal = () => {
  const copy = realPortalCopy();
  copies.push(copy);
  return copy.root;
};

/** Runs the command on `root` with a person (or nobody) answering, collecting what it prints. */
async function run(root: string, flags: Record<string, string>, answers?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const effects: CommandEffects = {
    files: diskFiles(root),
    createFolder(path, files) {
      mkdirSync(join(root, path));
      for (const file of files) writeFileSync(join(root, file.path), file.text, { flag: 'wx' });
    },
    ask: answers
      ? async (question) => {
          asked.push(question);
          if (answers.length === 0) throw new Error(`unexpected question: ${question}`);
          return answers.shift()!;
        }
      : undefined,
    print: (t) => out.push(t),
    printError: (t) => err.push(t),
    now: NOW,
    today: TODAY,
  };
  const code = await newDatasetCommand(flags, effects);
  return { code, out: out.join('\n'), err: err.join('\n'), asked };
}

const without = (key: string) => Object.fromEntries(Object.entries(FLAGS).filter(([k]) => k !== key));

describe('npm run new-dataset', () => {
  it('writes a datapackage.json and a header-only CSV that the validator accepts as they are', async () => {
    const root = portal();
    const before = validatePortal(diskFiles(root), TODAY);
    const { code, out, err } = await run(root, FLAGS);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(join(root, DIR, 'household-broadband-share.csv'), 'utf8')).toBe('period,area,source,value\n');
    const after = validatePortal(diskFiles(root), TODAY);
    expect(after.problems.map(formatProblem)).toEqual([]);
    expect(after.counts.datasets).toBe(before.counts.datasets + 1);
    expect(after.counts.rows).toBe(before.counts.rows);
    expect(out).toContain(`Created ${DIR}/`);
    // The two files' descriptions line up, however long the CSV's name.
    const [packageLine, csvLine] = out.split('\n').slice(1, 3);
    expect(csvLine).toMatch(/^ {2}household-broadband-share\.csv +the figures/);
    expect(packageLine!.indexOf('what the dataset is')).toBe(csvLine!.indexOf('the figures'));
    expect(out).toContain('2026,44,vnnic-internet-report,12.5');
    expect(out).toContain('npm run validate');
  });

  it('describes the dataset as the contract asks: both languages, pillar, unit, dated source, licence, publisher', async () => {
    const root = portal();
    await run(root, FLAGS);
    const pkg = JSON.parse(readFileSync(join(root, DIR, 'datapackage.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: 'internet-access', title_en: 'Broadband Internet access', version: '1.0.0', created: '2026-11-26T03:00:00Z', pillars: ['digital-infrastructure'] });
    expect(pkg.keywords).toEqual(['Hạ tầng số và an toàn thông tin mạng', 'Digital infrastructure and network information security']);
    expect(pkg.sources).toEqual([{ id: 'vnnic-internet-report', title: FLAGS['source-title'], path: 'https://vnnic.vn', publisher: FLAGS['source-publisher'], date: '2026-03-31', provenance: 'official-report', confidence: 'medium' }]);
    expect(pkg.contributors).toEqual([{ title: FLAGS.publisher, roles: ['publisher'] }]);
    expect(pkg.licenses[0].name).toBe('other-at');
    const [resource] = pkg.resources;
    expect(resource.title).toBe(FLAGS.title);
    expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(['period', 'area', 'source', 'value']);
    // The column cites the package's "sources" by id; no enum repeats them, so a second source is added in one place.
    expect(resource.schema.fields[2].constraints).toEqual({ required: true });
    expect(resource.schema.fields[3]).toMatchObject({ type: 'number', unit: 'percent', constraints: { minimum: 0, maximum: 100 } });
    expect(resource.schema.primaryKey).toEqual(['period', 'area']);
  });

  /** The example row as printed under "Next". */
  const printedExample = (out: string) => /e\.g\.\n +(\S+)\n/.exec(out)![1]!;

  type Example = [what: string, flags: Record<string, string>, row: string, says: RegExp];
  const examples: Example[] = [
    ['a source dated in a year the province kept its code: that year, and the code then', { 'source-date': '2024-05-02' }, '2024,45,vnnic-internet-report,12.5', /period +2024: the year of the source's date \(2024-05-02\);.*\n +area +45: Quảng Trị province \(before 1 July 2025\), the province's code then/],
    ['a source dated after the merger, in 2026', {}, '2026,44,vnnic-internet-report,12.5', /period +2026: the year of the source's date \(2026-03-31\)/],
    ['a source dated before the merger in 2025: the quarter, with the old code', { 'source-date': '2025-03-10' }, '2025-Q1,45,vnnic-internet-report,12.5', /period +2025-Q1: the quarter of the source's date \(2025-03-10\), as the province's code changed in 2025/],
    ['a source dated after the merger in 2025: the quarter, with the new code', { 'source-date': '2025-08-25' }, '2025-Q3,44,vnnic-internet-report,12.5', /area +44: Quảng Trị province \(from 1 July 2025\)/],
    ['a source with no date: today\'s year, and it says so', { 'source-date': '' }, '2026,44,vnnic-internet-report,12.5', /period +2026: the source has no date, so today's year \(2026-11-26\)/],
    ['a count: a whole number', { unit: 'count' }, '2026,44,vnnic-internet-report,12', /value +the bare number, no unit/],
    ['a source that names no period: the day it was published, "not-stated"', { 'source-date': '2025-06-05', 'source-states-period': 'no' }, '2025-06-05,not-stated,45,vnnic-internet-report,,,12.5', /period_qualifier +not-stated: the source names no period, so period is its day/],
    ['an undated source that names no exact period: "about" its year', { 'source-date': '', 'source-states-period': 'no' }, '2026,about,44,vnnic-internet-report,,,12.5', /period_qualifier +about: the source gives the period roughly/],
    ['a source that gives only "over" or "about" figures', { 'source-exact-figures': 'no' }, '2026,44,vnnic-internet-report,,,over,12.5', /value_qualifier +over for "hơn" or "trên", under for "dưới", about for "khoảng"/],
  ];
  it.each(examples)('prints an example row the validator accepts as it stands: %s', async (_what, flags, row, says) => {
    const root = portal();
    const { code, out } = await run(root, { ...FLAGS, ...flags });
    expect(code).toBe(0);
    expect(printedExample(out)).toBe(row);
    expect(out).toMatch(says);
    appendFileSync(join(root, DIR, 'household-broadband-share.csv'), `${row}\n`);
    const result = validatePortal(diskFiles(root), TODAY);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.portal!.datasets.find((d) => d.id === 'internet-access')!.indicators[0]!.rows).toHaveLength(1);
  });

  it('examplePlace() keeps the year where one code held it, and narrows it where the code changed', () => {
    const { province } = readPortalFacts(diskFiles(REPO_ROOT));
    expect(province.map((a) => [a.code, a.valid_from, a.valid_to])).toEqual([['45', '1989-07-01', '2025-06-30'], ['44', '2025-07-01', null]]);
    const place = (day: string) => {
      const p = examplePlace(province, day);
      return `${p.period.text},${p.area!.code}`;
    };
    expect([place('2023-12-30'), place('2025-01-01'), place('2025-06-30'), place('2025-07-01'), place('2025-12-31'), place('2026-03-31')]).toEqual(['2023,45', '2025-Q1,45', '2025-Q2,45', '2025-Q3,44', '2025-Q4,44', '2026,44']);
  });

  it('adds the qualifier and note columns when the source leaves its period and value open, and the validator then asks every row to fill them', async () => {
    const root = portal();
    const flags = { ...FLAGS, 'source-date': '2025-06-05', 'source-states-period': 'no', 'source-exact-figures': 'no', 'source-note': 'Trang không ghi kỳ số liệu', 'source-note-en': 'The page states no period' };
    expect((await run(root, flags)).code).toBe(0);
    const csv = join(root, DIR, 'household-broadband-share.csv');
    expect(readFileSync(csv, 'utf8')).toBe('period,period_qualifier,area,source,note,note_en,value_qualifier,value\n');
    const pkg = JSON.parse(readFileSync(join(root, DIR, 'datapackage.json'), 'utf8'));
    expect(pkg.sources[0]).toMatchObject({ date: '2025-06-05', note: 'Trang không ghi kỳ số liệu', note_en: 'The page states no period', leaves_open: ['period', 'value'] });
    const fields = pkg.resources[0].schema.fields;
    expect(fields.filter((f: { name: string }) => f.name.includes('qualifier') || f.name.startsWith('note'))).toEqual([
      expect.objectContaining({ name: 'period_qualifier', type: 'string', title_en: 'How exact the period is' }),
      expect.objectContaining({ name: 'note', type: 'string', title: 'Ghi chú' }),
      expect.objectContaining({ name: 'note_en', type: 'string', title_en: 'Note' }),
      expect.objectContaining({ name: 'value_qualifier', type: 'string', title_en: 'How exact the value is' }),
    ]);
    expect(pkg.resources[0].schema.primaryKey).toEqual(['period', 'area']);
    appendFileSync(csv, '2025-06-05,,45,vnnic-internet-report,,,,12.5\n');
    const problems = validatePortal(diskFiles(root), TODAY).problems.map(formatProblem).join('\n');
    expect(problems).toMatch(/source "vnnic-internet-report" does not state an exact period/);
    expect(problems).toMatch(/source "vnnic-internet-report" gives only bounds or approximate values/);
  });

  it('adds only what the source leaves open: exact periods but rough figures get value_qualifier and the notes, no period_qualifier', async () => {
    const root = portal();
    await run(root, { ...FLAGS, 'source-exact-figures': 'no' });
    expect(readFileSync(join(root, DIR, 'household-broadband-share.csv'), 'utf8')).toBe('period,area,source,note,note_en,value_qualifier,value\n');
    const source = JSON.parse(readFileSync(join(root, DIR, 'datapackage.json'), 'utf8')).sources[0];
    expect(source.leaves_open).toEqual(['value']);
    expect(source).not.toHaveProperty('note');
  });

  it('lets a second source be declared in "sources" alone, and says so: the source column lists no ids', async () => {
    const root = portal();
    const { out } = await run(root, FLAGS);
    expect(out).toContain('another source: add it to "sources" in datapackage.json, cite its id');
    expect(out).not.toContain('enum');
    const path = join(root, DIR, 'datapackage.json');
    const pkg = JSON.parse(readFileSync(path, 'utf8'));
    pkg.sources.push({ ...pkg.sources[0], id: 'vnnic-2025' });
    writeFileSync(path, JSON.stringify(pkg, null, 2));
    appendFileSync(join(root, DIR, 'household-broadband-share.csv'), '2026,44,vnnic-2025,40\n2026-Q1,44,vnnic-2024,41\n');
    expect(validatePortal(diskFiles(root), TODAY).problems.map(formatProblem)).toEqual([
      `${DIR}/household-broadband-share.csv:3:12: source "vnnic-2024" is not an id in the "sources" of ${DIR}/datapackage.json (did you mean "vnnic-2025"?) (ids: vnnic-internet-report, vnnic-2025): correct the id, or add the new source to "sources" there (its id, title, path, publisher and date)`,
    ]);
  });

  it('leaves out the source date when the source carries none', async () => {
    const root = portal();
    expect((await run(root, { ...FLAGS, 'source-date': '' })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, DIR, 'datapackage.json'), 'utf8')).sources[0]).not.toHaveProperty('date');
  });

  type Refusal = [what: string, flags: Record<string, string>, message: RegExp];
  const refusals: Refusal[] = [
    ['an id that is taken', { ...FLAGS, id: 'dti' }, /--id: data\/datasets\/dti\/ already exists/],
    ['an id that is not lower-case-hyphenated', { ...FLAGS, id: 'Internet_Access' }, /--id: The dataset id must be lower-case letters, digits and single hyphens.*got "Internet_Access"/],
    ['an unknown pillar', { ...FLAGS, pillar: 'economy' }, /--pillar: "economy" is not a valid pillar: use one of overall, digital-government, digital-economy, digital-society, digital-infrastructure/],
    ['an unknown unit', { ...FLAGS, unit: 'percentage' }, /--unit: "percentage" is not a valid unit: use one of percent, rank, count, index-points/],
    ['an indicator id used by another dataset', { ...FLAGS, indicator: 'dti-rank' }, /--indicator: the indicator id "dti-rank" is already used in data\/datasets\/dti\/datapackage\.json/],
    ['a source address that is not a web address', { ...FLAGS, 'source-url': 'vnnic.vn' }, /--source-url: .*must start with https:\/\//],
    ['an unknown provenance', { ...FLAGS, provenance: 'rumour' }, /use one of official-statistic, official-report, press-report/],
    ['a missing answer, with nobody to ask', without('title-en'), /^Missing: --title-en \(run in a terminal to be asked, or see npm run new-dataset -- --help\)\. Nothing was written\.$/],
  ];
  it.each(refusals)('refuses %s, says why, and writes nothing', async (_what, flags, message) => {
    const root = portal();
    const before = contents(join(root, 'data'));
    const { code, err } = await run(root, flags);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain('Nothing was written');
    expect(contents(join(root, 'data'))).toEqual(before);
  });

  it('outside a terminal, names in one line only the flags that are missing, not the defaults that would follow from them', async () => {
    const root = portal();
    const flags = { ...FLAGS };
    for (const key of ['title', 'pillar', 'source-url', 'indicator', 'indicator-title', 'keywords']) delete flags[key];
    const { code, err, out } = await run(root, flags);
    expect(code).toBe(2);
    expect(out).toBe('');
    // --indicator-title defaults to --title and --keywords to the pillar's names: only those two are asked for.
    expect(err).toBe('Missing: --title, --pillar, --source-url (run in a terminal to be asked, or see npm run new-dataset -- --help). Nothing was written.');
  });

  it('outside a terminal, says why a given answer is refused, one line each, before the line of missing flags', async () => {
    const root = portal();
    const flags: Record<string, string> = { ...without('title'), pillar: 'economy', 'source-states-period': 'maybe' };
    delete flags.keywords;
    const { code, err } = await run(root, flags);
    expect(code).toBe(2);
    expect(err.split('\n')).toEqual([
      '--pillar: "economy" is not a valid pillar: use one of overall, digital-government, digital-economy, digital-society, digital-infrastructure',
      '--source-states-period: "maybe" is not a valid source-states-period: use one of yes, no',
      'Missing: --title (run in a terminal to be asked, or see npm run new-dataset -- --help). Nothing was written.',
    ]);
  });

  it('asks in plain words whether the source states the period and gives exact figures, with yes as the default, and for its note', async () => {
    const root = portal();
    // Empty flags take their defaults without asking; the source's four are left to be asked.
    const flags: Record<string, string> = { ...FLAGS, keywords: '', 'indicator-title': '', 'indicator-title-en': '', 'indicator-description': '', 'indicator-description-en': '' };
    for (const key of ['source-states-period', 'source-exact-figures', 'source-note', 'source-note-en']) delete flags[key];
    const { code, asked } = await run(root, flags, ['', 'no', 'Nguồn ghi "hơn"', '']);
    expect(code).toBe(0);
    expect(asked[0]).toBe(
      [
        'Source: does it state the period the figures are for? (empty: yes), one of:',
        '  yes                      it names the year, quarter, month or day ("năm 2025", "quý I/2026", "tính đến 25/8/2025")',
        '  no                       it names no period ("hiện nay", "now"), or only roughly ("khoảng năm 2023")',
        '[yes] > ',
      ].join('\n'),
    );
    expect(asked[1]).toMatch(/^Source: does it give exact figures\? \(empty: yes\), one of:\n {2}yes +the figures as they are .*\n {2}no +only words like "over", "under", "about" with them/);
    expect(asked[2]).toMatch(/^Source: what a reader must know about its figures, in Vietnamese \(empty if nothing\)/);
    expect(asked[3]).toMatch(/^Source: that note in English \(empty if none\)\n> $/);
    const source = JSON.parse(readFileSync(join(root, DIR, 'datapackage.json'), 'utf8')).sources[0];
    expect(source).toMatchObject({ note: 'Nguồn ghi "hơn"', leaves_open: ['value'] });
    expect(source).not.toHaveProperty('note_en');
  });

  it('never overwrites: a folder that is already there is left alone', async () => {
    const root = portal();
    mkdirSync(join(root, DIR));
    writeFileSync(join(root, DIR, 'notes.txt'), 'mine');
    // The id check refuses it first; the write would too (mkdir without recursive, then "wx").
    const { code, err } = await run(root, FLAGS);
    expect(code).toBe(2);
    expect(err).toMatch(/already exists/);
    expect(readFileSync(join(root, DIR, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('asks for what the flags leave out, listing the valid choices, and asks again after a wrong answer', async () => {
    const root = portal();
    const flags: Record<string, string> = { ...without('pillar'), 'indicator-title': 'a', 'indicator-title-en': 'b', 'indicator-description': 'c', 'indicator-description-en': 'd' };
    delete flags.unit;
    const { code, asked, err } = await run(root, flags, ['economy', 'digital-society', '', 'rank']);
    expect(code).toBe(0);
    expect(asked[0]).toMatch(/^Pillar of the resolution, one of:\n {2}overall +Mục tiêu chung \/ Overall goal\n/);
    expect(asked[0]).toContain('  digital-society          Xã hội số / Digital society');
    expect(err).toContain('"economy" is not a valid pillar');
    expect(asked[2]).toMatch(/^Keywords.*\n\[Xã hội số, Digital society\] > $/);
    expect(asked[3]).toMatch(/^Unit of the figures, one of:\n {2}percent/);
    const pkg = JSON.parse(readFileSync(join(root, DIR, 'datapackage.json'), 'utf8'));
    expect(pkg.pillars).toEqual(['digital-society']);
    expect(pkg.resources[0].schema.fields[3]).toMatchObject({ type: 'integer', unit: 'rank', constraints: { minimum: 1 } });
  });
});

describe('gatherAnswers()', () => {
  it('takes the publisher from data/site.json and the indicator\'s id and titles from the dataset\'s, when not given', async () => {
    const facts = readPortalFacts(diskFiles(REPO_ROOT));
    const flags = without('publisher');
    delete flags.indicator;
    delete flags['indicator-title'];
    const site = JSON.parse(readFileSync(join(REPO_ROOT, 'data/site.json'), 'utf8'));
    const result = await gatherAnswers(flags, { ...facts, publisher: 'Sở Khoa học và Công nghệ' }, undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers.publisher).toBe('Sở Khoa học và Công nghệ');
    expect(result.answers.indicator).toBe('internet-access');
    expect(result.answers['indicator-title']).toBe(FLAGS.title);
    expect(facts.publisher).toBe(typeof site.publisher === 'string' ? site.publisher : undefined);
  });

  it('requires the publisher when data/site.json names none', async () => {
    const facts = readPortalFacts(diskFiles(REPO_ROOT));
    const result = await gatherAnswers(without('publisher'), { ...facts, publisher: undefined }, undefined);
    expect(result).toEqual({ ok: false, refused: [], missing: ['publisher'] });
  });
});

// Each spawns Node; under a full parallel run that takes several seconds.
describe('scripts/new-dataset.ts', { timeout: 30_000 }, () => {
  const script = join(REPO_ROOT, 'scripts/new-dataset.ts');
  const asFlags = (flags: Record<string, string>) => Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v]);
  const spawn = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [script, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

  it('scaffolds into --root from flags alone, validates, and leaves the repository\'s data/ alone', () => {
    const root = portal();
    const repoBefore = contents(join(REPO_ROOT, 'data'));
    const result = spawn([...asFlags(FLAGS), '--yes', '--root', root]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Created ${DIR}/`);
    expect(existsSync(join(root, DIR, 'datapackage.json'))).toBe(true);
    expect(contents(join(REPO_ROOT, 'data'))).toEqual(repoBefore);
    const validate = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/validate.ts'), root], { encoding: 'utf8' });
    expect(validate.stdout).toMatch(/^data\/ is valid: \d+ datasets/);
  });

  it('takes the portal from PORTAL_ROOT, and outside a terminal names every missing flag in one line and exits 2', () => {
    const root = portal();
    const before = contents(join(root, 'data'));
    const result = spawn(['--id', 'internet-access'], { PORTAL_ROOT: root });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Missing: --title, --title-en, --description, --description-en, --pillar, --unit, --source-id, --source-title, --source-url, --source-publisher, --provenance, --confidence (run in a terminal to be asked, or see npm run new-dataset -- --help). Nothing was written.\n',
    );
    expect(contents(join(root, 'data'))).toEqual(before);
  });

  it('--help lists every question as its flag, marks those without a default, and gives the choices of the portal at --root', () => {
    const result = spawn(['--help', '--root', REPO_ROOT]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}--title \* +Title in Vietnamese$/m);
    expect(result.stdout).toMatch(/^ {2}--indicator-title +Indicator title in Vietnamese \(empty: the dataset's title\)$/m);
    expect(result.stdout).toMatch(/^ {2}--pillar \* +Pillar of the resolution \(overall, digital-government, digital-economy, digital-society, digital-infrastructure\)$/m);
    expect(result.stdout).toMatch(/^ {2}--source-states-period +Source: does it state the period the figures are for\? \(empty: yes\) \(yes, no\)$/m);
    expect(result.stdout).toMatch(/^ {2}--source-exact-figures +Source: does it give exact figures\? \(empty: yes\) \(yes, no\)$/m);
    expect(result.stdout).toMatch(/^ {2}--source-note +Source: what a reader must know about its figures/m);
  });

  it('refuses an unknown flag with the usage', () => {
    const result = spawn(['--titel', 'x', '--root', portal()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--titel'");
    expect(result.stderr).toContain('npm run new-dataset -- [--<question> <answer>]');
  });
});
