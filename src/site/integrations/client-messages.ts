/**
 * The UI strings the browser's chart explorer needs, and no others. Pages are rendered at build
 * time with every string; the one script that renders text in the browser (scripts/explore/) draws
 * charts, their summaries and its own controls, whose keys start with CLIENT_MESSAGE_PREFIXES. In
 * the client build this plugin serves src/i18n/vi.ts and en.ts as those entries only, which takes
 * the dictionaries from 27 kB to a few kB of the explorer's gzipped bundle. A test checks that every
 * key the explorer's modules use has one of these prefixes (tests/explore/client-messages.test.ts).
 */
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { CLIENT_MESSAGE_PREFIXES } from '../../i18n/client-messages.ts';

const DICTIONARY = /[\\/]src[\\/]i18n[\\/](vi|en)\.ts$/;

export function clientMessagesPlugin(): Plugin {
  return {
    name: 'portal-client-messages',
    enforce: 'pre',
    async load(id, options) {
      const clean = id.split('?')[0]!;
      if (!DICTIONARY.test(clean)) return null;
      // The server build (pages, downloads) keeps every string.
      const consumer = (this as { environment?: { config?: { consumer?: string } } }).environment?.config?.consumer;
      const isClient = consumer === undefined ? options?.ssr !== true : consumer === 'client';
      if (!isClient) return null;
      const { default: messages } = (await import(pathToFileURL(clean).href)) as { default: Record<string, unknown> };
      const kept = Object.fromEntries(Object.entries(messages).filter(([key]) => CLIENT_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix))));
      return `export default ${JSON.stringify(kept)};`;
    },
  };
}
