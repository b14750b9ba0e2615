// The data catalogue and dataset pages of the built site, in a real browser: every page works
// without JavaScript, every download is the file the page describes (size and SHA-256), the CSV for
// Excel is Excel's kind of CSV, the workbook holds the CSV's rows, the ZIP holds data/ as committed,
// past versions are the files git has, and a reader can download a file with a click.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { versionSummary } from '../../src/lib/downloads/change-words.ts';
import { datasetHistory } from '../../src/lib/downloads/dataset-history.ts';
import { historyState, readHistory } from '../../src/lib/downloads/git-history.ts';
import { nodeGitBlobReader, nodeGitRunner } from '../../src/site/node-git.ts';
import { downloaded, it, openPage, site } from '../support/e2e.ts';
import { googleDatasetProblems } from '../support/google-dataset.ts';
import { dcatApViolations } from '../support/shacl.ts';
import { realPortal, REPO_ROOT } from '../support/real-portal.ts';

const portal = realPortal();
const datasets = portal.datasets;
const pages = datasets.flatMap((d) => (['vi', 'en'] as const).map((locale) => [d.id, locale] as const));
const pathOf = (id: string, locale: 'vi' | 'en') => `${locale === 'en' ? '/en' : ''}/data/${id}/`;
/**
 * The data's git history: "complete", or "shallow" in a shallow clone. Read here file by file with
 * `git log --follow`, not with the build's one log over data/ (portal-git.ts), so the pages are
 * checked against what git itself says.
 */
const git = nodeGitRunner(REPO_ROOT);
const state = historyState(git);
const historyOf = (dataset: (typeof datasets)[number]) =>
  datasetHistory({ log: (file) => readHistory(git, file), blob: nodeGitBlobReader(REPO_ROOT), state }, {
    dir: dataset.dir,
    resources: dataset.indicators.map(({ resource }) => ({ name: resource.name, path: resource.path, primaryKey: resource.schema.primaryKey })),
  });
/** Room for a busy machine: the filter runs on input, but the page may be slow to get there. */
const POLL = { timeout: 10_000 };

let noScript: BrowserContext;
let withScript: BrowserContext;

it.beforeAll(async ({ browser }) => {
  noScript = await browser.newContext({ javaScriptEnabled: false });
  withScript = await browser.newContext({ acceptDownloads: true });
});

const open = (context: BrowserContext, path: string): Promise<Page> => openPage(context, path);

const fetchBytes = async (href: string): Promise<Buffer> => {
  const response = await fetch(site.href(href));
  expect(response.status, href).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every download link of a page with the size and checksum it states. */
async function downloadLinks(page: Page) {
  return page.locator('a[data-sha256]').evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute('href')!,
      bytes: Number(a.getAttribute('data-bytes')),
      sha256: a.getAttribute('data-sha256')!,
      shown: a.closest('li')?.textContent ?? '',
    })),
  );
}

describe('every dataset page, without JavaScript', () => {
  it.each(pages)('%s (%s) is there, in its language, with its sections and schema.org JSON-LD', async (id, locale) => {
    const dataset = datasets.find((d) => d.id === id)!;
    const page = await open(noScript, pathOf(id, locale));
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('h1').innerText()).toBe(locale === 'vi' ? dataset.descriptor.title : dataset.descriptor.title_en);
    for (const section of ['downloads', 'preview', 'dictionary', 'sources', 'changelog', 'terms', 'cite']) {
      expect(await page.locator(`#${section}`).count(), section).toBe(1);
    }
    // Every column of every table in the data dictionary, and every source by name.
    const dictionary = await page.locator('section:has(#dictionary)').innerText();
    for (const { resource } of dataset.indicators) for (const field of resource.schema.fields) expect(dictionary).toContain(field.name);
    for (const source of dataset.descriptor.sources) expect(await page.getByRole('link', { name: source.title }).count()).toBeGreaterThan(0);
    expect(await page.locator('.bibtex').innerText()).toMatch(new RegExp(`version\\s+= \\{${dataset.descriptor.version.replace(/\./g, '\\.')}\\}`));
    expect(await page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${locale === 'en' ? '/en' : ''}/data/feed.xml"]`).count()).toBe(1);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset', identifier: id, version: dataset.descriptor.version, isAccessibleForFree: true });
    expect(googleDatasetProblems(jsonLd, false)).toEqual([]);
    for (const property of ['name', 'description', 'url', 'license', 'creator', 'publisher', 'distribution', 'spatialCoverage']) expect(jsonLd, property).toHaveProperty(property);
    // Each table's CSV and its two CSVs for Excel, then the two workbooks, the JSON and the descriptor.
    expect(jsonLd.distribution.length).toBe(dataset.indicators.length * 3 + 4);
    for (const file of jsonLd.distribution) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    await page.close();
  });
});

describe('the downloads of a dataset page', () => {
  it.each(datasets.map((d) => d.id))('%s: every file has the size and SHA-256 its page states', async (id) => {
    const page = await open(noScript, pathOf(id, 'vi'));
    const links = await downloadLinks(page);
    const dataset = datasets.find((d) => d.id === id)!;
    expect(links).toHaveLength(dataset.indicators.length * 3 + 4);
    for (const link of links) {
      const bytes = await fetchBytes(link.href);
      expect(bytes.byteLength, link.href).toBe(link.bytes);
      expect(sha256(bytes), link.href).toBe(link.sha256);
      expect(link.shown, link.href).toContain(link.sha256);
    }
    await page.close();
  });

  it('serves the CSV byte for byte as committed, and the descriptor too', async () => {
    for (const dataset of datasets) {
      for (const { resource } of dataset.indicators) {
        expect(await fetchBytes(`/downloads/${dataset.id}/${resource.path}`)).toEqual(readFileSync(join(REPO_ROOT, dataset.dir, resource.path)));
      }
      expect(await fetchBytes(`/downloads/${dataset.id}/datapackage.json`)).toEqual(readFileSync(join(REPO_ROOT, dataset.dir, 'datapackage.json')));
    }
  });

  it('serves a CSV for Excel: a BOM, CRLF, the same cells, and Vietnamese kept as UTF-8', async () => {
    for (const dataset of datasets) {
      for (const { resource } of dataset.indicators) {
        const excel = await fetchBytes(`/downloads/${dataset.id}/${resource.path.replace(/\.csv$/, '.excel.csv')}`);
        expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = excel.subarray(3).toString('utf8');
        expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
        expect(text.endsWith('\r\n')).toBe(true);
        const committed = readFileSync(join(REPO_ROOT, dataset.dir, resource.path), 'utf8');
        // No cell of the published data starts with a formula character, so nothing is prefixed.
        expect(Papa.parse(text.trim()).data).toEqual(Papa.parse(committed.trim()).data);
      }
    }
    // The labels of the workbook and the data's own Vietnamese arrive intact through the same UTF-8.
    const json = (await fetchBytes('/downloads/dti/dti.json')).toString('utf8');
    expect(json).toContain('Chỉ số chuyển đổi số cấp tỉnh');
    expect(json).toMatch(/ạ|ễ/);
  });

  it('serves a workbook that opens and holds the same rows as the CSV', async () => {
    const dataset = datasets.find((d) => d.id === 'governance-indices')!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fetchBytes(`/downloads/${dataset.id}/${dataset.id}.vi.xlsx`)) as unknown as ArrayBuffer);
    for (const { resource } of dataset.indicators) {
      const sheet = workbook.getWorksheet(resource.name)!;
      const sheetRows: string[][] = [];
      // Array.from: exceljs leaves an empty cell as a hole in row.values, which map() would skip.
      sheet.eachRow((row) => sheetRows.push(Array.from(row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
      const csv = Papa.parse<string[]>(readFileSync(join(REPO_ROOT, dataset.dir, resource.path), 'utf8').trim()).data;
      // Numbers become numbers in the sheet; every other column (an area code "01" among them) stays text.
      const numeric = csv[0]!.map((name) => ['number', 'integer'].includes(resource.schema.fields.find((f) => f.name === name)?.type ?? ''));
      const expected = csv.map((r, line) => r.map((c, i) => (line > 0 && numeric[i] && c !== '' ? String(Number(c)) : c)));
      expect(sheetRows.map((r) => r.concat(Array(csv[0]!.length - r.length).fill('')))).toEqual(expected);
    }
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Thông tin', 'Nguồn']));
  });

  it('serves typed JSON: numbers as numbers, a missing value as null', async () => {
    const json = JSON.parse((await fetchBytes('/downloads/governance-indices/governance-indices.json')).toString('utf8'));
    const values = json.resources.flatMap((r: { rows: { value: unknown }[] }) => r.rows.map((row) => row.value));
    expect(values.every((v: unknown) => typeof v === 'number' || v === null)).toBe(true);
  });
});

describe('a download from the browser', () => {
  it('saves the CSV for Excel a reader clicks, with the size and checksum the page shows', async () => {
    const page = await open(withScript, '/en/data/dti/');
    const link = page.locator('a[href$="dti-rank.excel.csv"]');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('dti-rank.excel.csv');
    const saved = await downloaded(download);
    expect(saved.byteLength).toBe(Number(await link.getAttribute('data-bytes')));
    expect(sha256(saved)).toBe(await link.getAttribute('data-sha256'));
    expect(saved.subarray(0, 3).toString('hex')).toBe('efbbbf');
    await page.close();
  });
});

describe('the changelog', () => {
  it.each(datasets.map((d) => d.id))('%s: lists the versions git has, with their row counts, and serves each past file as committed (in a shallow clone, says it has no history)', async (id) => {
    const dataset = datasets.find((d) => d.id === id)!;
    const page = await open(noScript, pathOf(id, 'en'));
    const history = historyOf(dataset);
    if (state !== 'complete') {
      expect(await page.locator('[data-history]').innerText()).toMatch(/unavailable/);
      expect(await page.locator('[data-updated-basis]').getAttribute('data-updated-basis')).not.toBe('history');
      return;
    }
    const rows = await page.locator('tr[data-commit]').evaluateAll((trs) =>
      trs.map((tr) => ({
        commit: tr.getAttribute('data-commit'),
        added: Number(tr.querySelector('[data-added]')!.getAttribute('data-added')),
        removed: Number(tr.querySelector('[data-removed]')!.getAttribute('data-removed')),
        changed: Number(tr.querySelector('[data-changed]')!.getAttribute('data-changed')),
      })),
    );
    expect(rows).toEqual(history.versions.map(({ commit, added, removed, changed }) => ({ commit, added, removed, changed })));
    // Each version says in the reader's words what changed, made from the data; the commit message
    // is shown apart, as the publisher's note.
    const words = await page.locator('tr[data-commit] .change-words').allInnerTexts();
    expect(words).toEqual(history.versions.map((v, i) => versionSummary(v, history.versions[i + 1], 'en')));
    const notes = await page.locator('tr[data-commit] .publisher-note').allInnerTexts();
    expect(notes.map((n) => n.replace(/\s+[0-9a-f]{7}$/, ''))).toEqual(history.versions.map((v) => `Publisher’s note: ${v.subject}`));
    const files = await page.locator('a[data-version-file]').evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href')!, path: a.getAttribute('data-version-file')!, commit: a.closest('tr')!.getAttribute('data-commit')! })),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(await fetchBytes(file.href)).toEqual(Buffer.from(nodeGitBlobReader(REPO_ROOT)(file.commit, file.path)!));
    await page.close();
  });
});

describe('the catalogue', () => {
  it.each(['vi', 'en'] as const)('(%s) lists every dataset with its facts, and all of them without JavaScript', async (locale) => {
    const page = await open(noScript, `${locale === 'en' ? '/en' : ''}/data/`);
    expect(await page.locator('form[data-catalogue-filter]').isVisible()).toBe(false);
    const items = page.locator('[data-dataset]');
    expect(await items.count()).toBe(datasets.length);
    for (const dataset of datasets) {
      const item = page.locator(`[data-dataset="${dataset.id}"]`);
      expect(await item.isVisible()).toBe(true);
      expect(await item.locator(`a[href="${pathOf(dataset.id, locale)}"]`).count()).toBe(1);
      expect(await item.locator('dt').count()).toBeGreaterThanOrEqual(6);
    }
    expect(await page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${locale === 'en' ? '/en' : ''}/data/feed.xml"]`).count()).toBe(1);
  });

  it('filters as the reader types and ticks, and says how many datasets remain', async () => {
    const page = await open(withScript, '/data/');
    const visible = () => page.locator('[data-dataset]:visible').count();
    const count = page.locator('[aria-live="polite"]');
    await expect.poll(() => count.innerText(), POLL).toContain(`${datasets.length}/${datasets.length}`);
    await page.fill('#filter-text', 'vneid dinh danh');
    await expect.poll(visible, POLL).toBe(1);
    await expect.poll(() => count.innerText(), POLL).toContain(`1/${datasets.length}`);
    await page.fill('#filter-text', '');
    await page.locator('input[name="provenance"][value="press-report"]').check();
    const press = datasets.filter((d) => d.descriptor.sources.some((s) => s.provenance === 'press-report')).length;
    await expect.poll(visible, POLL).toBe(press);
    expect(new URL(page.url()).search).toBe('?provenance=press-report');
    await page.locator('button[type="reset"]').click();
    await expect.poll(visible, POLL).toBe(datasets.length);
    await page.close();
  });

  it('offers the whole portal as a ZIP holding data/ as committed, a README and a datapackage.json', async () => {
    const page = await open(noScript, '/data/');
    const [zipLink] = await downloadLinks(page);
    expect(zipLink!.href).toMatch(/\/downloads\/[a-z0-9-]+-open-data\.zip$/);
    const zip = await fetchBytes(zipLink!.href);
    expect(sha256(zip)).toBe(zipLink!.sha256);
    const entries = unzipSync(zip);
    expect(new TextDecoder().decode(entries['README.txt'])).toContain(datasets[0]!.descriptor.title);
    const dp = JSON.parse(new TextDecoder().decode(entries['datapackage.json']));
    for (const resource of dp.resources) expect(entries[resource.path], resource.path).toBeDefined();
    for (const dataset of datasets) {
      for (const { resource } of dataset.indicators) {
        const path = `${dataset.dir}/${resource.path}`;
        expect(Buffer.from(entries[path]!), path).toEqual(readFileSync(join(REPO_ROOT, path)));
      }
    }
    // Nothing but what validation read (and git tracks: every such file here is committed).
    expect(Object.keys(entries).filter((name) => name.startsWith('data/')).sort()).toEqual(portal.dataFiles);
  });

  it('links a DCAT-AP catalogue in JSON-LD and an Atom feed that parse', async () => {
    const catalog = JSON.parse((await fetchBytes('/catalog.jsonld')).toString('utf8'));
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['dcat:dataset'].map((d: { 'dct:identifier': string }) => d['dct:identifier']).sort()).toEqual(datasets.map((d) => d.id).sort());
    // DCAT-AP 3's mandatory and recommended properties, each value of the class DCAT-AP gives it,
    // read as a harvester reads it: relative links against the address it was fetched from.
    expect(await dcatApViolations(catalog, site.href('/catalog.jsonld'))).toEqual([]);
    const page = await open(noScript, '/en/data/');
    const feed = (await fetchBytes('/en/data/feed.xml')).toString('utf8');
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.localName, entries: doc.querySelectorAll('entry').length };
    }, feed);
    expect(parsed).toMatchObject({ error: false, root: 'feed' });
    // One entry per commit that changed a dataset: some in a clone with its history, none in a shallow one.
    const commits = new Set(datasets.flatMap((dataset) => historyOf(dataset).versions.map((version) => version.commit)));
    expect(parsed.entries).toBe(commits.size);
    expect(commits.size > 0, `git history ${state}`).toBe(state === 'complete');
  });

  it('serves feeds a feed library reads: absolute ids, and data updates in the feed\'s language, never a commit subject as the title', async () => {
    const subjects = new Set(datasets.flatMap((dataset) => historyOf(dataset).versions.map((version) => version.subject)));
    for (const path of ['/data/feed.xml', '/en/data/feed.xml', '/articles/feed.xml', '/en/articles/feed.xml']) {
      const feed = parseFeed((await fetchBytes(path)).toString('utf8'));
      expect(feed.language).toBe(path.startsWith('/en/') ? 'en' : 'vi');
      expect(feed.items.length > 0 || (path.includes('/data/') && state !== 'complete')).toBe(true);
      for (const item of feed.items) {
        expect(item.id, path).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
        if (path.includes('/data/')) expect(subjects.has(item.title ?? ''), `${path}: ${item.title}`).toBe(false);
      }
    }
  });

  it('is where an indicator page sends its reader for the dataset', async () => {
    const page = await open(noScript, '/indicators/dti-rank/');
    expect(await page.locator('a[href="/data/dti/"]').count()).toBeGreaterThan(0);
  });
});
