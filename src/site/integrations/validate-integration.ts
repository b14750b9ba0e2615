/**
 * Runs the validator before Astro builds anything, so invalid data never yields a site, and prints
 * the same `path:line:column: message` report as `npm run validate`; the pages are then built from
 * that same validation. In `astro dev` it validates again on every change to data/ and shows the
 * problems in the terminal and in place of the pages.
 */
import type { AstroIntegration } from 'astro';
import { loadPortalForBuild } from '../content-loader.ts';
import { watchDataInDev } from '../dev-data-check.ts';
import { buildDay } from '../build-day.ts';
import { portalRoot } from '../root.ts';

export function validateIntegration(): AstroIntegration {
  return {
    name: 'portal-validate-data',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        loadPortalForBuild(portalRoot(), buildDay());
        logger.info('data/ is valid');
      },
      'astro:server:setup': ({ server, logger }) => {
        watchDataInDev(portalRoot(), server, logger);
      },
    },
  };
}
