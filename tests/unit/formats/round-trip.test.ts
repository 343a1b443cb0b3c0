import { describe, expect, it } from 'vitest';
import type { Quote, QuoteInput } from '../../../lib/model';
import { exportQuotes, readImportFile, type ExportFormat } from '../../../lib/formats';
import { parseCsvRows } from '../../../lib/formats/csv';
import { generateLibrary } from './generate';

/** The fields of `q` that `format` carries, as import gives them back. */
function carried(format: ExportFormat, q: Quote): QuoteInput {
  const { id, text, speaker, source, context, verdict, note, tags, createdAt, updatedAt } = q;
  const some = { text, speaker, ...(verdict ? { verdict } : {}), ...(note ? { note } : {}) };
  switch (format) {
    case 'verbatim-json':
    case 'csv':
    case 'web-annotation':
      return { id, ...some, source, context, tags, createdAt, updatedAt };
    case 'markdown':
      return { ...some, source, context: { before: '', after: '' }, tags };
    case 'claimreview':
      return { id, ...some, source, context: { before: '', after: '' }, tags, updatedAt };
  }
}

const FILE_NAMES: Record<ExportFormat, string> = {
  'verbatim-json': 'library.json',
  csv: 'library.csv',
  markdown: 'library.md',
  'web-annotation': 'library.jsonld',
  claimreview: 'reviews.jsonld',
};

describe.each(Object.keys(FILE_NAMES) as ExportFormat[])('%s export then import', (format) => {
  it.each([1, 2, 3, 4, 5])('gives back every field the format carries (generated library, seed %i)', (seed) => {
    const { quotes, sightings } = generateLibrary(seed, 60);
    const file = exportQuotes(format, quotes, sightings);
    const batch = readImportFile(FILE_NAMES[format], file);
    const expected = format === 'claimreview' ? quotes.filter((q) => q.verdict) : quotes;
    expect(batch.rejections).toEqual([]);
    expect(batch.format).toBe(format);
    const sortById = <T extends { text: string }>(list: T[]) => [...list].sort((a, b) => a.text.localeCompare(b.text));
    expect(sortById(batch.quotes)).toEqual(sortById(expected.map((q) => carried(format, q))));
    if (format === 'verbatim-json') expect(batch.sightings).toEqual(sightings);
  });
});

describe('the exported text is data', () => {
  const { quotes } = generateLibrary(7, 80);
  it('CSV: no cell starts with a formula character', () => {
    const csv = exportQuotes('csv', quotes, []);
    const cells = parseCsvRows(csv).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells.filter((c) => /^'[=+\-@]/.test(c)).length).toBeGreaterThan(5);
    expect(csv.startsWith('\uFEFFid,text,speaker,')).toBe(true);
  });
  it('Markdown: markup in a quote cannot become HTML or structure', () => {
    const md = exportQuotes('markdown', [{ ...quotes[0], text: '<script>alert(1)</script>\n## Heading\n- item', speaker: '*Bold*' }], []);
    expect(md).not.toContain('<script>');
    expect(md).toContain('> \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('> \\#\\# Heading');
    expect(md).toContain('> \\- item');
    expect(md).toContain('- Speaker: \\*Bold\\*');
  });
  it('Web Annotation: assessing with a verdict, highlighting without', () => {
    const doc = JSON.parse(exportQuotes('web-annotation', quotes.slice(0, 10), []));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    for (const [i, a] of doc.first.items.entries()) {
      expect(a.motivation).toBe(quotes[i].verdict ? 'assessing' : 'highlighting');
      expect(a.target.selector).toMatchObject({ type: 'TextQuoteSelector', exact: quotes[i].text });
    }
  });
  it('ClaimReview: one review per rated quote, with the Claim, its author and the rating', () => {
    const rated = quotes.filter((q) => q.verdict && q.speaker);
    const doc = JSON.parse(exportQuotes('claimreview', rated.slice(0, 1), []));
    const review = doc['@graph'][0];
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: rated[0].text,
      itemReviewed: { '@type': 'Claim', author: { name: rated[0].speaker }, firstAppearance: { url: rated[0].source.url }, datePublished: rated[0].source.publishedAt },
      reviewRating: { '@type': 'Rating' },
    });
    expect(review.itemReviewed.appearance[0].url).toBe(rated[0].source.url);
  });
});
