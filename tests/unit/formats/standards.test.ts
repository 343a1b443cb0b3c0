import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import verbatimSchema from '../../../lib/formats/verbatim.schema.json';
import { exportNotes, exportQuotes, readImportFile, type ExportFormat } from '../../../lib/formats';
import { CSV_COLUMNS } from '../../../lib/formats/csv';
import type { Quote } from '../../../lib/model';
import { VerbatimDB } from '../../../lib/store/db';
import { importBundle } from '../../../lib/store/library';
import { listQuotes } from '../../../lib/store/quotes';
import { FIXTURES } from '../../fixture-paths';
import { generateLibrary } from './generate';

/**
 * Every export format, from a store holding quotes without a source URL, non-ASCII
 * text and every field: each file is checked by a validator that is not Verbatim's
 * code, then imported into an empty store, which must hold what the format carries.
 */
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
const claimReviewSchema = ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'claimreview', 'claimreview.schema.json'), 'utf8')));
const verbatimFile = ajv.compile(verbatimSchema);
const REVIEWER = { name: 'Faktencheck Zürich', url: 'https://checks.example/reviews' };

const FILE_NAMES: Record<ExportFormat, string> = {
  'verbatim-json': 'library.json',
  csv: 'library.csv',
  markdown: 'library.md',
  'web-annotation': 'library.jsonld',
  claimreview: 'reviews.jsonld',
};

/** A store with every field filled somewhere, URL-less sources (with and without details) and text in several scripts. */
async function filledStore(): Promise<VerbatimDB> {
  const db = new VerbatimDB(`standards-${crypto.randomUUID()}`);
  const { quotes, sightings } = generateLibrary(51, 120);
  quotes[0] = { ...quotes[0], text: 'Le président a dit « ça suffit » — 和平 🙂', speaker: 'Zoë Ñúñez', verdict: 'misquoted', source: { url: '', outlet: 'Le Monde', title: 'À la une', publishedAt: '2025-04-01', author: 'Jean Dupont', lang: 'fr' } };
  quotes[1] = { ...quotes[1], verdict: 'accurate', source: { url: '' } };
  await importBundle(db, { quotes, sightings });
  return db;
}

/** What import gives back of `q` through `format`. */
function carried(format: ExportFormat, q: Quote) {
  const { id, text, speaker, source, context, verdict, note, tags, createdAt, updatedAt } = q;
  const some = { text, speaker, source, tags, ...(verdict ? { verdict } : {}), ...(note ? { note } : {}) };
  const noContext = { before: '', after: '' };
  switch (format) {
    case 'verbatim-json':
    case 'csv':
    case 'web-annotation':
      return { id, ...some, context, createdAt, updatedAt };
    case 'markdown':
      return { ...some, context: noContext };
    case 'claimreview':
      return { id, ...some, context: noContext, updatedAt };
  }
}

const byText = <T extends { text: string }>(list: T[]) => [...list].sort((a, b) => a.text.localeCompare(b.text));

let db: VerbatimDB;
let stored: Quote[];
beforeEach(async () => {
  db = await filledStore();
  stored = await listQuotes(db);
}, 120_000);

describe.each(Object.keys(FILE_NAMES) as ExportFormat[])('%s from a store and back into an empty one', (format) => {
  it('keeps what the format carries, sources without a URL included', async () => {
    const file = exportQuotes(format, stored, await db.appearances.toArray(), REVIEWER);
    const empty = new VerbatimDB(`standards-${crypto.randomUUID()}`);
    const batch = readImportFile(FILE_NAMES[format], file);
    expect(batch.rejections).toEqual([]);
    await importBundle(empty, batch);
    const expected = format === 'claimreview' ? stored.filter((q) => q.verdict) : stored;
    const back = await listQuotes(empty);
    // Ids that the format does not carry are new ones: compare without them.
    const strip = (q: ReturnType<typeof carried>) => ('id' in q ? q : { ...q });
    expect(byText(back.map((q) => strip(carried(format, q))))).toEqual(byText(expected.map((q) => strip(carried(format, q)))));
    const unlinked = back.find((q) => q.text.startsWith('Le président'))!;
    expect(unlinked.source).toEqual({ url: '', outlet: 'Le Monde', title: 'À la une', publishedAt: '2025-04-01', author: 'Jean Dupont', lang: 'fr' });
  }, 120_000);
});

describe('each export meets its standard, checked by an independent validator', () => {
  it('Verbatim JSON: its published JSON Schema', async () => {
    const file = JSON.parse(exportQuotes('verbatim-json', stored, await db.appearances.toArray()));
    expect(verbatimFile(file) ? [] : verbatimFile.errors).toEqual([]);
  });
  it('ClaimReview: Google’s requirements and the schema.org types, when the reviewer is set', () => {
    const doc = JSON.parse(exportQuotes('claimreview', stored, [], REVIEWER));
    expect(doc['@graph'].length).toBe(stored.filter((q) => q.verdict).length);
    expect(claimReviewSchema(doc) ? [] : claimReviewSchema.errors).toEqual([]);
    expect(doc['@graph'][0]).toMatchObject({ url: expect.stringMatching(/^https:\/\/checks\.example\/reviews#quote-/), author: { '@type': 'Organization', name: 'Faktencheck Zürich' } });
    expect(new Set(doc['@graph'].map((r: { url: string }) => r.url)).size).toBe(doc['@graph'].length);
  });
  it('ClaimReview: without a reviewer the validator refuses it, and the export says what is missing', () => {
    const doc = JSON.parse(exportQuotes('claimreview', stored, []));
    expect(claimReviewSchema(doc)).toBe(false);
    expect(claimReviewSchema.errors!.map((e) => e.params)).toContainEqual({ missingProperty: 'url' });
    const notes = exportNotes('claimreview', stored, {});
    expect(notes.join('\n')).toMatch(/no review author is set/);
    expect(notes.join('\n')).toMatch(/no review page is set/);
    expect(notes.join('\n')).toMatch(/without a verdict have no ClaimReview/);
    expect(notes.join('\n')).toMatch(/without a source URL/);
    expect(exportNotes('claimreview', stored.filter((q) => q.verdict && q.source.url), REVIEWER)).toEqual([]);
  });
  it('CSV: a standard parser with a spreadsheet’s settings reads one record per quote, each cell as written, no formula live', () => {
    const csv = exportQuotes('csv', stored, []);
    // LibreOffice's defaults for a .csv: comma, double quotes, UTF-8 told by the BOM, first row as column names.
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true, delimiter: ',', quote: '"', escape: '"', relax_column_count: false, skip_empty_lines: false });
    expect(records).toHaveLength(stored.length);
    expect(Object.keys(records[0])).toEqual(Object.keys(CSV_COLUMNS));
    const undefuse = (v: string) => v.replace(/^'(?=[=+\-@\t\r])/, '');
    for (const [i, q] of stored.entries()) {
      expect(undefuse(records[i].text)).toBe(q.text);
      expect(undefuse(records[i].source_outlet)).toBe(q.source.outlet ?? '');
      expect(records[i].source_url).toBe(q.source.url);
    }
    expect(Object.values(records).flatMap((r) => Object.values(r)).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
