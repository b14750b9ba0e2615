// A quiet build (docs/build-output.md): the warnings no one can act on are silenced, one by one,
// and nothing else is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../astro.config.mjs';

type Warning = { code?: string; message: string };
const onwarn = (config.vite?.build as { rolldownOptions?: { onwarn?: (w: Warning, warn: (w: Warning) => void) => void } } | undefined)?.rolldownOptions?.onwarn;

describe('the build', () => {
  it('drops only the bundler’s note about Astro’s own "use astro:head-inject" directive', () => {
    expect(onwarn).toBeTypeOf('function');
    const shown: Warning[] = [];
    const directive = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "data/articles/vi/x.mdx" may not be preserved when bundling.' };
    const other = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved.' };
    const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' };
    for (const warning of [directive, other, circular]) onwarn!(warning, (w) => shown.push(w));
    expect(shown).toEqual([other, circular]);
  });

  it('highlights no code in Markdown, which would need inline styles the security policy refuses', () => {
    expect(config.markdown?.syntaxHighlight).toBe(false);
  });

  it('says which install scripts npm may run: none of esbuild’s, which would fetch a binary npm already installed', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { allowScripts?: Record<string, boolean> };
    expect(pkg.allowScripts).toEqual({ esbuild: false });
  });
});
