// The portal's DCAT-AP 3 catalogue in JSON-LD: every dataset with its files, sizes and checksums.
import type { APIRoute } from 'astro';
import { CATALOG_DOWNLOAD } from '../lib/downloads/urls.ts';
import { serveFile } from '../site/download-store.ts';

export const GET: APIRoute = () => serveFile(CATALOG_DOWNLOAD);
