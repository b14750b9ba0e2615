/**
 * `astro dev` with data/ being edited: every change under data/ is validated again; while there are
 * problems the terminal lists them as `path:line:column: message` and every page of the site is
 * replaced by a page listing them, instead of a crash or a stale page. The browser reloads by itself
 * when a file changes, so fixing the last problem brings the page back with the new figures (the
 * content loader refreshes the collections, see content-loader.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { diskFiles } from './disk-files.ts';
import type { Problem } from '../lib/validate/problems.ts';
import { formatProblem } from '../lib/validate/problems.ts';
import { DATA_DIR, validatePortal, type ValidationResult } from '../lib/validate/portal.ts';
import { reportLines } from '../lib/validate/report.ts';
import { escapeXml } from '../lib/text/escape.ts';
import { buildDay } from './build-day.ts';

/** The parts of Vite's dev server used here, so that tests can pass a stand-in. */
export interface DevServer {
  config: { base: string };
  watcher: { add(path: string): unknown; on(event: 'all', listener: (event: string, path: string) => void): unknown };
  middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): unknown };
  ws: { send(payload: { type: 'full-reload'; path: string }): void };
}

export interface DevLogger {
  info(message: string): void;
  error(message: string): void;
}

/** Editors write a file in several steps; one check after the last of them is enough. */
const SETTLE_MS = 150;

/**
 * The page shown instead of the site while data/ has problems. It loads Vite's client, so that the
 * browser reloads when a file changes.
 */
export function problemsPage(problems: readonly Problem[], base = '/'): string {
  const items = problems.map((p) => `<li><code>${escapeXml(formatProblem(p))}</code></li>`).join('\n');
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>data/ has ${count}</title>
<script type="module" src="${escapeXml(base.endsWith('/') ? base : `${base}/`)}@vite/client"></script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}li{margin:.5rem 0}code{white-space:pre-wrap;word-break:break-word}</style>
</head>
<body>
<h1>data/ has ${count}</h1>
<p>The site is not shown from invalid data. Fix each problem below (file:line:column: what is wrong and how to fix it) and save: this page reloads by itself. <code>npm run validate</code> prints the same list.</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}

/** True for a request of a page of the site, not of Vite's own modules or a script, style or image. */
export function isPageRequest(url: string | undefined): boolean {
  const path = (url ?? '/').split(/[?#]/)[0]!;
  if (/\/(@vite|@id|@fs|@react-refresh|node_modules|__)/.test(path) || path.includes('/_astro/')) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === '' || !last.includes('.') || last.endsWith('.html');
}

/** Validates data/ under `root` now and after every change, and serves the problems page meanwhile. */
export function watchDataInDev(root: string, server: DevServer, logger: DevLogger, now: () => Date = () => new Date()): { current(): ValidationResult } {
  const dataDir = join(root, DATA_DIR);
  const check = () => validatePortal(diskFiles(root), buildDay(process.env, now()));
  let result = check();
  const report = (previous: ValidationResult | null) => {
    if (result.problems.length) logger.error(`data/ has problems; pages show them until they are fixed.\n${reportLines(result).join('\n')}`);
    else if (previous?.problems.length) logger.info('data/ is valid again');
  };
  report(null);

  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.add(dataDir);
  server.watcher.on('all', (_event, path) => {
    const rel = relative(dataDir, path);
    if (rel.startsWith('..') || rel.split(sep)[0] === '..') return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const previous = result;
      result = check();
      report(previous);
      // The problems page has no module Vite would reload on its own; a valid site is reloaded by the
      // content layer once the collections are refreshed, which this also covers.
      if (result.problems.length || previous.problems.length) server.ws.send({ type: 'full-reload', path: '*' });
    }, SETTLE_MS);
  });

  server.middlewares.use((req, res, next) => {
    if (result.problems.length === 0 || req.method !== 'GET' || !isPageRequest(req.url)) return next();
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(problemsPage(result.problems, server.config.base));
  });
  return { current: () => result };
}
