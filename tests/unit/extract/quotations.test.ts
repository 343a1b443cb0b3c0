import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../lib/extract/quotations';

const quoted = (text: string) => findQuotations(text).map((q) => q.text);

describe('quotation marks', () => {
  it('reads straight double quotes, opening and closing by context', () => {
    expect(quoted('He said, "We won." Then "more," she added.')).toEqual(['We won.', 'more,']);
  });

  it('reads curly double quotes', () => {
    expect(quoted('“Our nation is in danger,” Essid declared.')).toEqual(['Our nation is in danger,']);
  });

  it('reads single quotes used as quotation marks, not apostrophes', () => {
    expect(quoted('‘We need to listen,’ said the elder’s son. It’s the Māori’s way.')).toEqual(['We need to listen,']);
    expect(quoted("The minister called it 'a disgrace' on Friday.")).toEqual(['a disgrace']);
  });

  it('reads a plural possessive inside a single-quoted quotation as an apostrophe', () => {
    expect(quoted('‘The leaders’ meeting went well,’ said Tom Lind.')).toEqual(['The leaders’ meeting went well,']);
    // Without a later mark to close it, the same mark ends the quotation.
    expect(quoted('She called it ‘the leaders’ and moved on.')).toEqual(['the leaders']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted('Sudan’s leaders’ talks in the ’90s didn’t end.')).toEqual([]);
  });

  it('reads guillemets in French and German order, and „German“ quotes', () => {
    expect(quoted('Il a dit : « Nous avons gagné ». Fin.')).toEqual([' Nous avons gagné ']);
    expect(quoted('Er sagte: »Wir haben gewonnen«.')).toEqual(['Wir haben gewonnen']);
    expect(quoted('Sie sagte: „Das ist gut“, und ging.')).toEqual(['Das ist gut']);
  });

  it('does not take guillemets used as separators, inch marks or a lone mark for quotations', () => {
    expect(quoted('Home » World » Europe')).toEqual([]);
    expect(quoted('A 27" screen and a 5\' cable.\nNext.')).toEqual([]);
  });

  it('keeps a nested quotation inside the outer one', () => {
    const [q, ...rest] = findQuotations('She stated, "We welcome it, and the ‘Coalition of the willing’ is ready."');
    expect(rest).toEqual([]);
    expect(q.text).toBe('We welcome it, and the ‘Coalition of the willing’ is ready.');
    expect(q.nested).toHaveLength(1);
  });

  it('reads two apostrophes as the closing mark of a double quotation', () => {
    expect(quoted('“We lost the vote,’’ Anna Berg told reporters. “It hurts.’’')).toEqual(['We lost the vote,', 'It hurts.']);
    expect(quoted("The board called it \"a fair deal,'' a member said.")).toEqual(['a fair deal,']);
    // Alone, or inside a single-quoted quotation, they stay what they were.
    expect(quoted('The ’’ mark and the players’ ’90s kit.')).toEqual([]);
  });

  it('follows a quotation across paragraphs when the next one reopens it', () => {
    const text = '“First paragraph of the speech.\n“Second paragraph,” he said.\nNext story.';
    expect(quoted(text)).toEqual(['First paragraph of the speech.\nSecond paragraph,']);
  });

  it('follows a quotation in single marks across paragraphs when the next one reopens it with an opening mark', () => {
    // The British convention for a long statement: each paragraph reopens with ‘, only the last closes.
    const text = 'The King said:\n‘My Government will govern in service.\n‘Its programme will be mission-led.\n‘Stability will be the cornerstone.’\nThe speech ended.';
    expect(quoted(text)).toEqual(['My Government will govern in service.\nIts programme will be mission-led.\nStability will be the cornerstone.']);
    // An apostrophe opening a paragraph is the closing shape (’90s), and a paragraph that never closes stays apart.
    expect(quoted('Fans of the ’90s band came.\n’90s kits were sold.')).toEqual([]);
  });

  it('ends an unclosed quotation at its paragraph when the next does not reopen it', () => {
    const [q] = findQuotations('“Never closed\nA new paragraph.');
    expect(q).toMatchObject({ text: 'Never closed', unclosed: true });
  });

  it('follows a quotation into the next paragraph when that one closes it without reopening it', () => {
    expect(quoted('«Hemos trabajado durante meses.\n\nAhora toca cumplirlo», afirmó Teresa Ribera.')).toEqual(['Hemos trabajado durante meses.\nAhora toca cumplirlo']);
    const [q] = findQuotations('«Nunca cerrada\n\nEl acuerdo se firmó ayer. «Ahora», dijo Ana Ruiz.');
    expect(q).toMatchObject({ text: 'Nunca cerrada', unclosed: true });
  });
});
