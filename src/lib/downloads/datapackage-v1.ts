/**
 * The whole-portal descriptor as a Data Package v1 reader needs it. The portal's packages are v2,
 * and stay so; v1 tools (the Frictionless JS table validator among them) refuse every v2 schema,
 * since v2 writes each missing value as an object with its label. This copy says the same in v1's
 * words, and is only ever written beside the v2 one in the whole-portal ZIP.
 * https://specs.frictionlessdata.io/data-package/ (v1), https://datapackage.org/standard/ (v2)
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** v2's `missingValues` entries are strings or `{ value, label }`: v1 takes the strings. */
const missingValuesV1 = (values: unknown): unknown =>
  Array.isArray(values) ? values.map((v) => (isObject(v) && typeof v['value'] === 'string' ? v['value'] : v)) : values;

function schemaV1(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  const out: Json = { ...schema };
  delete out['$schema'];
  if ('missingValues' in out) out['missingValues'] = missingValuesV1(out['missingValues']);
  // v2 may leave out the resource of a key that refers to its own table; v1 writes "".
  if (Array.isArray(out['foreignKeys'])) {
    out['foreignKeys'] = out['foreignKeys'].map((key: unknown) =>
      isObject(key) && isObject(key['reference']) && !('resource' in key['reference']) ? { ...key, reference: { resource: '', ...key['reference'] } } : key,
    );
  }
  return out;
}

/** v2's list of roles is v1's single role. */
function contributorV1(contributor: unknown): unknown {
  if (!isObject(contributor) || !Array.isArray(contributor['roles'])) return contributor;
  const { roles, ...rest } = contributor;
  return { ...rest, role: (roles as unknown[])[0] };
}

function resourceV1(resource: unknown): unknown {
  if (!isObject(resource)) return resource;
  const { $schema: _v2Profile, schema, ...rest } = resource;
  return { profile: 'tabular-data-resource', ...rest, ...(schema === undefined ? {} : { schema: schemaV1(schema) }) };
}

/** A v2 package descriptor (as portalDatapackage writes it) in v1's terms. */
export function dataPackageV1(v2: Json): Json {
  const { $schema: _v2Profile, contributors, resources, ...rest } = v2;
  return {
    profile: 'tabular-data-package',
    ...rest,
    ...(Array.isArray(contributors) ? { contributors: contributors.map(contributorV1) } : {}),
    resources: Array.isArray(resources) ? resources.map(resourceV1) : resources,
  };
}
