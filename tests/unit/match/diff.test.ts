import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/match/matcher';
import { diffParts } from '@/lib/match/diff';

const quote = { id: 'q', text: 'We covered almost all the other issues necessary for a peace deal, he said today in Alaska.' };

describe('diffParts', () => {
  it('spells out the difference word by word, with the page’s and the original’s own writing', () => {
    const page = 'He insisted that "we covered almost all of the issues necessary for a peace deal, he said" yesterday.';
    const [m] = createMatcher([quote]).match(page);
    expect(diffParts(quote.text, page, m)).toEqual([
      { op: 'same', original: 'We covered almost all', page: 'we covered almost all' },
      { op: 'added', original: '', page: 'of' },
      { op: 'same', original: 'the', page: 'the' },
      { op: 'dropped', original: 'other', page: '' },
      { op: 'same', original: 'issues necessary for a peace deal, he said', page: 'issues necessary for a peace deal, he said' },
      { op: 'unquoted', original: 'today in Alaska', page: '' },
    ]);
  });

  it('works on a match found in a slice', () => {
    const whole = `xxxxxxxxxx "${quote.text}"`;
    const [m] = createMatcher([quote]).match(whole.slice(5), 5);
    expect(diffParts(quote.text, whole.slice(5), m, 5)).toEqual([{ op: 'same', original: quote.text.slice(0, -1), page: quote.text.slice(0, -1) }]);
  });
});
