/**
 * Runs the validator before Astro builds anything, so invalid data never yields a site, and prints
 * the same `path:line:column: message` report as `npm run validate`. In `astro dev` it validates
 * again on every change to data/ and shows the problems in the terminal and in place of the pages.
 */
import type { AstroIntegration } from 'astro';
import { loadPortal } from '../content-loader.ts';
import { watchDataInDev } from '../dev-data-check.ts';
import { todayInVietnam } from '../../lib/validate/report.ts';

/** The folder whose data/ the site is built from: the repository, unless PORTAL_ROOT names another. */
export const portalRoot = (): string => process.env.PORTAL_ROOT ?? process.cwd();

export function validateIntegration(): AstroIntegration {
  return {
    name: 'portal-validate-data',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        loadPortal(portalRoot(), todayInVietnam(new Date()));
        logger.info('data/ is valid');
      },
      'astro:server:setup': ({ server, logger }) => {
        watchDataInDev(portalRoot(), server, logger);
      },
    },
  };
}
