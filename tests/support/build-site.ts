/**
 * Builds the site from a portal folder other than the repository's (a test's own data), into a
 * folder of the test's choosing, with the repository's code. The content cache goes with the
 * portal folder, so this build and the repository's own never read each other's data.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root.ts';

/** What Astro reads as the project besides its packages: the code, its public files, its configuration. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copies the repository's code into `folder`, its node_modules linked, as a project of its own.
 * Astro writes into its project's .astro/ what it reads back later in the build (the map of the
 * articles of the portal it builds, the prerendered chunks): two builds of different portals in
 * one project at the same time read each other's (measured: "UnknownContentCollectionError" and
 * "Cannot find module .astro/.prerender/chunks/…"). In a copy each build has its own .astro/, so
 * builds run side by side, and beside the repository's own typecheck, build and dev server.
 */
export function projectCopy(folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const file of PROJECT_FILES.filter((name) => existsSync(join(REPO_ROOT, name)))) {
    cpSync(join(REPO_ROOT, file), join(folder, file), { recursive: true });
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}

export interface SiteBuild {
  ok: boolean;
  /** What the build printed, for a failure message. */
  output: string;
}

/**
 * What Vitest puts in process.env (import.meta.env's BASE_URL, MODE, DEV, PROD, SSR, and NODE_ENV
 * "test", VITEST…) is not passed on: a build reading BASE_URL "/" from there ignored its base path.
 */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return { ...env, ...extra };
}

/**
 * Builds `portalRoot`'s data/ with the code of `project` (the repository, or a projectCopy()).
 * `env`: more environment variables for the build, e.g. { PORTAL_SITE_URL: 'http://127.0.0.1/open-data/' }.
 * Asynchronous, so that several builds run side by side.
 */
export function buildSite(project: string, portalRoot: string, outDir: string, env: Record<string, string> = {}): Promise<SiteBuild> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(join(project, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: project,
      env: buildEnv({ PORTAL_ROOT: portalRoot, ASTRO_TELEMETRY_DISABLED: '1', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => resolve({ ok: false, output: `${output}${String(error)}` }));
    child.once('close', (code) => resolve({ ok: code === 0, output }));
  });
}
