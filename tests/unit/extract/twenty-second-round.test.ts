/**
 * Rules of the twenty-second round, each from a class of error the reader still made and tested with sentences written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
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
