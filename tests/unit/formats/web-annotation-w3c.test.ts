import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { exportQuotes } from '../../../lib/formats';
import { FIXTURES } from '../../fixture-paths';
import { generateLibrary } from './generate';

/**
 * The W3C's own Web Annotation test suite (w3c/web-annotation-tests, vendored in
 * tests/fixtures/web-annotation with its licence): every MUST assertion of
 * annotationMusts.test (on each annotation, standing alone with the collection's
 * @context), collectionMusts.test and pageMusts.test (on the collection with its
 * embedded page), run with JSON Schema draft-04 as the suite is written.
 */
const SUITE = join(FIXTURES, 'web-annotation');
const read = (path: string) => JSON.parse(readFileSync(join(SUITE, path), 'utf8'));

const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
for (const name of readdirSync(join(SUITE, 'definitions'))) ajv.addSchema(read(join('definitions', name)));

interface Assertion {
  path: string;
  title: string;
  expectedResult: 'valid' | 'invalid';
  check(data: unknown): boolean;
}

function assertionsOf(testFile: string): Assertion[] {
  return (read(testFile).assertions as string[]).map((path) => {
    const schema = read(path);
    const check = ajv.compile({ ...schema, id: undefined, $schema: undefined });
    return { path, title: schema.title, expectedResult: schema.expectedResult, check: (data) => check(data) as boolean };
  });
}

const SUITES = {
  annotation: assertionsOf('annotations/annotationMusts.test'),
  collection: assertionsOf('collections/collectionMusts.test'),
  page: assertionsOf('collections/pages/pageMusts.test'),
};

/** The assertions `data` fails, by file name. */
const failures = (assertions: Assertion[], data: unknown) => assertions.filter((a) => a.check(data) !== (a.expectedResult === 'valid')).map((a) => a.path);

function exported(seed: number, count: number) {
  const { quotes } = generateLibrary(seed, count);
  // Quotes without a source URL, with and without details, are the hard case for `target.source`.
  quotes[0] = { ...quotes[0], source: { url: '' } };
  quotes[1] = { ...quotes[1], source: { url: '', outlet: 'Le Monde', title: 'Un titre à la une', publishedAt: '2025-04-01' } };
  return { quotes, doc: JSON.parse(exportQuotes('web-annotation', quotes, [])) };
}

describe('the W3C Web Annotation MUST assertions', () => {
  it('are all there: 54 for an annotation, 10 for a collection, 15 for a page', () => {
    expect([SUITES.annotation.length, SUITES.collection.length, SUITES.page.length]).toEqual([54, 10, 15]);
  });
  it('hold for every annotation of an export, quotes without a source URL included', () => {
    const { quotes, doc } = exported(41, 200);
    expect(doc.first.items).toHaveLength(quotes.length);
    const failed = doc.first.items.flatMap((a: Record<string, unknown>, i: number) =>
      failures(SUITES.annotation, { '@context': doc['@context'], ...a }).map((path) => `annotation ${i + 1}: ${path}`),
    );
    expect(failed).toEqual([]);
  }, 120_000);
  it('hold for the collection and its embedded page', () => {
    const { doc } = exported(42, 20);
    expect(failures(SUITES.collection, doc)).toEqual([]);
    expect(failures(SUITES.page, doc)).toEqual([]);
  }, 120_000);
  it('catch what the model forbids: an empty target source, a page without an id', () => {
    const { doc } = exported(43, 3);
    const annotation = { '@context': doc['@context'], ...doc.first.items[0], target: { source: '' } };
    expect(failures(SUITES.annotation, annotation).length).toBeGreaterThan(0);
    const { id: _id, ...page } = doc.first;
    expect(failures(SUITES.page, { ...doc, first: page })).toContain('collections/pages/5.2-pageIdValidated.json');
  });
});
