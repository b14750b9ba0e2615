// A tiny static file server for the browser tests: serves a folder (the built dist/) on 127.0.0.1
// and a free port. A directory serves its index.html (without its trailing slash it redirects to
// it, as static hosts do); a missing file serves the site's 404.html with status 404. Given a
// prefix ("/open-data/"), it serves the folder under that path only, as a host serves a site
// published below a base path, and answers 404 outside it.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StaticServer {
  /** Origin of the server, without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.wasm': 'application/wasm',
  // Pagefind's index files
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** Serves `folder` on 127.0.0.1 and a free port, at `prefix` ("/" or e.g. "/open-data/"). */
export async function serveStatic(folder: string, prefix = '/'): Promise<StaticServer> {
  const root = resolve(folder);
  const mount = prefix.endsWith('/') ? prefix : `${prefix}/`;

  const server = createServer(async (request, response) => {
    const send = (status: number, headers: Record<string, string>, body?: Buffer | string) => {
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
        return;
      }
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        send(400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad request\n');
        return;
      }
      if (!`${pathname}/`.startsWith(mount)) {
        send(404, { 'content-type': 'text/plain; charset=utf-8' }, `Not found: outside ${mount}\n`);
        return;
      }
      let file = resolve(join(root, pathname.slice(mount.length - 1)));
      if (file !== root && !file.startsWith(root + sep)) {
        send(403, { 'content-type': 'text/plain; charset=utf-8' }, 'Forbidden\n');
        return;
      }
      if (await isDirectory(file)) {
        if (!url.pathname.endsWith('/')) {
          send(301, { location: `${url.pathname}/${url.search}` });
          return;
        }
        file = join(file, 'index.html');
      } else if (!(await isFile(file)) && !extname(file) && (await isFile(`${file}.html`))) {
        // build.format 'file' writes /goals.html for /goals
        file = `${file}.html`;
      }
      if (await isFile(file)) {
        send(200, { 'content-type': contentType(file), 'cache-control': 'no-store' }, await readFile(file));
        return;
      }
      const notFound = join(root, '404.html');
      if (await isFile(notFound)) {
        send(404, { 'content-type': 'text/html; charset=utf-8' }, await readFile(notFound));
      } else {
        send(404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n');
      }
    } catch (error) {
      send(500, { 'content-type': 'text/plain; charset=utf-8' }, `Internal error: ${String(error)}\n`);
    }
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.closeAllConnections();
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
      }),
  };
}

/** The repository's dist/ folder. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Serves the built site; fails with a clear message when it has not been built. */
export async function serveDist(): Promise<StaticServer> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${join(distDir, 'index.html')} is missing: run npm run build first`);
  }
  return serveStatic(distDir);
}
