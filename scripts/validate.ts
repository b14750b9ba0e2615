// npm run validate [folder]: checks every file under data/ and prints each problem as
// path:line:column: message. Exit 0 when clean, 1 when there are problems. It only reads.
import { resolve } from 'node:path';
import { diskFiles } from '../src/lib/files.ts';
import { validatePortal } from '../src/lib/validate/portal.ts';
import { reportLines, todayInVietnam } from '../src/lib/validate/report.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const result = validatePortal(diskFiles(root), todayInVietnam(new Date()));
const lines = reportLines(result);
(result.problems.length ? console.error : console.log)(lines.join('\n'));
process.exitCode = result.problems.length ? 1 : 0;
