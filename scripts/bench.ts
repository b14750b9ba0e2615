// npm run bench [-- --sizes 10,100,1000] [--per-commit 10]: times validate, build and search
// indexing over N synthetic datasets (src/lib/bench/) beside the real data, in a temporary folder,
// and an Astro build of as many minimal pages, in the same run. Each phase runs in a child process
// so that its peak memory is its own. Nothing is written under data/ or dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchTable, benchVerdict, minimalAstroProject, numberOption, parseSizes, type BenchRow } from '../src/lib/bench/bench-report.ts';
import { profileParts, profileTable, type CpuProfile } from '../src/lib/bench/profile-parts.ts';
import { syntheticDatasets } from '../src/lib/bench/synthetic-portal.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SCRIPT = fileURLToPath(import.meta.url);

/** What a phase reports back: its own seconds, split where it can, and its peak memory. */
interface PhaseResult {
  seconds: number;
  indexSeconds?: number;
  maxRssKb: number;
}

function writeFiles(root: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Git with the machine's configuration ignored and a fixed identity, as the tests' fixtures do. */
function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Bench',
      GIT_AUTHOR_EMAIL: 'bench@example.org',
      GIT_COMMITTER_NAME: 'Bench',
      GIT_COMMITTER_EMAIL: 'bench@example.org',
      GIT_AUTHOR_DATE: '2026-01-01T09:00:00+07:00',
      GIT_COMMITTER_DATE: '2026-01-01T09:00:00+07:00',
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}`);
}

/**
 * A portal in `root`: the real data/ (the articles and targets name its datasets), then the
 * synthetic datasets added `perCommit` at a time, one commit each, as a portal grows, so that the
 * build reads a history as long as the portal is large. Returns the number of commits.
 */
function makePortal(root: string, datasets: number, perCommit: number): number {
  cpSync(join(REPO, 'data'), join(root, 'data'), { recursive: true });
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'The real data');
  let commits = 1;
  const files = [...syntheticDatasets(datasets)];
  const perDataset = files.length / datasets;
  for (let first = 0; first < datasets; first += perCommit) {
    writeFiles(root, new Map(files.slice(first * perDataset, Math.min(datasets, first + perCommit) * perDataset)));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', `Publish synthetic datasets ${first + 1} to ${Math.min(datasets, first + perCommit)}`);
    commits++;
  }
  // Packed, as a fresh clone is: git reads loose objects several times slower.
  git(root, 'repack', '-adq');
  return commits;
}

const TIME = '/usr/bin/time';

/**
 * Runs one phase in a child Node process and returns what it measured. Under GNU time when the
 * machine has it, so that the peak memory covers the processes the phase starts (git, Pagefind's
 * own binary) as well; otherwise the child's own peak.
 */
function runPhase(phase: string, args: string[], env: Record<string, string> = {}, nodeFlags: string[] = []): PhaseResult {
  const resultFile = join(tmpdir(), `portal-bench-${process.pid}-${phase}.json`);
  const timeFile = `${resultFile}.time`;
  const node = [process.execPath, ...nodeFlags, SCRIPT, '--phase', phase, resultFile, ...args];
  const command = existsSync(TIME) ? [TIME, '-f', '%M', '-o', timeFile, ...node] : node;
  const run = spawnSync(command[0]!, command.slice(1), { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(`the ${phase} phase failed (exit ${run.status}); run it alone to see why`);
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as PhaseResult;
  if (existsSync(timeFile)) result.maxRssKb = Math.max(result.maxRssKb, Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)));
  rmSync(resultFile, { force: true });
  rmSync(timeFile, { force: true });
  return result;
}

function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** The phases, each run in its own child process by the parent below. */
async function phase(name: string, resultFile: string, args: string[]): Promise<void> {
  const start = performance.now();
  const result: PhaseResult = { seconds: 0, maxRssKb: 0 };
  if (name === 'validate') {
    const { diskFiles } = await import('../src/site/disk-files.ts');
    const { validatePortal } = await import('../src/lib/validate/portal.ts');
    const { buildDay } = await import('../src/site/build-day.ts');
    const outcome = validatePortal(diskFiles(args[0]!), buildDay());
    if (outcome.problems.length > 0) throw new Error(`the synthetic portal has ${outcome.problems.length} problems, e.g. ${outcome.problems[0]!.message}`);
  } else if (name === 'build' || name === 'baseline') {
    const [root, outDir, cacheDir] = args as [string, string, string];
    const { build } = await import('astro');
    // The search index is the last step of the build (astro:build:done); these two moments,
    // seen by an integration that runs after the portal's own, split it out of the build's time.
    let generated = 0;
    let done = 0;
    const timer = {
      name: 'bench-timer',
      hooks: {
        'astro:build:generated': () => void (generated = performance.now()),
        'astro:build:done': () => void (done = performance.now()),
      },
    };
    await build({
      root,
      outDir,
      cacheDir,
      logLevel: 'error',
      integrations: [timer],
      ...(name === 'baseline' ? { configFile: false, build: { format: 'directory' } } : {}),
    });
    if (name === 'build') result.indexSeconds = (done - generated) / 1000;
  } else {
    throw new Error(`unknown phase "${name}"`);
  }
  result.seconds = (performance.now() - start) / 1000;
  result.maxRssKb = process.resourceUsage().maxRSS;
  writeFileSync(resultFile, JSON.stringify(result));
}

/** The newest CPU profile in `dir` (the build's, just written), summed by part of the build. */
function printProfile(dir: string, datasets: number): void {
  const newest = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (newest === undefined) return;
  const parts = profileParts(JSON.parse(readFileSync(newest, 'utf8')) as CpuProfile);
  console.log(`\nThe build's main thread at ${datasets} datasets, from its CPU profile (${newest}):\n\n${profileTable(parts)}\n`);
}

function measure(datasets: number, perCommit: number, profileDir: string | undefined): BenchRow {
  const root = mkdtempSync(join(tmpdir(), `portal-bench-${datasets}-`));
  try {
    const commits = makePortal(root, datasets, perCommit);
    const validated = runPhase('validate', [root]);
    const built = runPhase('build', [REPO, join(root, 'dist'), join(root, 'astro-cache')], { PORTAL_ROOT: root }, profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    const pages = htmlPages(join(root, 'dist'));
    if (profileDir !== undefined) printProfile(profileDir, datasets);

    const baseline = join(root, 'baseline');
    writeFiles(baseline, minimalAstroProject(pages));
    // The baseline has no content collections, so sharing the repository's packages shares no cache.
    symlinkSync(join(REPO, 'node_modules'), join(baseline, 'node_modules'), 'dir');
    const minimal = runPhase('baseline', [baseline, join(baseline, 'dist'), join(baseline, 'astro-cache')]);

    const indexSeconds = built.indexSeconds ?? 0;
    return {
      datasets,
      commits,
      pages,
      validateSeconds: validated.seconds,
      buildSeconds: built.seconds - indexSeconds,
      indexSeconds,
      peakMegabytes: Math.max(validated.maxRssKb, built.maxRssKb) / 1024,
      baselineSeconds: minimal.seconds,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--phase') {
  await phase(argv[1]!, argv[2]!, argv.slice(3));
} else {
  const sizes = parseSizes(argv);
  const perCommit = numberOption(argv, '--per-commit', 10);
  // --profile <dir>: a CPU profile of each build, and its time by part of the build (lib/bench/profile-parts.ts).
  const profileAt = argv.indexOf('--profile');
  const profileDir = profileAt === -1 ? undefined : argv[profileAt + 1];
  console.log(`bench: ${sizes.join(', ')} synthetic datasets beside the real ones, ${perCommit} per commit; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`);
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    rows.push(measure(size, perCommit, profileDir));
    console.log(benchTable(rows.slice(-1)).split('\n').at(-1));
  }
  console.log(`\n${benchTable(rows)}`);
  console.log(`\n${benchVerdict(rows)}`);
  console.log(`\nvalidate, build and index in seconds, wall clock; ms/page = all three over the HTML pages; peak = largest RSS of any phase's processes; ratio = portal build / minimal Astro build of as many pages. ${pathToFileURL(REPO).href}`);
}
