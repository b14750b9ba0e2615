/**
 * The sites the browser tests build besides dist/, each built once per test run with the
 * repository's code and shared by every test that asks for it:
 * - `base-path`: the repository's data/ published at http://127.0.0.1/open-data/ (base-path.test.ts);
 * - `other-province`: tests/fixtures/other-province/data, a fictional province (other-province.test.ts);
 * - `hostile`: data/ plus a dataset whose texts hold HTML and script (security.test.ts);
 * - `fuzzed`: data/ with one file spoilt by the fuzz test that still validates (fuzzed-build.test.ts).
 *
 * They live in one folder per run: `<name>/` holds the site's portal, a copy of the repository's
 * code to build it with (see projectCopy) and the build in `dist/`; `<name>.json` says how the
 * build went once it is over, and `<name>.lock` exists while it runs.
 * `npm test` builds them all side by side while it typechecks and builds dist/ (scripts/test.sh
 * runs this file: `node tests/support/extra-sites.ts <folder>`) and hands the folder to Vitest
 * in PORTAL_TEST_SITES; a browser test run alone builds only the site it asks for.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, projectCopy } from './build-site.ts';
import { writeHostilePortal } from './hostile-portal.ts';
import { writeFuzzedPortal } from './fuzzed-portal.ts';
import { FUZZ_TODAY } from './mutations.ts';
import { REPO_ROOT } from './repo-root.ts';

/** The address the base-path site is built for: served under its path only. */
export const BASE_PATH_SITE_URL = 'http://127.0.0.1/open-data/';
export const OTHER_PROVINCE_DATA = fileURLToPath(new URL('../fixtures/other-province/data/', import.meta.url));

interface Recipe {
  /** Writes the site's portal into `root`, or names another folder to build from. */
  portal(root: string): string;
  env?: Record<string, string>;
}

const RECIPES = {
  // The repository's own data/ and its git history, only the address differs.
  'base-path': { portal: () => REPO_ROOT, env: { PORTAL_SITE_URL: BASE_PATH_SITE_URL } },
  'other-province': {
    portal: (root) => {
      cpSync(OTHER_PROVINCE_DATA, join(root, 'data'), { recursive: true });
      return root;
    },
  },
  hostile: {
    portal: (root) => {
      writeHostilePortal(root);
      return root;
    },
  },
  // data/ with one file spoilt by the fuzz test's mutations that still validates: it must build.
  fuzzed: {
    portal: (root) => {
      writeFuzzedPortal(root);
      return root;
    },
    env: { PORTAL_BUILD_DAY: FUZZ_TODAY },
  },
} satisfies Record<string, Recipe>;

export type ExtraSiteName = keyof typeof RECIPES;
export const EXTRA_SITES = Object.keys(RECIPES) as ExtraSiteName[];

export interface ExtraSite {
  name: ExtraSiteName;
  /** The built site. */
  dir: string;
  ok: boolean;
  /** What the build printed, for a failure message. */
  output: string;
  seconds: number;
}

/** Longer than any build has taken, even with three side by side on a busy machine. */
const BUILD_TIMEOUT_MS = 280_000;

const paths = (folder: string, name: ExtraSiteName) => ({
  root: join(folder, name),
  dir: join(folder, name, 'dist'),
  result: join(folder, `${name}.json`),
  lock: join(folder, `${name}.lock`),
});

function readResult(folder: string, name: ExtraSiteName): ExtraSite | undefined {
  const { result, dir } = paths(folder, name);
  if (!existsSync(result)) return undefined;
  const { ok, output, seconds } = JSON.parse(readFileSync(result, 'utf8')) as Pick<ExtraSite, 'ok' | 'output' | 'seconds'>;
  return { name, dir, ok, output, seconds };
}

/**
 * The site `name` built in `folder`: built now if no one has built it or is building it, else
 * the build that is over or the one in progress, once it ends. A failed build is returned, not
 * thrown: the test that needs the site reports it with the build's output.
 */
export async function extraSite(folder: string, name: ExtraSiteName): Promise<ExtraSite> {
  const done = readResult(folder, name);
  if (done) return done;
  const { root, dir, result, lock } = paths(folder, name);
  mkdirSync(folder, { recursive: true });
  try {
    // mkdir either creates the lock or fails: one builder per site, whoever asks first.
    mkdirSync(lock);
  } catch {
    return waitForBuild(folder, name);
  }
  const started = performance.now();
  let build = { ok: false, output: '' };
  try {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const recipe: Recipe = RECIPES[name];
    build = await buildSite(projectCopy(join(root, 'project')), recipe.portal(root), dir, recipe.env);
  } catch (error) {
    build.output += String(error instanceof Error ? error.stack : error);
  } finally {
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    writeFileSync(result, JSON.stringify({ ok: build.ok, output: build.output, seconds }));
    rmSync(lock, { recursive: true, force: true });
  }
  return readResult(folder, name)!;
}

async function waitForBuild(folder: string, name: ExtraSiteName): Promise<ExtraSite> {
  const end = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    const done = readResult(folder, name);
    if (done) return done;
    if (Date.now() > end) throw new Error(`the ${name} site in ${folder} was still being built after ${BUILD_TIMEOUT_MS / 1000} s`);
    await new Promise((wake) => setTimeout(wake, 200));
  }
}

// `node tests/support/extra-sites.ts <folder>`: builds every site side by side, says how each went.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node tests/support/extra-sites.ts <folder>');
    process.exit(2);
  }
  const sites = await Promise.all(EXTRA_SITES.map((name) => extraSite(resolve(folder), name)));
  for (const site of sites) console.error(`test site ${site.name}: ${site.ok ? 'built' : 'FAILED'} in ${site.seconds} s`);
}
