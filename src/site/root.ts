/** The folder whose data/ the site is built from: the repository, unless PORTAL_ROOT names another. */
export const portalRoot = (env: NodeJS.ProcessEnv = process.env): string => env.PORTAL_ROOT ?? process.cwd();
