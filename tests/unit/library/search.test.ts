import { describe, expect, it } from 'vitest';
import { LibraryIndex, foldForSearch, searchTerms, type LibraryItem } from '../../../lib/store/library-search';
import { speakerKey } from '../../../lib/store/quotes';
import type { Quote, Verdict } from '../../../lib/model';
import { generateLibrary } from '../formats/generate';

const item = (q: Partial<Quote> & { text: string }, pageVerdicts: Verdict[] = []): LibraryItem => {
  const quote: Quote = { id: q.text, speaker: '', source: { url: 'https://a.example' }, context: { before: '', after: '' }, tags: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...q };
  return { quote, speakerKey: speakerKey(quote.speaker), sightings: pageVerdicts.length, pageVerdicts };
};

const items = [
  item({ text: 'We’re not at the precipice of a peace agreement', speaker: 'Marco Rubio', source: { url: 'https://a.example', outlet: 'Example Daily', publishedAt: '2025-08-17' }, verdict: 'false', tags: ['summit'], createdAt: '2026-01-02T00:00:00Z' }, ['misquoted', 'accurate']),
  item({ text: 'Game-changing', speaker: 'Steve Witkoff', note: 'Said on Sunday TV', source: { url: 'https://b.example', outlet: 'Le Monde', publishedAt: '2024-03-01' }, createdAt: '2026-01-03T00:00:00Z' }),
  item({ text: 'Coalition of the willing', speaker: 'Ursula von der Leyen', source: { url: 'https://c.example', outlet: 'El País' }, verdict: 'accurate', tags: ['summit', 'eu'], createdAt: '2026-01-01T00:00:00Z' }),
];
const texts = (index: LibraryIndex, ...args: Parameters<LibraryIndex['query']>) => index.query(...args).map((i) => index.items[i].quote.text);

describe('library search', () => {
  const index = new LibraryIndex(items);
  it('finds words in text, speaker, outlet and note, folding case, accents and punctuation', () => {
    expect(texts(index, 'RUBIO peace')).toEqual(['We’re not at the precipice of a peace agreement']);
    expect(texts(index, 'were not')).toEqual(['We’re not at the precipice of a peace agreement']);
    expect(texts(index, 'pais')).toEqual(['Coalition of the willing']);
    expect(texts(index, 'sunday')).toEqual(['Game-changing']);
    expect(texts(index, 'game chang')).toEqual(['Game-changing']);
    expect(texts(index, 'rubio willing')).toEqual([]);
  });
  it('narrows as the reader types and widens again on backspace', () => {
    const typed = 'the will';
    const seen = [...typed].map((_, n) => texts(index, typed.slice(0, n + 1)).length);
    expect(seen.at(-1)).toBe(1);
    expect(texts(index, 'th').length).toBe(2);
    expect(texts(index, '')).toHaveLength(3);
  });
  it('filters by speaker, outlet, verdict, tag and date, and sorts', () => {
    expect(texts(index, '', { speaker: 'marco rubio' })).toHaveLength(1);
    expect(texts(index, '', { outlet: 'Le Monde' })).toEqual(['Game-changing']);
    expect(texts(index, '', { speaker: 'Leyen' })).toEqual(['Coalition of the willing']);
    expect(texts(index, '', { speaker: 'steve' })).toEqual(['Game-changing']);
    expect(texts(index, '', { outlet: 'pais' })).toEqual(['Coalition of the willing']);
    expect(texts(index, '', { speaker: 'Maya' })).toEqual([]);
    expect(texts(index, '', { pageVerdict: 'misquoted' })).toEqual(['We’re not at the precipice of a peace agreement']);
    expect(texts(index, '', { pageVerdict: 'unrated' }, 'added-asc')).toEqual(['Coalition of the willing', 'Game-changing']);
    expect(texts(index, '', { pageVerdict: 'false' })).toEqual([]);
    expect(texts(index, '', { verdict: 'unrated' })).toEqual(['Game-changing']);
    expect(texts(index, '', { tag: 'summit' }, 'added-asc')).toEqual(['Coalition of the willing', 'We’re not at the precipice of a peace agreement']);
    expect(texts(index, '', { from: '2025-01-01', to: '2025-12-31' })).toEqual(['We’re not at the precipice of a peace agreement']);
    expect(texts(index, '', {}, 'speaker')).toEqual(['We’re not at the precipice of a peace agreement', 'Game-changing', 'Coalition of the willing']);
    expect(texts(index, '', {}, 'verdict')).toEqual(['Coalition of the willing', 'We’re not at the precipice of a peace agreement', 'Game-changing']);
  });
  it('counts facets', () => {
    expect(index.facets().tags).toEqual([{ value: 'summit', label: 'summit', count: 2 }, { value: 'eu', label: 'eu', count: 1 }]);
  });
  it('agrees with a plain scan on a generated library', () => {
    const big = generateLibrary(9, 2_000).quotes.map((q) => item(q));
    const idx = new LibraryIndex(big);
    for (const query of ['ukraine', 'naïve cafe', 'w1', 'coalition willing', '"quoted"', '和平', 'zzz']) {
      const terms = searchTerms(query);
      const expected = big
        .filter(({ quote: q }) => terms.every((t) => foldForSearch(`${q.text} ${q.speaker} ${q.source.outlet} ${q.source.title} ${q.note ?? ''} ${q.tags.join(' ')}`).includes(t)))
        .map((i) => i.quote.id)
        .sort();
      expect(idx.query(query).map((i) => big[i].quote.id).sort()).toEqual(expected);
    }
  });
});

describe('building the index in steps', () => {
  it('gives the same answers as building it at once', async () => {
    const big = generateLibrary(10, 2_500).quotes.map((q) => item(q));
    let pauses = 0;
    const stepped = await LibraryIndex.build(big, async () => pauses++, 1_000);
    const whole = new LibraryIndex(big);
    expect(pauses).toBe(3);
    for (const query of ['ukraine', 'café', 'w1', 'the guarantees', '']) expect(stepped.query(query)).toEqual(whole.query(query));
  });
});
