// Every current download, at a stable address that always gives the latest: the CSV as committed,
// the CSV for Excel, the workbooks, the JSON, the descriptor, and the ZIP of the whole portal. The
// bytes come from the build's file store, the same the pages take their sizes and checksums from.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { serveFile, storePaths } from '../../site/download-store.ts';

export const getStaticPaths = () => storePaths(/^\/downloads\/(.+)$/, ['file']);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => serveFile(props.url);
