/**
 * A copy of the repository's data/ in a temporary folder, for commands that write: they get the
 * copy as their root and can never touch the repository's own data/.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './real-portal.ts';

export function realPortalCopy(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'portal-copy-'));
  cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file under a folder with its bytes, to show that nothing was written. */
export function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name)).toString('base64');
  }
  return out;
}
