/**
 * Rules of the twenty-second round, each from a class of error the reader still made and tested with sentences written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { learnNames } from '../../../lib/extract/attribution/mentions';
import { sentenceSpans } from '../../../lib/extract/sentences';
import { speakerOf } from './speaker-of';

describe('one German word after an article, or a preposition with the article joined to it, doing something', () => {
  it.each([
    ['Besonders auffällig wird das im Starken Trab. Das sieht man, wenn man Galopp und Trab vergleicht.\n„Mit passiv Sitzen geht das nicht mehr“, meint der Sportwissenschaftler. Im Trab ist das Gegenteil gefragt.', 'Mit passiv'],
    ['Gefährlich wird es erst beim Großen Brand. Der Brand war schnell gelöscht.\n„Wir waren rechtzeitig da“, meint der Einsatzleiter.', 'Wir waren'],
  ])('is a noun: no person the description could mean: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it('leaves the person the description means', () => {
    const text = 'Josef Kastner ist Sportwissenschaftler. Besonders auffällig wird das im Starken Trab. Im Trab ist das Gegenteil gefragt.\n„Mit passiv Sitzen geht das nicht mehr“, meint der Sportwissenschaftler.';
    expect(speakerOf(text, 'Mit passiv')).toBe('Josef Kastner');
  });
});

describe('a place named in two words or more, doing something', () => {
  it.each([
    ['Ramaphosa spoke to reporters on Monday. South Africa has rejected the claims made in the report.\n“We will not be bullied,” he said.', 'We will not', 'South Africa'],
    ['Officer Dana Cole arrived first. Crown Heights was quiet by then.\n“Nobody wanted to talk,” she said.', 'Nobody wanted', 'Crown Heights'],
    ['Mayor Karen Bass visited the site. San Diego announced its own plan later that day.\n“We are ready,” she said.', 'We are ready', 'San Diego'],
    ['Singer Adele bought the mansion in 2019. Beverly Hills approved the plans a year later.\n“It is my dream house,” she said.', 'It is my', 'Beverly Hills'],
  ])('is no one a pronoun means: %s', (text, words, place) => {
    expect(speakerOf(text, words)).not.toBe(place);
  });

  it.each([
    ['Officer Dana Cole arrived first. Crown Heights was quiet by then.\n“Nobody wanted to talk,” she said.', 'Nobody wanted', 'Dana Cole'],
    ['Mayor Karen Bass visited the site. San Diego announced its own plan later that day.\n“We are ready,” she said.', 'We are ready', 'Karen Bass'],
  ])('so the pronoun means the person named before it: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a pronoun after an abbreviation that ends a sentence', () => {
  const people = (text: string) => [...learnNames(text, sentenceSpans(text)).people];

  it.each([
    ['The company has offices across the U.S. He said the plan would cost jobs.', 'U.S. He'],
    ['Smith moved to Washington, D.C. She was 24 and had no job.', 'D.C. She'],
  ])('is no part of a name: %s', (text, glued) => {
    expect(people(text)).not.toContain(glued);
  });
});

describe('a photo credit after a slash', () => {
  const people = (text: string) => [...learnNames(text, sentenceSpans(text)).people];

  it('names who took the picture, no one the story speaks of', () => {
    const text = 'Supporters cheer as the results come in. John Minchillo/AP\nMayor Karen Bass thanked them. “We did it,” she said.';
    expect(people(text)).not.toContain('John Minchillo AP');
    expect(people(text)).not.toContain('John Minchillo');
    expect(speakerOf(text, 'We did it')).toBe('Karen Bass');
  });

  it('but a Korean name with "Il" in it is one name', () => {
    expect(people('Der Staatsgründer Kim Il Sung regierte das Land bis 1994.')).toContain('Kim Il Sung');
  });
});

describe('a company named by what it is', () => {
  it.each([
    ['Analyst Priya Raman follows the sector. Forrester Research said demand would fall.\n“It is a bad year for tablets,” she said.', 'It is a bad', 'Priya Raman'],
    ['Sergio Alvarez runs the campaign. Redwood Consulting ran the adverts for him.\n“We had nothing to do with it,” he said.', 'We had nothing', 'Sergio Alvarez'],
  ])('is no one a pronoun means: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('but "AG" before a name is an attorney general, not a company', () => {
    const text = 'State AG Letitia James said the case was strong.\n“We will win,” she said.';
    expect(speakerOf(text, 'We will win')).toContain('Letitia James');
  });
});
