/**
 * What Google's Dataset structured-data guide asks of a schema.org Dataset
 * (https://developers.google.com/search/docs/appearance/structured-data/dataset), written from its
 * property tables as checks on the JSON a page carries:
 * - required: name; description, 50 to 5,000 characters;
 * - recommended, and stated by every dataset page: alternateName, creator (each with a name),
 *   identifier, isAccessibleForFree, keywords, license (a URL or a CreativeWork), spatialCoverage
 *   (text or a Place), temporalCoverage (ISO 8601), url, variableMeasured, version;
 * - includedInDataCatalog: a DataCatalog with a name; distribution: DataDownloads, each with a
 *   contentUrl and an encodingFormat.
 * Recommended properties the pages leave out, since the data holds nothing true to put there:
 * citation (no publication describes a dataset), funder, hasPart/isPartOf (no dataset contains
 * another), measurementTechnique (the method is each source's), sameAs (no other page describes the
 * same dataset).
 */

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const typeOf = (node: Node): unknown[] => list(node['@type']);
const isWebAddress = (value: unknown, absolute: boolean): boolean => isText(value) && (absolute ? /^https?:\/\//.test(value) : true);

/** ISO 8601 as Google reads temporalCoverage: a date or an interval of two, either end possibly open (".."). */
const ISO_PERIOD = /^(\d{4}(-\d{2}(-\d{2})?)?|\.\.)(\/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?$/;

/**
 * The problems Google would see in a Dataset node; none for a page it can list. `absolute`: the
 * site's address is known, so every URL must be absolute.
 */
export function googleDatasetProblems(node: unknown, absolute: boolean): string[] {
  if (!isNode(node)) return ['the JSON-LD is not an object'];
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  need(node['@context'] === 'https://schema.org', '@context is https://schema.org');
  need(typeOf(node).includes('Dataset'), '@type is Dataset');
  need(isText(node['name']), 'name (required) is text');
  const description = node['description'];
  need(isText(description) && description.length >= 50 && description.length <= 5000, 'description (required) has 50 to 5,000 characters');

  need(isText(node['alternateName']), 'alternateName is text');
  const creators = list(node['creator']);
  need(
    creators.length > 0 && creators.every((c) => isNode(c) && (typeOf(c).includes('Organization') || typeOf(c).includes('Person')) && isText(c['name'])),
    'creator is one or more Organizations or Persons, each with a name',
  );
  need(isText(node['identifier']) || isNode(node['identifier']), 'identifier is text or a PropertyValue');
  need(node['isAccessibleForFree'] === true || node['isAccessibleForFree'] === false, 'isAccessibleForFree is a boolean');
  need(list(node['keywords']).length > 0 && list(node['keywords']).every(isText), 'keywords are text');
  const licences = list(node['license']);
  need(
    licences.length > 0 && licences.every((l) => isWebAddress(l, absolute) || (isNode(l) && typeOf(l).includes('CreativeWork'))),
    `license is ${absolute ? 'an absolute URL' : 'a URL'} or a CreativeWork`,
  );
  const place = node['spatialCoverage'];
  need(isText(place) || (isNode(place) && typeOf(place).includes('Place') && isText(place['name'])), 'spatialCoverage is text or a named Place');
  need(isText(node['temporalCoverage']) && ISO_PERIOD.test(node['temporalCoverage']), 'temporalCoverage is an ISO 8601 date or interval');
  need(isWebAddress(node['url'], absolute), `url is ${absolute ? 'an absolute URL' : 'a URL'}`);
  const variables = list(node['variableMeasured']);
  need(variables.length > 0 && variables.every((v) => isText(v) || (isNode(v) && typeOf(v).includes('PropertyValue'))), 'variableMeasured is text or PropertyValues');
  need(isText(node['version']) || typeof node['version'] === 'number', 'version is text or a number');

  const catalog = node['includedInDataCatalog'];
  need(isNode(catalog) && typeOf(catalog).includes('DataCatalog') && isText(catalog['name']), 'includedInDataCatalog is a named DataCatalog');
  const downloads = list(node['distribution']);
  need(downloads.length > 0, 'distribution lists the files');
  for (const download of downloads) {
    const ok = isNode(download) && typeOf(download).includes('DataDownload') && isWebAddress(download['contentUrl'], absolute) && isText(download['encodingFormat']);
    need(ok, `distribution ${JSON.stringify(download)} is a DataDownload with a contentUrl${absolute ? ' (absolute)' : ''} and an encodingFormat`);
  }
  return problems;
}
