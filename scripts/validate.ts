// npm run validate [folder]: checks every file under the folder's data/ (by default the folder the
// build reads, PORTAL_ROOT or the current one: src/site/root.ts) and prints each problem as
// path:line:column: message, then a summary. On GitHub Actions (GITHUB_ACTIONS=true) it also prints
// each problem as an ::error workflow command, which the pull request shows on the changed line.
// Where the portal keeps docs/sources/, a figure that no quote of its source states is a problem too.
// Exit 0 when clean, 1 when there are problems. It only reads. After a clean run it also names, as
// notices, the articles whose data changed after they were written (from git, when it has history).
import { resolve } from 'node:path';
import { diskFiles } from '../src/site/disk-files.ts';
import { githubAnnotation, onGitHubActions } from '../src/lib/validate/annotations.ts';
import { validatePortal } from '../src/lib/validate/portal.ts';
import { sortProblems } from '../src/lib/validate/problems.ts';
import { quoteProblems } from '../src/site/quote-problems.ts';
import { reportLines } from '../src/lib/validate/report.ts';
import { buildDay } from '../src/site/build-day.ts';
import { overtakenNotices } from '../src/site/overtaken-notices.ts';
import { portalRoot } from '../src/site/root.ts';

const root = resolve(process.argv[2] ?? portalRoot());
const validated = validatePortal(diskFiles(root), buildDay());
// Every figure quoted from its source (docs/sources/, where the portal keeps it), checked once the
// tables are sound: a figure is only read from a valid table.
const unquoted = validated.portal ? quoteProblems(root, validated.portal) : [];
const result = unquoted.length ? { ...validated, problems: sortProblems([...validated.problems, ...unquoted]), portal: null } : validated;
if (onGitHubActions(process.env)) for (const problem of result.problems) console.log(githubAnnotation(problem));
(result.problems.length ? console.error : console.log)(reportLines(result).join('\n'));
// Notices, not problems: articles whose datasets gained or changed figures after the article's date.
if (result.portal) for (const line of overtakenNotices(root, result.portal, result.articles)) console.log(line);
process.exitCode = result.problems.length ? 1 : 0;
