/**
 * Rules of the thirty-third round, tested with texts written for the test. The classes came from the quotations the
 * reader leaves without a speaker on the tuning pages, each probed again in fresh wording in each language.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a middle initial "M." is no French "Monsieur"', () => {
  it.each([
    ['Laura M. Smith met Tom Hale on Monday. “We agreed on nothing,” she said.', 'agreed on nothing', 'Laura M. Smith'],
    ['Eva M. Welskop-Deffaa übernimmt das Amt von Peter Neher. „Wir fangen morgen an“, so die neue Präsidentin.', 'fangen morgen', 'Eva M. Welskop-Deffaa'],
    ['Anne M. Dupont a rencontré Paul Roy lundi. « Rien n’est décidé », a-t-elle déclaré.', 'Rien n’est', 'Anne M. Dupont'],
    ['“We agreed on nothing,” said Laura M. Smith.', 'agreed on nothing', 'Laura M. Smith'],
  ])('keeps the given name and its gender: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['« Rien n’est décidé », a déclaré M. Dupont.', 'Dupont'],
    ['« Rien n’est décidé », a déclaré le ministre M. Paul Dupont.', 'Paul Dupont'],
  ])('reads "M." before a name as the honorific still: %s', (text, speaker) => {
    expect(speakerOf(text, 'Rien n’est')).toBe(speaker);
  });
});
