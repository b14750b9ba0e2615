/**
 * The shared vocabularies the DCAT-AP catalogue draws its values from, as DCAT-AP 3 names them in
 * its controlled vocabularies (https://semiceu.github.io/DCAT-AP/releases/3.0.0/#controlled-vocs):
 * the EU Publications Office's authority tables for languages, file types, countries, data themes
 * and planned availability; IANA's media types; SPDX's checksum algorithms; ADMS's licence types.
 * Only IRIs these publishers define are written here: a place they do not list (the province) is
 * described by name instead, never given an identifier guessed from a pattern.
 */
import type { DataTheme } from '../contract/reference.ts';
import type { Locale } from '../contract/site.ts';
import { MEDIA_TYPES } from './linked-data.ts';

const EU_AUTHORITY = 'http://publications.europa.eu/resource/authority';

/** The languages of the portal's text, in the EU's language table. */
export const LANGUAGE_IRIS: Record<Locale, string> = {
  vi: `${EU_AUTHORITY}/language/VIE`,
  en: `${EU_AUTHORITY}/language/ENG`,
};

/** Vietnam in the EU's country table (its ISO 3166-1 alpha-3 code). */
export const VIETNAM_IRI = `${EU_AUTHORITY}/country/VNM`;

/** A media type as IANA's registry names it, e.g. http://www.iana.org/assignments/media-types/text/csv. */
export const mediaTypeIri = (mediaType: string): string => `http://www.iana.org/assignments/media-types/${mediaType}`;

/** The EU file type of each media type the portal serves in a dataset's downloads. */
const FILE_TYPES: Record<string, string> = {
  [MEDIA_TYPES.csv]: 'CSV',
  [MEDIA_TYPES.xlsx]: 'XLSX',
  [MEDIA_TYPES.json]: 'JSON',
  [MEDIA_TYPES.jsonld]: 'JSON_LD',
};

/** The file type of a media type in the EU's file-type table, when it lists one. */
export function fileTypeIri(mediaType: string): string | undefined {
  const code = FILE_TYPES[mediaType];
  return code === undefined ? undefined : `${EU_AUTHORITY}/file-type/${code}`;
}

/**
 * "Stable" in the EU's planned-availability table: the portal keeps each download's address and
 * serves the latest file there, and every past version stays at its own address.
 */
export const STABLE_AVAILABILITY_IRI = `${EU_AUTHORITY}/planned-availability/STABLE`;

/** "Public" in the EU's access-right table: anyone may read every dataset, without asking. */
export const PUBLIC_ACCESS_IRI = `${EU_AUTHORITY}/access-right/PUBLIC`;

/** SPDX's identifier of SHA-256, the algorithm of every checksum the portal publishes. */
export const SHA256_IRI = 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256';

/** ADMS's licence type for terms that allow any reuse with credit, as the portal's own do. */
export const ATTRIBUTION_LICENCE_TYPE_IRI = 'http://purl.org/adms/licencetype/Attribution';

/** The EU's Data Theme vocabulary: the theme taxonomy DCAT-AP requires for dcat:theme. */
export const DATA_THEME_SCHEME = { iri: `${EU_AUTHORITY}/data-theme`, title: 'Data theme' } as const;

/** A data theme's IRI. */
export const dataThemeIri = (theme: DataTheme): string => `${DATA_THEME_SCHEME.iri}/${theme}`;

/** Each data theme's English label, as the vocabulary gives it. */
export const DATA_THEME_LABELS: Record<DataTheme, string> = {
  AGRI: 'Agriculture, fisheries, forestry and food',
  ECON: 'Economy and finance',
  EDUC: 'Education, culture and sport',
  ENER: 'Energy',
  ENVI: 'Environment',
  GOVE: 'Government and public sector',
  HEAL: 'Health',
  INTR: 'International issues',
  JUST: 'Justice, legal system and public safety',
  REGI: 'Regions and cities',
  SOCI: 'Population and society',
  TECH: 'Science and technology',
  TRAN: 'Transport',
};
