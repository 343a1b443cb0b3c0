/**
 * Rules of the seventeenth round, each from a class of speakers read wrong or missed on the tuning half of set K, with
 * sentences written for the test and a negative guarding each.
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../lib/extract/quotations';
import { speakerOf } from './speaker-of';

describe('an opening mark typed twice', () => {
  it('opens one quotation, closed where the words end', () => {
    const curly = 'The hearing went on. “”This is a very unfair trial,” he said. Then it went on.';
    expect(findQuotations(curly).map((q) => q.text)).toEqual(['This is a very unfair trial,']);
    const straight = 'The board met.\n""Tim has served Apple well for thirteen years," Levinson said.';
    expect(findQuotations(straight).map((q) => q.text)).toEqual(['Tim has served Apple well for thirteen years,']);
    expect(speakerOf(straight, 'Tim has served')).toBe('Levinson');
  });

  it('but a word quoted inside a quotation is still nested in it', () => {
    const text = '“"Literally" is the word he used,” she said.';
    expect(findQuotations(text).map((q) => q.text)).toEqual(['"Literally" is the word he used,']);
  });
});

describe('an epigraph', () => {
  const text = 'A new investigation reveals how the spying began.\n“We lied, we cheated, we stole. We had entire training courses.”\n— Mike Pompeo, College Station, TX, April 15, 2019\nThe firm was founded in 2008.';

  it('is credited on the next line by a dash and a full name, with where and when', () => {
    expect(speakerOf(text, 'We lied')).toBe('Mike Pompeo');
  });

  it('but not by a dash and a single word the text knows as no one', () => {
    expect(speakerOf(text.replace('Mike Pompeo', 'Anonymous'), 'We lied')).toBe(null);
  });
});

describe('a participle of saying opening the sentence', () => {
  it('has the main clause’s subject, after the comma past the words', () => {
    expect.soft(speakerOf('Declaring “the soul of the service” is at stake, Defense Secretary Robert Gates has ordered a review.', 'soul of')).toBe('Robert Gates');
    expect.soft(speakerOf('WASHINGTON (Aug. 13) -- Declaring “the soul of the service” is at stake, Defense Secretary Robert Gates has ordered a review.', 'soul of')).toBe('Robert Gates');
    expect.soft(speakerOf('Saying “we will not back down,” Mayor Karen Bass vowed to fight the ruling.', 'back down')).toBe('Karen Bass');
    expect.soft(speakerOf('Mayor Karen Bass spoke on Monday. Saying “we will not back down,” she vowed to fight the ruling.', 'back down')).toBe('Karen Bass');
  });

  it('but not a participle inside a clause that has a subject of its own', () => {
    expect(speakerOf('The council, calling the plan “a disaster for working families,” voted against it, Mayor Karen Bass said.', 'disaster')).not.toBe('Karen Bass');
  });
});
