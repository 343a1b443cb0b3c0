/**
 * Rules of the nineteenth round, each from a class of speakers read wrong or missed on the tuning half of set M, with
 * sentences written for the test and a negative guarding each.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a quotation after a clause ending in a colon and before a credit', () => {
  it('is the words of the name credited right after it, not of the clause’s subject', () => {
    const text = 'Die Tierschützer sind empört. Für den Verband reagiert die Stadtverwaltung viel zu spät: „Wir bekommen täglich Meldungen von toten Tieren“, erklärte Jana Albers vom Verband.';
    expect.soft(speakerOf(text, 'Wir bekommen')).toBe('Jana Albers');
    expect.soft(speakerOf('The council moved too late, critics say. For the charity, the response came far too slowly: "We got reports of dead birds every day," said Jana Albers of the charity.', 'We got reports')).toBe('Jana Albers');
  });

  it('but not when a clause goes on after the words, with a name that is not their credit', () => {
    const text = 'Carla Mendes described the evening. She said he then announced: "My friend will be joining us today," and alleges Ruth Okafor then entered the room.';
    expect(speakerOf(text, 'My friend')).not.toBe('Ruth Okafor');
  });
});
