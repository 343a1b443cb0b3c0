/**
 * Rules of the thirty-fifth round, tested with texts written for the test. The classes came from probing, in fresh
 * wording, the usual constructions of news in each language the reader knows.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a German noun, or a genitive, before a full name', () => {
  it.each([
    ['Die Antwort von Anna Berger: „Es klappt schon.“', 'Anna Berger'],
    ['Das Fazit von Tom Krause: „Es klappt schon.“', 'Tom Krause'],
    ['Anna Bergers Antwort: „Es klappt schon.“', 'Anna Berger'],
    ['Anna Berger ist Ärztin in Köln. Bergers Antwort: „Es klappt schon.“', 'Anna Berger'],
  ])('names the person, not the noun run with the name: %s', (text, speaker) => {
    expect(speakerOf(text, 'klappt schon')).toBe(speaker);
  });

  it.each([
    ['Laut Ursula von der Leyen war das „ein Erfolg, es klappt schon“.', 'Ursula von der Leyen'],
    ['Laut Otto von Bismarck war das „ein Erfolg, es klappt schon“.', 'Otto von Bismarck'],
    ['„Es klappt schon“, sagte Thomas Krause.', 'Thomas Krause'],
  ])('keeps names with "von" and given names ending in s: %s', (text, speaker) => {
    expect(speakerOf(text, 'klappt schon')).toBe(speaker);
  });
});
