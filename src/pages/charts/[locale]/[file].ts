// Every indicator's chart as a standalone SVG and PNG, in each language, drawn at build time. The
// bytes come from the build's file store, the same the indicator pages take their sizes and
// checksums from.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { serveFile, storePaths } from '../../../site/download-store.ts';

export const getStaticPaths = () => storePaths(/^\/charts\/([^/]+)\/([^/]+)$/, ['locale', 'file']);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => serveFile(props.url);
