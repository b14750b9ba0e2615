// A file of a dataset as it was at one commit, byte for byte as committed, at a permanent address
// (/data/<id>/versions/<commit>/<file>). Listed in the dataset page's changelog.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getFileStore } from '../../../../../site/download-store.ts';

const VERSION = /^\/data\/([^/]+)\/versions\/([0-9a-f]+)\/(.+)$/;

export async function getStaticPaths() {
  const { specs } = await getFileStore();
  return specs.flatMap((spec) => {
    const match = VERSION.exec(spec.url);
    return match === null ? [] : [{ params: { dataset: match[1]!, commit: match[2]!, file: match[3]! }, props: { url: spec.url } }];
  });
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const store = await getFileStore();
  const { url } = props;
  const format = store.get(url)!.format;
  return new Response(new Uint8Array(await store.bytes(url)), { headers: { 'Content-Type': `${format}; charset=utf-8` } });
};
