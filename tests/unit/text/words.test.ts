import { describe, expect, it } from 'vitest';
import { quoteKey, toWords } from '@/lib/text/words';

describe('toWords', () => {
  it('folds case, quotation marks, apostrophes, dashes and diacritics', () => {
    expect(toWords('“We’re — NOT” Zelenskyy, Pérez').words).toEqual(['we', 're', 'not', 'zelenskyy', 'perez']);
    expect(quoteKey('"We\'re not"')).toBe(quoteKey('“We’re  NOT.”'));
  });

  it('joins words split by soft hyphens and zero-width characters, and splits at line breaks', () => {
    expect(toWords('agree\u00ADment peace\u200Bdeal line\nbreak').words).toEqual(['agreement', 'peacedeal', 'line', 'break']);
  });

  it('folds ligatures and full-width letters', () => {
    expect(toWords('ﬁnal ＮＡＴＯ').words).toEqual(['final', 'nato']);
  });

  it('keeps the raw offsets of every word', () => {
    const raw = 'He said, “Now\u00ADadays, it’s—clear.”';
    const { words, starts, ends } = toWords(raw);
    expect(words.map((_, i) => raw.slice(starts[i], ends[i]))).toEqual(['He', 'said', 'Now\u00ADadays', 'it', 's', 'clear']);
  });

  it('gives different keys to different words', () => {
    expect(quoteKey('all the other issues')).not.toBe(quoteKey('all of the issues'));
  });
});
