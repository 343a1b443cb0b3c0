import { describe, expect, it } from 'vitest';
import { cases, figures, goldFiles, sameQuote, sameSpeaker, score, shortfalls, total } from '../../../scripts/eval-extract';
import type { DetectedQuote } from '../../../lib/extract/detect';

const detected = (text: string, speaker?: string, kind: DetectedQuote['kind'] = 'speech'): DetectedQuote => ({
  text, start: 0, end: 0, kind, confidence: 1, nested: [], context: { before: '', after: '' }, ...(speaker ? { speaker } : {}),
});

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

  // Computed once: detection over every gold page takes a while on a busy machine.
  const all = cases();
  const bySplit = (split: string) => total(all.filter((c) => c.split === split).map((c) => score(c.detected, c.gold)));

  it('reads every gold file with its split, and scores the seed article fully', () => {
    expect(goldFiles().every((g) => ['held-out', 'tuning', 'tuned-before'].includes(g.split))).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(score(all[0].detected, all[0].gold)).toMatchObject({ gold: 8, found: 8, reported: 8, rightSpeaker: 8 });
  });

  // The honest figures: pages the reader was never tuned on (their gold was written before the reader was changed for them).
  // Only their figures are read here, never their misses (see scripts/eval-extract.ts). Issue 10 stays open while they
  // miss its targets, and `npm run eval:extract` exits non-zero until they are met. The first fourteen held-out pages
  // reached 0.98 precision (95 of 97), but their totals had been read after every round for several sessions. Each later
  // set of fresh pages, on which the reader had never run, gave less: six in the fourth round 0.79 (23 of 29), thirteen,
  // eleven, eight and seven in the fifth's four sets 0.866 (84 of 97), 0.974 (38 of 39), 0.947 (36 of 38) and 0.938
  // (30 of 32); the fifty-nine together 0.922 (306 of 332) when they were added, 0.927 (306 of 330) after the fifth round,
  // 0.928 (309 of 333) after the sixth, 0.918 (313 of 341) after the seventh. The seventh round added twenty-seven pages
  // held out from the start, with gold written before the reader ever ran on them: 0.835 (86 of 103) on the reader before
  // that round, 0.829 (87 of 105) after it; the eighty-six together 0.897 (400 of 446). The eighth round added eighteen
  // more, held out from the start in the same way: 0.944 (118 of 125) on the reader before that round, 0.952 (119 of 125)
  // after it, and a second set of twenty-two 0.927 (89 of 96) before and after; the hundred and twenty-six together 0.910
  // (607 of 667) before, 0.914 (615 of 673) after. The floor holds that, so no change may make a named speaker wrong more
  // often on pages it never saw.
  const HELD_OUT_PRECISION_FLOOR = 0.9;
  const TUNING_RECALL_FLOOR = 0.76;
  it('keeps speaker precision on the held-out pages', () => {
    expect(goldFiles().filter((g) => g.split === 'held-out')).toHaveLength(126);
    expect(figures(bySplit('held-out')).speakerPrecision).toBeGreaterThanOrEqual(HELD_OUT_PRECISION_FLOOR);
  });

  it('meets the targets on the pages it was tuned on before, and holds what it reaches on the former held-out pages', () => {
    expect(shortfalls(bySplit('tuned-before'))).toEqual([]);
    // The tuning split holds the five pages that were held out until this set was replaced (Czech „…“ quotes, a
    // Portuguese coach named by his role) and every later set, each with gold written before the reader was run on it
    // or changed for it (tests/fixtures/README.md lists them): a hundred and sixty-nine pages in English, French, Spanish,
    // Portuguese, German, Czech and Chinese. The reader reaches 0.90 on the eighty-five pages it was tuned on before the
    // fourth round; the fresh pages moved to tuning since came in at about half (0.50 in the fourth round, 0.66, 0.50, 0.58
    // and 0.56 in the fifth's four sets, 0.57 in the seventh's), so the whole split stood at about 0.80 when the fifth
    // round's last set joined, at 0.817 after that round and 0.831 after the sixth; with the seventh's twenty-five pages,
    // tuned on, 0.799; with the eighth's seventeen (0.51 when they came in), 0.763 before that round's changes and 0.774
    // after. The floor stands a little below.
    const tuning = figures(bySplit('tuning'));
    expect(tuning.quoteRecall).toBeGreaterThanOrEqual(0.95);
    expect(tuning.speakerPrecision).toBeGreaterThanOrEqual(0.97);
    expect(tuning.speakerRecall).toBeGreaterThanOrEqual(TUNING_RECALL_FLOOR);
  });
});
