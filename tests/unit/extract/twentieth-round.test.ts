/**
 * Rules of the twentieth round, each from a class of speakers read wrong or missed on the tuning half of set N, with
 * sentences written for the test and a negative guarding each.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a German member of a body before a colon', () => {
  it('is a person named with a role, whatever the given name', () => {
    const text = 'Der Rat hat Jörn Albrecht bestätigt.\nAufsichtsratsmitglied Jörn Albrecht: „Ich freue mich auf die Aufgabe und danke allen für das Vertrauen.“';
    expect(speakerOf(text, 'Ich freue mich')).toBe('Jörn Albrecht');
  });

  it('but a name alone before a colon still needs the text to know it as a person', () => {
    const text = 'Die Lage ist ernst.\nJörn Albrecht: „Ich freue mich auf die Aufgabe und danke allen für das Vertrauen.“';
    expect(speakerOf(text, 'Ich freue mich')).toBeNull();
  });
});
