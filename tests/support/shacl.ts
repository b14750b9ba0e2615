/**
 * Validates a JSON-LD document against tests/support/dcat-ap-shapes.ttl, offline: the document's
 * @context must be inline (nothing is fetched), and relative IRIs are resolved against `base`, the
 * address a harvester would have read the file from.
 */
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const SHAPES_FILE = new URL('./dcat-ap-shapes.ttl', import.meta.url);

/** One violation, in words a failing test can print. */
export interface Violation {
  focusNode: string;
  path: string;
  message: string;
  shape: string;
}

let shapes: Store | undefined;
const shapesGraph = (): Store => (shapes ??= new Store(new Parser().parse(readFileSync(SHAPES_FILE, 'utf8'))));

/** The document as RDF quads; throws rather than fetch a remote @context. */
export async function jsonLdQuads(document: object, base: string): Promise<Store> {
  const options = {
    format: 'application/n-quads',
    base,
    // A JSON-LD processor fetches any @context given by address: the catalogue's is inline.
    documentLoader: async (url: string) => {
      throw new Error(`the JSON-LD asked for ${url}: its @context must be inline`);
    },
    // Fails on a relative IRI that `base` cannot resolve, or any other triple it would drop unseen
    // (jsonld.js's safe mode, which @types/jsonld does not list).
    safe: true,
  } as jsonld.Options.ToRdf;
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, options)) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

/** Every violation of the shapes by the document. */
export async function dcatApViolations(document: object, base: string): Promise<Violation[]> {
  const report = await new SHACLValidator(shapesGraph()).validate(await jsonLdQuads(document, base));
  return report.results.map((result) => ({
    focusNode: result.focusNode?.value ?? '',
    path: result.path?.value ?? '',
    message: result.message.map((m) => m.value).join('; '),
    shape: result.sourceShape?.value ?? '',
  }));
}
