import { describe, expect, it } from 'vitest';
import { hashString, hashWords } from '@/lib/match/word-hashes';
import { toWords } from '@/lib/text/words';

describe('hashWords', () => {
  it('sees the same words at the same offsets as toWords', () => {
    const text = 'Ｆｕｌｌ-width, “curly” — naïve CAFÉ déjà-vu soft\u00ADhyphen zero\u200Bwidth ﬁne 5‑like 𝐁old 😀 İstanbul ß e\u0301 \u0301 ...';
    const words = toWords(text);
    const hashed = hashWords(text);
    expect([...hashed.hashes]).toEqual(words.words.map(hashString));
    expect([...hashed.starts]).toEqual([...words.starts]);
    expect([...hashed.ends]).toEqual([...words.ends]);
  });
});
