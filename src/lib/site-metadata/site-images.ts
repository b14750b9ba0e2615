/**
 * The site's own images, drawn from data/site.json: the favicon in the accent colour, so that no
 * province's colour is kept in the code.
 */

/** Three rising bars, white on a rounded square of the accent colour. */
export function faviconSvg(colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${colour}"/><path fill="#fff" d="M7 24h4v-8H7zm7 0h4V8h-4zm7 0h4V13h-4z"/></svg>\n`;
}

/** Where the logo named in site.json is served, below the site's base. */
export const LOGO_PATH = '/logo.svg';
