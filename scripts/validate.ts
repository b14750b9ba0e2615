// npm run validate [folder]: checks every file under data/ and prints each problem as
// path:line:column: message, then a summary. On GitHub Actions (GITHUB_ACTIONS=true) it also prints
// each problem as an ::error workflow command, which the pull request shows on the changed line.
// Exit 0 when clean, 1 when there are problems. It only reads.
import { resolve } from 'node:path';
import { diskFiles } from '../src/site/disk-files.ts';
import { githubAnnotation, onGitHubActions } from '../src/lib/validate/annotations.ts';
import { validatePortal } from '../src/lib/validate/portal.ts';
import { reportLines } from '../src/lib/validate/report.ts';
import { buildDay } from '../src/site/build-day.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const result = validatePortal(diskFiles(root), buildDay());
if (onGitHubActions(process.env)) for (const problem of result.problems) console.log(githubAnnotation(problem));
(result.problems.length ? console.error : console.log)(reportLines(result).join('\n'));
process.exitCode = result.problems.length ? 1 : 0;
