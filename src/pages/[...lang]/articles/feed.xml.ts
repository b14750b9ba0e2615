// The Atom feed of each language's articles, newest first.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articlesFeedResponse } from '../../../site/feeds.ts';
import { localePaths } from '../../../site/routes.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => articlesFeedResponse(props.locale, site);
