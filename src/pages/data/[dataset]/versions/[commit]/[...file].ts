// A file of a dataset as it was at one commit, byte for byte as committed, at a permanent address
// (/data/<id>/versions/<commit>/<file>). Listed in the dataset page's changelog.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { serveFile, storePaths } from '../../../../../site/download-store.ts';

export const getStaticPaths = () => storePaths(/^\/data\/([^/]+)\/versions\/([0-9a-f]+)\/(.+)$/, ['dataset', 'commit', 'file']);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => serveFile(props.url);
