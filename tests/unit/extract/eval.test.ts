import { describe, expect, it } from 'vitest';
import { cases, figures, goldFiles, sameQuote, sameSpeaker, score, shortfalls, total } from '../../../scripts/gold';
import type { DetectedQuote } from '../../../lib/extract/detect';

const detected = (text: string, speaker?: string, kind: DetectedQuote['kind'] = 'speech'): DetectedQuote => ({
  text, start: 0, end: 0, kind, confidence: 1, nested: [], context: { before: '', after: '' }, ...(speaker ? { speaker } : {}),
});

// Computed once: detection over every gold page takes a while on a busy machine. The held-out split is read in
// eval-held-out.test.ts, a file of its own, so that the two run side by side.
const all = await cases(['tuning', 'tuned-before']);

describe('the extraction evaluation', () => {
  it('scores a wrong speaker, a missed quotation and a false one', () => {
    const gold = [
      { text: 'We won the vote,', speaker: 'Jane Doe' },
      { text: 'It was close.', speaker: 'John Roe' },
      { text: 'Nobody expected it.', speaker: 'Jane Doe' },
      { text: 'maybe', speaker: null, optional: true },
    ];
    const s = score([detected('We won the vote', 'Doe'), detected('It was close.', 'Jane Doe'), detected('wins'), detected('maybe')], gold);
    expect(s).toMatchObject({ gold: 3, found: 2, reported: 3, correct: 2, attributed: 2, rightSpeaker: 1, goldSpeakers: 3 });
    expect(s.errors).toHaveLength(3);
  });

  it('scores a quotation over several paragraphs by the runs of its paragraphs that the gold holds', () => {
    const long = detected('We are shocked by the news.\nEvery family here deserves a home.\nWe will build them.', 'Jane Doe');
    const byParagraph = [
      { text: 'We are shocked by the news.', speaker: 'Jane Doe' },
      { text: 'Every family here deserves a home.', speaker: 'Jane Doe' },
      { text: 'We will build them.', speaker: 'John Roe' },
    ];
    expect(score([long], byParagraph)).toMatchObject({ gold: 3, found: 3, reported: 3, correct: 3, attributed: 3, rightSpeaker: 2 });
    const whole = [{ text: 'We are shocked by the news. Every family here deserves a home. We will build them.', speaker: 'Jane Doe' }];
    expect(score([long], whole)).toMatchObject({ gold: 1, found: 1, reported: 1, rightSpeaker: 1 });
    const twoTogether = [{ text: 'We are shocked by the news. Every family here deserves a home.', speaker: 'Jane Doe' }];
    expect(score([long], twoTogether)).toMatchObject({ gold: 1, found: 1, reported: 2, correct: 1, rightSpeaker: 1 });
  });

  it('matches names and quotations the way a reader would', () => {
    expect(sameSpeaker('Te Kaurinui Robert Parata', 'Te Kaurinui Parata')).toBe(true);
    expect(sameSpeaker('Hori Parata', 'Te Kaurinui Parata')).toBe(false);
    expect(sameQuote('“We covered almost all the other issues necessary for a peace deal,”', 'We covered almost all the other issues necessary for a peace deal')).toBe(true);
    expect(sameQuote('a peace deal', 'We covered almost all the other issues necessary for a peace deal')).toBe(false);
  });

  it('says which targets a score falls short of', () => {
    const base = { gold: 20, found: 20, reported: 20, correct: 20, attributed: 10, rightSpeaker: 10, goldSpeakers: 10, errors: [] };
    expect(shortfalls(base)).toEqual([]);
    expect(shortfalls({ ...base, found: 18 })).toEqual(['quote recall 0.900 < 0.95']);
    expect(shortfalls({ ...base, rightSpeaker: 8 })).toEqual(['speaker precision 0.800 < 0.97', 'speaker recall 0.800 < 0.85']);
  });

  const bySplit = (split: string) => total(all.filter((c) => c.split === split).map((c) => score(c.detected, c.gold)));

  it('reads every gold file with its split, and scores the seed article fully', () => {
    expect(goldFiles().every((g) => ['held-out', 'tuning', 'tuned-before'].includes(g.split))).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(score(all[0].detected, all[0].gold)).toMatchObject({ gold: 8, found: 8, reported: 8, rightSpeaker: 8 });
  });


  const TUNING_RECALL_FLOOR = 0.78;
  it('meets the targets on the pages it was tuned on before, and holds what it reaches on the former held-out pages', () => {
    expect(shortfalls(bySplit('tuned-before'))).toEqual([]);
    // The tuning split holds the five pages that were held out until this set was replaced (Czech „…“ quotes, a
    // Portuguese coach named by his role) and every later set, each with gold written before the reader was run on it
    // or changed for it (tests/fixtures/README.md lists them): two hundred pages in English, French, Spanish,
    // Portuguese, German, Czech and Chinese. The reader reaches 0.90 on the eighty-five pages it was tuned on before the
    // fourth round; the fresh pages moved to tuning since came in at about half (0.50 in the fourth round, 0.66, 0.50, 0.58
    // and 0.56 in the fifth's four sets, 0.57 in the seventh's), so the whole split stood at about 0.80 when the fifth
    // round's last set joined, at 0.817 after that round and 0.831 after the sixth; with the seventh's twenty-five pages,
    // tuned on, 0.799; with the eighth's seventeen (0.51 when they came in), 0.763 before that round's changes and 0.774
    // after; with the ninth's thirty (0.64 and 0.52 when they came in), 0.768 after that round, 0.775 after the tenth;
    // 0.787 with the eleventh round's scoring of quotations over several paragraphs, and 0.791 with metro-2 (0.16 when
    // it came in) after that round. The floor stands a little below.
    const tuning = figures(bySplit('tuning'));
    expect(tuning.quoteRecall).toBeGreaterThanOrEqual(0.95);
    expect(tuning.speakerPrecision).toBeGreaterThanOrEqual(0.97);
    expect(tuning.speakerRecall).toBeGreaterThanOrEqual(TUNING_RECALL_FLOOR);
  });
});
