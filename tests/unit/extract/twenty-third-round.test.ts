/**
 * Rules of the twenty-third round. Each class was found by reading one context sentence with every way of naming its
 * speaker (name, surname, pronoun, role, age, trade, origin, organisation) in every position a report puts it (after the
 * words, before them with a colon, in an incise, with "que"), in each language, and is tested here with other sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a French incise in a compound tense inside the quotation marks', () => {
  it.each([
    ['Le maire de Lyon, Paul Mercier, a visité le chantier jeudi. « Les travaux avancent, a assuré Paul Mercier, et la ligne ouvrira en mai. »', 'Les travaux', 'Paul Mercier'],
    ['Le maire Paul Mercier a visité le chantier. « Ce texte est injuste, a estimé le maire, et nous le combattrons. »', 'Ce texte', 'Paul Mercier'],
  ])('names its speaker: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('an incise that ends its sentence inside the quotation marks', () => {
  it.each([
    ['Le ministre Hugo Lemaire a répondu aux questions. « Nous tiendrons le calendrier, explique Hugo Lemaire. Tout est prêt. »', 'Nous tiendrons', 'Hugo Lemaire'],
    ['La juge Anne Vidal a rendu sa décision. « Le dossier était vide, explique la juge. Ensuite, tout est allé vite. »', 'Le dossier', 'Anne Vidal'],
  ])('holds no word of the next sentence in the name: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
