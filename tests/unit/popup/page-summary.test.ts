import { describe, expect, it } from 'vitest';
import { readingOrder, summaryLine, tellApart, type FoundMatch } from '../../../lib/match/page-summary';
import { onePerQuotation } from '../../../lib/extract/article-quotes';
import type { DetectedQuote } from '../../../lib/extract/detect';

const found = (kind: FoundMatch['kind'], text: string, misattributed = false, diff: FoundMatch['diff'] = []): FoundMatch => ({ kind, misattributed, diff, quote: { text } });

describe("the popup's summary of a page", () => {
  const page = [
    found('exact', 'We were able to win the following concession: That the United States could offer'),
    found('partial', 'We were able to win the following concession: That the United States could offer', false, [
      { op: 'unquoted', original: 'We were able to win the following concession: That the', page: '' },
      { op: 'same', original: 'United States could offer', page: 'United States could offer' },
    ]),
    found('altered', 'We covered almost all the other issues'),
    found('exact', 'Not at the precipice', true),
    found('abridged', 'We welcome President Trump’s willingness'),
    found('exact', 'It is important that America agrees to work with Europe'),
  ];

  it('counts the warnings, worst first, and says so when there are none', () => {
    expect(summaryLine(page)).toBe('6 known quotes: 1 credited to someone else, 1 altered, 1 cut.');
    expect(summaryLine([page[0], page[5]])).toBe('2 known quotes, none credited to someone else, altered or cut.');
  });

  it('lists warnings first, the worst first, then the rest in page order', () => {
    expect(readingOrder(page)).toEqual([3, 2, 4, 0, 1, 5]);
  });

  it('shows the page’s own words, and where entries read alike, their first differing words or their place', () => {
    const twice = found('exact', 'one two three four five six seven eight nine ten');
    const alike = [found('exact', 'one two three four five six seven eight nine ten'), found('exact', 'one two three four five six seven eight eleven twelve'), twice, twice];
    const shown = tellApart(alike, 8);
    expect(shown[0]).toEqual({ words: '…seven eight nine ten' });
    expect(shown[1]).toEqual({ words: '…seven eight eleven twelve' });
    expect(shown[2]).toEqual({ words: '…seven eight nine ten' });
    expect(tellApart([twice, twice], 8)).toEqual([
      { words: 'one two three four five six seven eight…', where: '1st of 2 on the page' },
      { words: 'one two three four five six seven eight…', where: '2nd of 2 on the page' },
    ]);
    expect(tellApart(page.slice(0, 2))[1].words).toBe('United States could offer');
  });
});

describe('a quotation repeated on the page', () => {
  const quote = (text: string, speaker: string | undefined, confidence: number, start: number): DetectedQuote => ({
    text, start, end: start + text.length, kind: 'speech', ...(speaker ? { speaker } : {}), confidence, nested: [], context: { before: '', after: '' },
  });
  it('is one quotation, where it first appears, with the surest speaker of its copies', () => {
    const quotes = onePerQuotation([
      quote('We will not surrender.', undefined, 0, 10),
      quote('Something else entirely was said here', 'Ann Example', 0.9, 50),
      quote('We will NOT surrender', 'Maya Angelou', 0.95, 120),
    ]);
    expect(quotes.map((q) => [q.start, q.speaker])).toEqual([
      [10, 'Maya Angelou'],
      [50, 'Ann Example'],
    ]);
  });
});
