import { describe, expect, it } from 'vitest';
import { markWordsBesideQuote } from '@/lib/match/words-beside-quote';
import type { DiffPart } from '@/lib/match/diff';

const parts: DiffPart[] = [
  { op: 'unquoted', original: 'We are not there yet, but the talks', page: '' },
  { op: 'same', original: 'were going well', page: 'were going well' },
  { op: 'unquoted', original: 'and we will meet again.', page: '' },
];

describe('markWordsBesideQuote', () => {
  it('keeps words the page prints just before and after the fragment apart from the unquoted ones', () => {
    const shown = markWordsBesideQuote(parts, 'Rubio said that the talks “', '” and we would meet.');
    expect(shown).toEqual([
      { op: 'unquoted', original: 'We are not there yet, but', page: '' },
      { op: 'unquoted', original: 'the talks', page: '', besideQuote: true },
      parts[1],
      { op: 'unquoted', original: 'and we', page: '', besideQuote: true },
      { op: 'unquoted', original: 'will meet again.', page: '' },
    ]);
  });

  it('greys out every unquoted word when the page around says something else', () => {
    expect(markWordsBesideQuote(parts, 'He said “', '”, he added.')).toEqual(parts);
  });

  it('leaves changed words in the middle alone', () => {
    const middle: DiffPart[] = [{ op: 'same', original: 'a b', page: 'a b' }, { op: 'unquoted', original: 'c', page: '' }, { op: 'same', original: 'd', page: 'd' }];
    expect(markWordsBesideQuote(middle, 'c', 'c')).toEqual(middle);
  });
});

describe('a quote split around the writer’s words', () => {
  it('does not grey out the part the page quotes a few words earlier (tests/fixtures/requote p1)', () => {
    const split: DiffPart[] = [
      { op: 'unquoted', original: 'We were able to win the following concession: That the United States could offer Article 5-like protection,', page: '' },
      { op: 'same', original: 'which is one of the real reasons why Ukraine wants to be in NATO.', page: 'which is one of the real reasons why Ukraine wants to be in NATO.' },
    ];
    const shown = markWordsBesideQuote(split, 'Supporters of the deal point to the envoy\u2019s claim that an Article 5-like protection was on offer, \u201c', '.\u201d');
    expect(shown.map((p) => [p.original, !!p.besideQuote])).toEqual([
      ['We were able to win the following concession: That the United States could offer', false],
      ['Article 5-like protection,', true],
      [split[1].original, false],
    ]);
  });
});
