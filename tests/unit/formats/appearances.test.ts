import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { exportQuotes, readImportFile } from '../../../lib/formats';
import verbatimSchema from '../../../lib/formats/verbatim.schema.json';
import { parseCsvRows } from '../../../lib/formats/csv';
import type { Quote } from '../../../lib/model';
import type { Appearance } from '../../../lib/store/appearances';
import { VerbatimDB } from '../../../lib/store/db';
import { importBundle } from '../../../lib/store/library';
import { listQuotes } from '../../../lib/store/quotes';
import { FIXTURES } from '../../fixture-paths';

/** Two judgements travel: the original's status (the quote's verdict) and each rated page's verdict on its version. */
const ORIGINAL = 'We covered almost all the other issues necessary for a peace deal,';
const SOURCE = 'http://news.example/world/2025/08/17/article-5-like-guarantees';
const REQUOTE = 'https://requote.example/analysis';
const quotes: Quote[] = [
  {
    id: 'q-witkoff',
    text: ORIGINAL,
    speaker: 'Steve Witkoff',
    source: { url: SOURCE, title: 'Summit', outlet: 'Example Daily News', publishedAt: '2025-08-17' },
    context: { before: '', after: '' },
    verdict: 'accurate',
    tags: [],
    createdAt: '2025-08-17T18:30:00.000Z',
    updatedAt: '2025-08-18T00:00:00.000Z',
  },
  {
    id: 'q-separate',
    text: 'we covered almost all of the issues necessary for a peace deal,',
    speaker: 'Steve Witkoff',
    source: { url: REQUOTE },
    context: { before: '', after: '' },
    tags: [],
    relatedTo: { quoteId: 'q-witkoff', kind: 'altered' },
    createdAt: '2025-08-19T00:00:00.000Z',
    updatedAt: '2025-08-19T00:00:00.000Z',
  },
];
const diff = [
  { op: 'same' as const, original: 'We covered almost all', page: 'we covered almost all' },
  { op: 'added' as const, original: '', page: 'of' },
  { op: 'same' as const, original: 'the', page: 'the' },
  { op: 'dropped' as const, original: 'other', page: '' },
  { op: 'same' as const, original: 'issues necessary for a peace deal', page: 'issues necessary for a peace deal' },
];
const appearances: Appearance[] = [
  { quoteId: 'q-witkoff', pageUrl: REQUOTE, title: 'Analysis', outlet: 'Requote', seenAt: '2025-08-19T08:00:00.000Z', matchKind: 'altered', diff, pageSpeaker: 'Someone Else', verdict: 'misquoted', note: 'Two words differ.', ratedAt: '2025-08-20T08:00:00.000Z', savedAs: 'q-separate' },
  { quoteId: 'q-witkoff', pageUrl: 'https://same.example/a', seenAt: '2025-08-19T09:00:00.000Z', matchKind: 'exact' },
];
const PAGE_WORDS = 'we covered almost all of the issues necessary for a peace deal';

let db: VerbatimDB | undefined;
afterEach(() => db?.delete());

describe('Verbatim JSON', () => {
  it('round-trips appearances with their kind, difference, credit and verdict, and the relation of a separate save', async () => {
    const file = exportQuotes('verbatim-json', quotes, appearances);
    expect(addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(verbatimSchema)(JSON.parse(file))).toBe(true);
    const batch = readImportFile('library.json', file);
    expect(batch.rejections).toEqual([]);
    db = new VerbatimDB(`appearances-format-${crypto.randomUUID()}`);
    await importBundle(db, batch);
    expect((await db.appearances.toArray()).map(({ key: _key, ...a }) => a).sort((a, b) => a.pageUrl.localeCompare(b.pageUrl))).toEqual([...appearances].sort((a, b) => a.pageUrl.localeCompare(b.pageUrl)));
    const back = await listQuotes(db);
    expect(back.find((q) => q.id === 'q-separate')?.relatedTo).toEqual({ quoteId: 'q-witkoff', kind: 'altered' });
    expect(back.find((q) => q.id === 'q-witkoff')?.verdict).toBe('accurate');
  });

  it('refuses a sighting verdict or difference it cannot read, naming the field', () => {
    const file = JSON.parse(exportQuotes('verbatim-json', quotes, appearances));
    file.sightings[0].verdict = 'wrongish';
    file.sightings[1].diff = [{ op: 'swapped', original: 'a', page: 'b' }];
    expect(readImportFile('library.json', JSON.stringify(file)).rejections.map((r) => r.field)).toEqual(['verdict', 'diff']);
  });
});

describe('ClaimReview', () => {
  const graph = () => JSON.parse(exportQuotes('claimreview', quotes, appearances, { name: 'Desk', url: 'https://desk.example/checks' }))['@graph'];

  it('writes the original’s review and one review per rated appearance, rating that page', () => {
    const reviews = graph();
    expect(reviews).toHaveLength(2);
    const [original, page] = reviews;
    expect(original).toMatchObject({ claimReviewed: ORIGINAL, reviewRating: { alternateName: 'Accurate' } });
    expect(original.itemReviewed.appearance.map((a: { url: string }) => a.url)).toEqual([SOURCE, 'https://same.example/a']);
    expect(page).toMatchObject({
      claimReviewed: PAGE_WORDS,
      datePublished: '2025-08-20T08:00:00.000Z',
      itemReviewed: { '@type': 'Claim', author: { name: 'Someone Else' }, appearance: [{ url: REQUOTE, headline: 'Analysis' }], firstAppearance: { url: SOURCE } },
      reviewRating: { '@type': 'Rating', alternateName: 'Misquoted', ratingExplanation: 'Two words differ.' },
    });
    const validate = addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(JSON.parse(readFileSync(join(FIXTURES, 'claimreview', 'claimreview.schema.json'), 'utf8')));
    expect(validate({ '@context': 'https://schema.org', '@graph': reviews }) ? [] : validate.errors).toEqual([]);
  });

  it('imports the original’s review and leaves a page’s review out, so a page’s words never become an original', () => {
    const batch = readImportFile('reviews.jsonld', exportQuotes('claimreview', quotes, appearances));
    expect(batch.quotes.map((q) => [q.text, q.verdict])).toEqual([[ORIGINAL, 'accurate']]);
    expect(batch.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/one page’s version of a quote, not the original/)]);
  });
});

describe('W3C Web Annotation', () => {
  it('writes the page’s verdict on the annotation of that page’s selector, and leaves it out on import', () => {
    const doc = JSON.parse(exportQuotes('web-annotation', quotes, appearances));
    const items = doc.first.items;
    expect(doc.total).toBe(items.length);
    const onPage = items.filter((a: Record<string, unknown>) => a['verbatim:appearanceOf']);
    expect(onPage).toHaveLength(1);
    expect(onPage[0]).toMatchObject({
      motivation: 'assessing',
      'verbatim:appearanceOf': items[0].id,
      target: { source: REQUOTE, selector: { type: 'TextQuoteSelector', exact: PAGE_WORDS } },
      body: [{ purpose: 'assessing', value: 'Misquoted' }, { purpose: 'commenting', value: 'Two words differ.' }],
    });
    const batch = readImportFile('library.jsonld', JSON.stringify(doc));
    expect(batch.quotes.map((q) => q.text).sort()).toEqual(quotes.map((q) => q.text).sort());
    expect(batch.warnings).toHaveLength(1);
  });
});

describe('CSV and Markdown', () => {
  it('carry the original’s status as the verdict and each rated page’s verdict beside it', () => {
    const [header, ...rows] = parseCsvRows(exportQuotes('csv', quotes, appearances));
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    expect(cell(rows[0], 'verdict')).toBe('accurate');
    expect(cell(rows[0], 'sightings')).toBe('2');
    expect(cell(rows[0], 'page_verdicts')).toBe(`Misquoted (altered): ${REQUOTE}`);
    expect(cell(rows[1], 'page_verdicts')).toBe('');
    const md = exportQuotes('markdown', quotes, appearances);
    expect(md).toContain('- Verdict: Accurate');
    expect(md).toContain(`- Page: Misquoted (altered) on ${REQUOTE}`);
    expect(readImportFile('library.md', md).quotes.map((q) => [q.text, q.verdict])).toEqual([[ORIGINAL, 'accurate'], [quotes[1].text, undefined]]);
  });
});
