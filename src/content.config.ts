// Wiring only: every collection is filled from data/ by the portal loader, which validates first.
import { defineCollection } from 'astro:content';
import { portalRoot } from './lib/astro-integration.ts';
import { portalCollections } from './lib/content-loader.ts';

const loaders = portalCollections(portalRoot());

export const collections = {
  site: defineCollection({ loader: loaders.site }),
  pillars: defineCollection({ loader: loaders.pillars }),
  targets: defineCollection({ loader: loaders.targets }),
  areas: defineCollection({ loader: loaders.areas }),
  units: defineCollection({ loader: loaders.units }),
  datasets: defineCollection({ loader: loaders.datasets }),
};
