/** The repository's folder, for tests and for the test-site builds that run outside Vitest. */
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
