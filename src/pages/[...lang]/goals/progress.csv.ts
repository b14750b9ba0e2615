// The progress summary as CSV, in each language: the same rows as the table on /goals/progress/.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { progressCsvResponse } from '../../../site/goals.ts';
import { localePaths } from '../../../site/routes.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => progressCsvResponse(props.locale, site);
