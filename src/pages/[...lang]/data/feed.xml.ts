// The Atom feed of data updates, in each language: one entry per commit that changed a dataset.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { dataFeedResponse } from '../../../site/feeds.ts';
import { localePaths } from '../../../site/routes.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => dataFeedResponse(props.locale);
