import { describe, expect, it } from 'vitest';
import { createMatcher, restoreMatcher, type MatchableQuote, type QuoteMatch } from '@/lib/match/matcher';
import { samePerson } from '@/lib/match/same-person';

const RUBIO: MatchableQuote = {
  id: 'rubio',
  speaker: 'Marco Rubio',
  text: 'We’re not at the precipice of a peace agreement, and that getting there would not be easy and would take a lot of work.',
};
const WITKOFF: MatchableQuote = {
  id: 'witkoff',
  speaker: 'Steve Witkoff',
  text: 'We were able to win the following concession: That the United States could offer Article 5-like protection, which is one of the real reasons why Ukraine wants to be in NATO.',
};
const VDL: MatchableQuote = {
  id: 'vdl',
  speaker: 'Ursula von der Leyen',
  text: 'We welcome President Trump’s willingness to contribute to Article 5-like security guarantees for Ukraine, and the ‘Coalition of the willing’ — including the European Union — is ready to do its share.',
};
const ISSUES: MatchableQuote = { id: 'issues', speaker: 'Steve Witkoff', text: 'We covered almost all the other issues necessary for a peace deal,' };
const SHORT: MatchableQuote = { id: 'short', speaker: 'Steve Witkoff', text: 'game-changing' };
const ALL = [RUBIO, WITKOFF, VDL, ISSUES, SHORT];

const matcher = createMatcher(ALL);
const found = (text: string, m = matcher) => m.match(text).map((x) => ({ ...x, text: text.slice(x.start, x.end) }));
const ops = (m: QuoteMatch) => m.steps.filter((s) => s.op !== 'same').map((s) => `${s.op}:${s.quoteFrom}-${s.quoteTo}`);

describe('exact', () => {
  it('ignores typography, case, white space, soft hyphens and zero-width characters', () => {
    const text = 'He said: "WE’RE not at the pre\u00ADcipice of a peace agree\u200Bment,\n  and that getting there would not be easy — and would take a lot of work!"';
    const [m, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ quoteId: 'rubio', kind: 'exact', text: text.slice(text.indexOf('WE'), text.indexOf('!')) });
  });

  it('returns matches in text order with offsets into the raw text', () => {
    const text = `Intro. "${ISSUES.text}" Then: "${RUBIO.text}"`;
    expect(found(text).map((m) => [m.quoteId, m.text])).toEqual([
      ['issues', 'We covered almost all the other issues necessary for a peace deal'],
      ['rubio', RUBIO.text.slice(0, -1)],
    ]);
  });

  it('finds a quote twice when the page repeats it', () => {
    const text = `"${RUBIO.text}" and again later: "${RUBIO.text}"`;
    expect(found(text).map((m) => m.kind)).toEqual(['exact', 'exact']);
  });
});

describe('partial', () => {
  it('finds a quoted fragment of six or more words', () => {
    const text = 'The envoy said the deal was "one of the real reasons why Ukraine wants to be in NATO" and left.';
    expect(found(text)).toMatchObject([{ quoteId: 'witkoff', kind: 'partial', text: 'one of the real reasons why Ukraine wants to be in NATO' }]);
  });

  it('needs quotation marks for a fragment under ten words, and ignores fragments under six', () => {
    expect(found('A headline: Trump willing to contribute to Article 5-like security guarantees')).toEqual([]);
    expect(found('Officials said "the real reasons why Ukraine" matter.')).toEqual([]);
    expect(found('He said "the real reasons why Ukraine wants" matter.')).toHaveLength(1);
  });

  it('keeps a short fragment next to a longer one when the page splits the quote with its own words', () => {
    const text = 'the claim that an Article 5-like protection was on offer, "which is one of the real reasons why Ukraine wants to be in NATO."';
    expect(found(text).map((m) => [m.kind, m.text])).toEqual([
      ['partial', 'Article 5-like protection'],
      ['partial', 'which is one of the real reasons why Ukraine wants to be in NATO'],
    ]);
  });
});

describe('altered', () => {
  it('aligns substituted, added and dropped words against the original', () => {
    const [m] = found('Witkoff insisted that "we covered almost all of the issues necessary for a peace deal," though.');
    expect(m).toMatchObject({ quoteId: 'issues', kind: 'altered', text: 'we covered almost all of the issues necessary for a peace deal' });
    expect(ops(m)).toEqual(['added:4-4', 'dropped:5-6']);
  });

  it('shows a changed word as a change', () => {
    const [m] = found(`"${RUBIO.text.replace('easy', 'simple')}"`);
    expect(m.kind).toBe('altered');
    expect(ops(m)).toEqual(['changed:17-18']);
  });

  it('sees a changed first or last word as a change, not as a fragment', () => {
    const [head] = found(`He said: "They’re ${RUBIO.text.slice(6)}"`);
    expect(head).toMatchObject({ kind: 'altered', text: `They’re ${RUBIO.text.slice(6, -1)}` });
    expect(ops(head)).toEqual(['changed:0-1']);
    const [tail] = found(`"${RUBIO.text.replace('work.', 'effort')}," he said.`);
    expect(tail.kind).toBe('altered');
    expect(ops(tail)).toEqual(['changed:24-25']);
    // Without quotation marks at the edge, the page's own word before a fragment is not the quote's.
    expect(found(`He warned that "re not at the precipice of a peace agreement, and that getting there"`)[0].kind).toBe('partial');
  });

  it('catches a version that keeps the words but turns the meaning', () => {
    const [m] = found('"We are at the edge of a peace agreement, and getting there would be easy and quick," he said.');
    expect(m).toMatchObject({ quoteId: 'rubio', kind: 'altered' });
  });

  it('is not fooled by a sentence that shares words but is another sentence', () => {
    expect(found('"We are not at the point where anybody would take a peace agreement lightly, and it would be a lot of work," he said.')).toEqual([]);
  });
});

describe('abridged', () => {
  it('treats words cut at an ellipsis as cut, whatever the ellipsis looks like', () => {
    for (const ellipsis of ['...', '…', '[...]', '[…]']) {
      const text = `"We welcome President Trump's willingness to contribute to Article 5-like security guarantees for Ukraine ${ellipsis} the 'Coalition of the willing' ${ellipsis} is ready to do its share."`;
      const [m, ...rest] = found(text);
      expect(rest).toEqual([]);
      expect(m.kind).toBe('abridged');
      expect(ops(m)).toEqual(['cut:16-17', 'cut:22-26']);
    }
  });

  it('treats bracketed words as an editor’s insertion', () => {
    const [m] = found('"We covered almost all the other [outstanding] issues necessary for a peace deal"');
    expect(m.kind).toBe('abridged');
    expect(ops(m)).toEqual(['inserted:6-6']);
  });
});

describe('attribution', () => {
  it('reports who the page credits and whether that is someone else', () => {
    const [m] = found(`Asked about the timetable, Witkoff said: "${RUBIO.text}"`);
    expect(m).toMatchObject({ quoteId: 'rubio', pageSpeaker: 'Witkoff', misattributed: true });
    const [after] = found(`"${RUBIO.text.slice(0, -1)}," Secretary of State Marco Rubio told reporters.`);
    expect(after).toMatchObject({ misattributed: false });
    expect(after.pageSpeaker).toContain('Rubio');
    const [said] = found(`"${RUBIO.text.slice(0, -1)}," said Rubio.`);
    expect(said).toMatchObject({ pageSpeaker: 'Marco Rubio', misattributed: false });
    expect(found(`Someone else spoke. "${RUBIO.text}"`)[0]).toMatchObject({ misattributed: false });
    expect(found(`Ukraine's President Volodymyr Zelenskyy. She stated, "${RUBIO.text}"`)[0].pageSpeaker).toBeUndefined();
  });
});

describe('short quotes', () => {
  it('match only where the page quotes exactly these words', () => {
    expect(found('calling it a "game-changing" moment')).toMatchObject([{ quoteId: 'short', kind: 'exact', text: 'game-changing' }]);
    expect(found('calling it a “Game Changing,” moment')).toHaveLength(1);
    expect(found('a game-changing moment for the game-changing industry')).toEqual([]);
    expect(found('calling it a "game-changing moment"')).toEqual([]);
  });
});

describe('a slice of a text', () => {
  it('gives offsets in the whole text', () => {
    const whole = `Some text before. "${RUBIO.text}" After.`;
    const base = 10;
    const [m] = matcher.match(whole.slice(base), base);
    expect(whole.slice(m.start, m.end)).toBe(RUBIO.text.slice(0, -1));
    expect(m.steps[0].start).toBe(m.start);
  });
});

describe('keeping up with the store', () => {
  it('adds and removes quotes, and survives a save and restore of its segments', () => {
    const m = createMatcher([RUBIO]);
    const text = `"${WITKOFF.text}" and "${RUBIO.text}"`;
    expect(m.match(text).map((x) => x.quoteId)).toEqual(['rubio']);
    m.add([WITKOFF]);
    expect(m.match(text).map((x) => x.quoteId)).toEqual(['witkoff', 'rubio']);
    m.remove(['rubio']);
    expect(m.match(text).map((x) => x.quoteId)).toEqual(['witkoff']);
    expect([...m.ids()]).toEqual(['witkoff']);
    for (let i = 0; i < 6; i++) m.add([{ id: `extra${i}`, text: `Extra quote number ${i} with enough words to index` }]);
    const restored = restoreMatcher(structuredClone(m.segments()));
    expect(restored.size).toBe(7);
    expect(restored.match(text).map((x) => x.quoteId)).toEqual(['witkoff']);
    expect(restored.match('"Extra quote number 3 with enough words to index"').map((x) => x.quoteId)).toEqual(['extra3']);
  });

  it('keeps the longer of two stored quotes when one contains the other', () => {
    const inner: MatchableQuote = { id: 'inner', text: 'which is one of the real reasons why Ukraine wants to be in NATO' };
    const m = createMatcher([inner, WITKOFF]);
    expect(m.match(`"${WITKOFF.text}"`).map((x) => x.quoteId)).toEqual(['witkoff']);
  });
});

describe('samePerson', () => {
  it('accepts a surname, a title or a spelling variant, and tells apart people who share a surname', () => {
    expect(samePerson('Witkoff', 'Steve Witkoff')).toBe(true);
    expect(samePerson('Secretary of State Marco Rubio', 'Marco Rubio')).toBe(true);
    expect(samePerson('President Zelensky', 'Volodymyr Zelenskyy')).toBe(true);
    expect(samePerson('von der Leyen', 'Ursula von der Leyen')).toBe(true);
    expect(samePerson('Anna Rubio', 'Marco Rubio')).toBe(false);
    expect(samePerson('Witkoff', 'Marco Rubio')).toBe(false);
  });
});
