import { describe, expect, it } from 'vitest';
import { checkFileSize, readImportFile } from '../../../lib/formats';
import { describeProblem, ImportError } from '../../../lib/formats/batch';
import { parseQuotesFile } from '../../../lib/formats/verbatim-json';
import { verdictForRating } from '../../../lib/formats/claimreview';

const problemsOf = (name: string, text: string) => {
  try {
    readImportFile(name, text);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).problems;
  }
  throw new Error('expected the file to be refused');
};

describe('files that cannot be read at all', () => {
  it('names what is wrong', () => {
    expect(problemsOf('x.json', '{"quotes": [')[0]).toMatch(/^Not valid JSON: check that the file is complete/);
    expect(problemsOf('x.json', '{"items": 3}')[0]).toMatch(/none of the shapes/);
    expect(problemsOf('x.txt', 'hello')[0]).toMatch(/not a file Verbatim reads/);
    expect(problemsOf('x.json', 'hello')[0]).toMatch(/^Not valid JSON: check that the file is complete/);
    expect(problemsOf('x.csv', 'speaker\r\nA\r\n')[0]).toMatch(/row 1: expected a header row with a “text” column/);
    expect(problemsOf('x.csv', 'text\r\n"open\r\n')[0]).toBe('row 2: a quoted cell is never closed');
    expect(problemsOf('x.md', '# nothing here\n')[0]).toMatch(/No quotes found/);
    expect(problemsOf('x.json', '{"format":"verbatim","version":9,"quotes":[]}')[0]).toMatch(/version 9/);
    expect(problemsOf('x.html', '<html><p>no reviews</p></html>')[0]).toMatch(/No schema.org ClaimReview/);
  });
  it('refuses absurd sizes before reading them', () => {
    expect(checkFileSize('huge.json', 200 * 1024 * 1024)).toMatch(/huge.json is 200 MB; Verbatim imports files of up to 150 MB/);
    expect(checkFileSize('empty.json', 0)).toBe('empty.json is empty.');
    expect(checkFileSize('ok.json', 1000)).toBeUndefined();
  });
  it('refuses more rows than an import may hold', () => {
    const rows = `text\r\n${'a\r\n'.repeat(500_001)}`;
    expect(problemsOf('big.csv', rows)[0]).toMatch(/500,001 rows/);
  }, 120_000);
});

describe('rows that cannot be imported are rejected one by one, naming row and field', () => {
  it('Verbatim JSON', () => {
    const batch = readImportFile('x.json', JSON.stringify({
      quotes: [
        { text: 'fine', speaker: 'A', source: { url: 'https://a.example/' } },
        { speaker: 'B' },
        { text: '   ' },
        { text: 'x', source: { url: 'javascript:alert(1)' } },
        { text: 'y', verdict: 'pants-on-fire', tags: 'notalist' },
        { text: 'z'.repeat(10_001) },
        'a string',
        { text: 'w', source: 'https://a.example' },
        { text: '<img src=x onerror=alert(1)>', note: '<script>alert(1)</script>' },
      ],
      sightings: [{ quoteId: 'nope', pageUrl: 'https://b.example', seenAt: '2026-01-01', matchKind: 'exact' }, { quoteId: 'q' }],
    }));
    expect(batch.quotes.map((q) => q.text)).toEqual(['fine', '<img src=x onerror=alert(1)>']);
    expect(batch.rejections.map(describeProblem)).toEqual([
      'quotes[1], text: missing',
      'quotes[2], text: empty',
      'quotes[3], source.url: expected an http(s) address',
      'quotes[4], verdict: expected one of accurate, misquoted, out-of-context, unverified, false',
      'quotes[4], tags: expected a list of text',
      'quotes[5], text: longer than 10,000 characters',
      'quotes[6]: expected an object',
      'quotes[7], source: expected an object',
      'sightings[0], quoteId: no quote in this file has this id',
      'sightings[1], pageUrl: expected an http(s) address',
    ]);
    expect(batch.warnings.map(describeProblem)).toEqual([
      'quotes[8], text: contains HTML markup; kept as plain text',
      'quotes[8], note: contains HTML markup; kept as plain text',
    ]);
  });
  it('CSV names the spreadsheet row and column', () => {
    const batch = readImportFile('x.csv', 'text,source_url,created_at,verdict\r\nok,https://a.example,,False\r\n"two\r\nlines",ftp://x,,\r\n,https://a.example,,\r\nfine,,yesterday,\r\n');
    expect(batch.quotes).toMatchObject([{ text: 'ok', verdict: 'false' }]);
    expect(batch.rejections.map(describeProblem)).toEqual([
      'row 3, column source_url: expected an http(s) address',
      'row 4, column text: missing',
      'row 5, column created_at: “yesterday” is not an ISO 8601 date (such as 2024-03-05, or 2024-03-05T14:30:00Z with a time)',
    ]);
  });
  it('CSV from other tools: their column names for ours', () => {
    const batch = readImportFile('sheet.csv', 'Quote,Claimant,URL,Publisher,Date,Notes,Keywords,Rating\n"Coalition of the willing",Marco Rubio,https://a.example/x,Example Daily,2025-08-17,"checked, twice",eu; summit,4\n');
    expect(batch.rejections).toEqual([]);
    expect(batch.quotes).toEqual([{
      text: 'Coalition of the willing',
      speaker: 'Marco Rubio',
      source: { url: 'https://a.example/x', outlet: 'Example Daily', publishedAt: '2025-08-17' },
      context: { before: '', after: '' },
      note: 'checked, twice',
      tags: ['eu', 'summit'],
    }]);
  });
  it('the store’s whole-file reader refuses a file with any bad row', () => {
    expect(() => parseQuotesFile('{"quotes":[{"text":"a"},{"speaker":"b"}]}')).toThrow('quotes[1], text: missing');
    expect(() => parseQuotesFile('{"quotes":[]}')).toThrow('The file has no quotes.');
  });
});

describe('other tools’ files', () => {
  it('Fact Check Tools claims:search response', () => {
    const batch = readImportFile('claims.json', JSON.stringify({
      claims: [
        {
          text: 'We were able to win the following concession',
          claimant: 'Steve Witkoff',
          claimDate: '2025-08-17T00:00:00Z',
          claimReview: [{ publisher: { name: 'PolitiFact', site: 'politifact.com' }, url: 'https://www.politifact.com/x', title: 'Did Putin agree?', reviewDate: '2025-08-20T00:00:00Z', textualRating: 'Half True', languageCode: 'en' }],
        },
        { claimant: 'Nobody', claimReview: [] },
      ],
      nextPageToken: 'abc',
    }));
    expect(batch.format).toBe('factcheck-tools');
    expect(batch.quotes).toEqual([{
      text: 'We were able to win the following concession',
      speaker: 'Steve Witkoff',
      source: { url: 'https://www.politifact.com/x', title: 'Did Putin agree?', outlet: 'PolitiFact', publishedAt: '2025-08-17T00:00:00Z', lang: 'en' },
      context: { before: '', after: '' },
      tags: [],
      verdict: 'out-of-context',
      note: 'Rated “Half True” by PolitiFact on 2025-08-20: https://www.politifact.com/x',
    }]);
    expect(batch.rejections.map(describeProblem)).toEqual(['claims[1], text: missing']);
  });
  it('ClaimReview JSON-LD inside a fact-checker’s page, read as text', () => {
    const review = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/rubio',
      author: { '@type': 'Organization', name: 'Example Check' },
      datePublished: '2025-08-19',
      claimReviewed: 'Coalition of the willing',
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Marco Rubio' }, appearance: [{ '@type': 'CreativeWork', url: 'https://news.example/a', headline: 'Summit' }], datePublished: '2025-08-17' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Pants on Fire', ratingExplanation: 'He said no such thing.' },
    };
    const html = `<html><head><script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'NewsArticle' }, review] })}</script></head><body onload="alert(1)"></body></html>`;
    const batch = readImportFile('page.html', html);
    expect(batch.format).toBe('claimreview');
    expect(batch.quotes).toEqual([{
      text: 'Coalition of the willing',
      speaker: 'Marco Rubio',
      source: { url: 'https://news.example/a', title: 'Summit', publishedAt: '2025-08-17' },
      context: { before: '', after: '' },
      tags: [],
      verdict: 'false',
      note: 'He said no such thing.\n\nRated “Pants on Fire” by Example Check on 2025-08-19: https://factcheck.example/rubio',
    }]);
  });
  it('maps fact-checkers’ rating words onto our scale', () => {
    expect(['False', 'Pants on Fire', 'Mostly False', 'Misleading', 'Missing context', 'True', 'Correct', 'Unproven', 'Misattributed', 'Out of context', 'Satire?']
      .map(verdictForRating)).toEqual(['false', 'false', 'out-of-context', 'out-of-context', 'out-of-context', 'accurate', 'accurate', 'unverified', 'misquoted', 'out-of-context', undefined]);
  });
});
