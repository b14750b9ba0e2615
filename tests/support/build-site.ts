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

export function buildSite(portalRoot: string, outDir: string): SiteBuild {
  const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_ROOT: portalRoot, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}
