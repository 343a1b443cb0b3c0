import { describe, expect, it } from 'vitest';
import { cases, ratio, sameQuote, sameSpeaker, score, TARGETS, total } from '../../../scripts/eval-extract';
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

  it('meets the targets on the seed article and the gold pages', () => {
    const all = cases();
    expect(all.length).toBeGreaterThanOrEqual(6);
    const seed = score(all[0].detected, all[0].gold);
    expect(seed).toMatchObject({ gold: 8, found: 8, reported: 8, rightSpeaker: 8 });
    const t = total(all.map((c) => score(c.detected, c.gold)));
    expect(ratio(t.rightSpeaker, t.attributed)).toBeGreaterThanOrEqual(TARGETS.speakerPrecision);
    expect(ratio(t.found, t.gold)).toBeGreaterThanOrEqual(TARGETS.quoteRecall);
  }, 30_000);
});
