/**
 * Rules of the eighteenth round, each from a class of speakers read wrong or missed on the tuning half of set L, with
 * sentences written for the test and a negative guarding each.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a quotation opening its line', () => {
  it('is credited on its own line by a dash, even a typed hyphen, and a full name with who they are', () => {
    const hyphen = 'Three lessons for founders.\n"Cash on hand can make you sloppy. I like lean budgets." - Dana Whitfield, cofounder of $40M-funded Larkspur.\nThe second lesson is hiring.';
    expect.soft(speakerOf(hyphen, 'Cash on hand')).toBe('Dana Whitfield');
    expect.soft(speakerOf(hyphen.replace(' - ', ' – '), 'Cash on hand')).toBe('Dana Whitfield');
  });

  it('but not by a dash opening a sentence about someone, nor by a dash before a single word the text knows as no one', () => {
    expect.soft(speakerOf('The rule is simple.\n"Cash on hand can make you sloppy." - Dana Whitfield later built a fund on it.', 'Cash on hand')).toBe(null);
    expect.soft(speakerOf('The rule is simple.\n"Cash on hand can make you sloppy." - Anonymous', 'Cash on hand')).toBe(null);
  });
});
