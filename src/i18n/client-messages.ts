/**
 * The keys the browser's chart explorer renders (charts, their summaries, its controls): the only
 * strings sent to the browser (see site/integrations/client-messages.ts).
 */
export const CLIENT_MESSAGE_PREFIXES = ['chart.', 'summary.', 'ranking.', 'period.', 'qualifier.', 'rank.', 'parts.', 'explore.', 'indicator.latestSeveral'] as const;
