import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../../lib/formats/verbatim.schema.json';
import { readImportFile } from '../../../lib/formats';
import { ImportError } from '../../../lib/formats/batch';
import { ISO_8601 } from '../../../lib/formats/dates';
import { exportQuotes } from '../../../lib/formats';
import { generateLibrary } from './generate';

/**
 * verbatim.schema.json and the importer agree: every file below, valid or not, is
 * accepted by both or refused by both (the importer refuses a file by rejecting a row
 * or the whole of it). The two checks a schema cannot make are left out on purpose
 * and named in the schema's description: days that do not exist, and sightings that
 * point at a quote missing from the file.
 */
const validate = new Ajv2020({ allErrors: true }).compile(schema);

function importerAccepts(file: unknown): boolean {
  try {
    return readImportFile('library.json', JSON.stringify(file)).rejections.length === 0;
  } catch (e) {
    if (e instanceof ImportError) return false;
    throw e;
  }
}

const { quotes } = generateLibrary(31, 3);
const base = JSON.parse(exportQuotes('verbatim-json', quotes, []));
const q0 = base.quotes[0];
const withQuote = (patch: Record<string, unknown>) => ({ ...base, quotes: [{ ...q0, ...patch }, ...base.quotes.slice(1)] });
const withSource = (patch: Record<string, unknown>) => withQuote({ source: { ...q0.source, ...patch } });
const withSighting = (patch: Record<string, unknown>) => ({ ...base, sightings: [{ quoteId: q0.id, pageUrl: 'https://seen.example/1', seenAt: '2026-01-01T00:00:00Z', matchKind: 'exact', ...patch }] });

const CASES: [string, unknown][] = [
  ['the export as it is', base],
  ['a plain quote with text only', { ...base, quotes: [{ text: 'Only words' }], sightings: [] }],
  // createdAt and other dates, in the forms people and tools write them
  ...['2024-01-05', '2024-01', '2024', '2024-01-05T10:00', '2024-01-05T10:00:00', '2024-01-05T10:00:00.123Z', '2024-01-05T10:00:00+01:00', '2024-01-05T10:00:00+0100', '', '  ', null].map(
    (v): [string, unknown] => [`createdAt ${JSON.stringify(v)}`, withQuote({ createdAt: v })],
  ),
  ...['yesterday', '2024-01-05 10:00', '05/01/2024', '5 Jan 2024', '2024-13-01', '2024-01-05T25:00', '2024-01-05T10:00:00 GMT', 'Fri, 05 Jan 2024 10:00:00 GMT', '20240105', 12].map(
    (v): [string, unknown] => [`createdAt ${JSON.stringify(v)}`, withQuote({ createdAt: v })],
  ),
  ['updatedAt "last week"', withQuote({ updatedAt: 'last week' })],
  ['publishedAt "2024-03"', withSource({ publishedAt: '2024-03' })],
  ['publishedAt "March 2024"', withSource({ publishedAt: 'March 2024' })],
  // text
  ['whitespace-only text', withQuote({ text: '   \n\t ' })],
  ['punctuation-only text', withQuote({ text: '… — !!' })],
  ['empty text', withQuote({ text: '' })],
  ['missing text', withQuote({ text: undefined })],
  ['text that is a number', withQuote({ text: 42 })],
  ['text of 10,000 characters', withQuote({ text: `a${' b'.repeat(4_999)}c`.slice(0, 10_000) })],
  ['text of 10,001 characters', withQuote({ text: 'a'.repeat(10_001) })],
  ['text of 10,000 emoji (20,000 UTF-16 units) and a word', withQuote({ text: `w${'🙂'.repeat(9_999)}` })],
  ['non-Latin text', withQuote({ text: 'Коалиция желающих 和平' })],
  // tags
  ['a tag with “;” inside', withQuote({ tags: ['left; right'] })],
  ['50 tags', withQuote({ tags: Array.from({ length: 50 }, (_, i) => `t${i}`) })],
  ['51 tags', withQuote({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })],
  ['a tag of 101 characters', withQuote({ tags: ['x'.repeat(101)] })],
  ['tags that are not a list', withQuote({ tags: 'a; b' })],
  ['a tag that is a number', withQuote({ tags: [1] })],
  ['tags null', withQuote({ tags: null })],
  // verdicts
  ...['accurate', ' misquoted ', '', null, 'False', 'pants-on-fire', 'out of context', 3].map((v): [string, unknown] => [`verdict ${JSON.stringify(v)}`, withQuote({ verdict: v })]),
  // sources
  ['no source', withQuote({ source: undefined })],
  ['a source without a URL, with its details', withQuote({ source: { url: '', outlet: 'Le Monde', title: 'Un titre', publishedAt: '2024-02-01', author: 'Zoë' } })],
  ['a source with no url key', withQuote({ source: { outlet: 'Le Monde' } })],
  ['source null', withQuote({ source: null })],
  ['source a string', withQuote({ source: 'https://a.example' })],
  ['an upper-case HTTP address', withSource({ url: 'HTTPS://A.EXAMPLE/x' })],
  ['an address with blanks around it', withSource({ url: '  https://a.example/x ' })],
  ['a javascript: address', withSource({ url: 'javascript:alert(1)' })],
  ['an address with a space inside', withSource({ url: 'https://a.example/a b' })],
  ['a title of 2,001 characters', withSource({ title: 'x'.repeat(2_001) })],
  ['an outlet that is a number', withSource({ outlet: 7 })],
  // other fields
  ['id of 100 characters', withQuote({ id: 'i'.repeat(100) })],
  ['id of 101 characters', withQuote({ id: 'i'.repeat(101) })],
  ['speaker null', withQuote({ speaker: null })],
  ['context null', withQuote({ context: null })],
  ['context.before a number', withQuote({ context: { before: 1, after: '' } })],
  ['a note of 10,001 characters', withQuote({ note: 'n'.repeat(10_001) })],
  ['an extra field', withQuote({ mood: 'cheerful' })],
  ['a row that is not an object', { ...base, quotes: [...base.quotes, 'just text'] }],
  // sightings
  ['a sighting', withSighting({})],
  ['a sighting seen "yesterday"', withSighting({ seenAt: 'yesterday' })],
  ['a sighting on a ftp: page', withSighting({ pageUrl: 'ftp://a.example' })],
  ['a sighting of an unknown kind', withSighting({ matchKind: 'fuzzy' })],
  ['a sighting whose title is a number', withSighting({ title: 3 })],
  ['a sighting without quoteId', withSighting({ quoteId: '' })],
  ['sightings null', { ...base, sightings: null }],
  ['sightings not a list', { ...base, sightings: {} }],
  // the file
  ['a newer version', { ...base, version: 2 }],
];

describe('verbatim.schema.json and the importer', () => {
  it('spell dates with one pattern', () => {
    expect(schema.$defs.date.pattern).toBe(`^\\s*(${ISO_8601.source.slice(1, -1)})?\\s*$`);
  });
  it.each(CASES)('agree on %s', (_name, file) => {
    const bySchema = validate(file);
    expect({ importer: importerAccepts(file) }).toEqual({ importer: bySchema });
  });
  it('have both valid and invalid cases to agree on', () => {
    const verdicts = CASES.map(([, file]) => validate(file));
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(15);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(15);
  });
});
