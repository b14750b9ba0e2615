/** How to cite a dataset's current version, in a language: on its page and in the ZIP's README. */
import { pick, type Locale } from '../i18n/translate.ts';
import { bibtexDataset, citeDataset, type DatasetCitation } from '../lib/downloads/citation.ts';
import type { Dataset } from '../lib/contract/portal-types.ts';
import { datasetPageUrl } from './addresses.ts';
import { thisBuild } from './build-context.ts';
import { getHistories } from './dataset-histories.ts';
import { getSiteData } from './portal-data.ts';

/** The citation of the dataset's current version, dated by its last change (or the build's day). */
export async function datasetCitation(dataset: Dataset, locale: Locale): Promise<DatasetCitation> {
  const [{ site }, histories, build] = await Promise.all([getSiteData(), getHistories(), thisBuild()]);
  const d = dataset.descriptor;
  return {
    portalName: pick(locale, site.name, site.name_en),
    datasetTitle: pick(locale, d.title, d.title_en),
    version: d.version,
    date: histories.lastUpdated(dataset)?.date ?? build.day,
    url: datasetPageUrl(locale, dataset.id),
    publisher: d.contributors.find((c) => c.roles.includes('publisher'))?.title ?? pick(locale, site.publisher, site.publisher_en),
  };
}

export const citationText = async (dataset: Dataset, locale: Locale) => citeDataset(await datasetCitation(dataset, locale), locale);
export const citationBibtex = async (dataset: Dataset, locale: Locale) => bibtexDataset(await datasetCitation(dataset, locale), locale);
