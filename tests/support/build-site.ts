/**
 * Builds the site from a portal folder other than the repository's (a test's own data), into a
 * folder of the test's choosing, with the repository's code. The content cache goes with the
 * portal folder, so this build and the repository's own never read each other's data.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './real-portal.ts';

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

/** `env`: more environment variables for the build, e.g. { PORTAL_SITE_URL: 'http://127.0.0.1/open-data/' }. */
export function buildSite(portalRoot: string, outDir: string, env: Record<string, string> = {}): SiteBuild {
  const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: buildEnv({ PORTAL_ROOT: portalRoot, ASTRO_TELEMETRY_DISABLED: '1', ...env }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}
