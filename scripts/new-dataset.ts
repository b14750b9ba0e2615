// npm run new-dataset [-- --id … --title … --yes --root <folder>]: scaffolds data/datasets/<id>/
// (see src/lib/scaffold/command.ts). Asks for what the flags do not give when run in a terminal.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { diskFiles } from '../src/site/disk-files.ts';
import { newDatasetCommand, usage } from '../src/lib/scaffold/command.ts';
import { readPortalFacts } from '../src/lib/scaffold/portal-facts.ts';
import { QUESTIONS } from '../src/lib/scaffold/questions.ts';
import { buildDay } from '../src/site/build-day.ts';

const options = {
  ...Object.fromEntries(QUESTIONS.map((q) => [q.key, { type: 'string' as const }])),
  yes: { type: 'boolean' as const },
  root: { type: 'string' as const },
  help: { type: 'boolean' as const },
};

const portalRoot = (rootFlag: string | undefined) => resolve(rootFlag ?? process.env.PORTAL_ROOT ?? process.cwd());
// The help lists the pillars and units of the portal it would add to.
const help = (root: string) => usage(readPortalFacts(diskFiles(root)));

let parsed;
try {
  parsed = parseArgs({ options, strict: true, allowPositionals: false });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${help(portalRoot(undefined))}`);
  process.exit(2);
}
const { yes, root: rootFlag, help: wantsHelp, ...flags } = parsed.values as Record<string, string | boolean | undefined>;
const root = portalRoot(rootFlag as string | undefined);
if (wantsHelp) {
  console.log(help(root));
  process.exit(0);
}

const terminal = process.stdin.isTTY && !yes ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const now = new Date();
try {
  process.exitCode = await newDatasetCommand(flags as Record<string, string>, {
    files: diskFiles(root),
    createFolder(path, files) {
      // Without `recursive`, mkdir fails when the folder exists; "wx" fails when a file does.
      mkdirSync(join(root, ...path.split('/')));
      for (const file of files) writeFileSync(join(root, ...file.path.split('/')), file.text, { flag: 'wx' });
    },
    ask: terminal ? (question) => terminal.question(question) : undefined,
    print: (text) => console.log(text),
    printError: (text) => console.error(text),
    now,
    today: buildDay(process.env, now),
  });
} catch (error) {
  // Ctrl+C or Ctrl+D at a question: stop quietly; nothing has been written before the last answer.
  if (!(error instanceof Error && error.name === 'AbortError')) throw error;
  console.error('\nStopped. Nothing was written.');
  process.exitCode = 130;
} finally {
  terminal?.close();
}
