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

describe('a capitalised role after the country or body it is of', () => {
  it('is read past that country, to the name set after the role’s comma', () => {
    const text = 'Trade is changing.\n"Any entrepreneur faces a world more connected than ever," says U.S. Secretary of Commerce, Penny Pritzker.';
    expect.soft(speakerOf(text, 'Any entrepreneur')).toBe('Penny Pritzker');
    expect.soft(speakerOf(text.replace('says U.S.', 'says the U.S.'), 'Any entrepreneur')).toBe('Penny Pritzker');
  });

  it('but a German noun before a role is no country of it', () => {
    const text = 'Sportdirektorin Kim Renkema ist zufrieden. "Ihr fehlt der Spielrhythmus", sagt Renkema. "Eigentlich ist sie zu gut. Lena hat einen starken Aufschlag", so die Stuttgarter Sportdirektorin über die Stärken der Rivers-Vertreterin.';
    expect(speakerOf(text, 'Eigentlich')).toBe('Kim Renkema');
  });
});

describe('a full name opening the sentence, then a press release’s title, department and employer between commas', () => {
  it('is the subject, not the employer last before the cue', () => {
    const text = 'The platform grew fast.\nPriya Raman, Senior Manager, APAC Talent Acquisition, Northwind Systems, says, "The tool is a vital part of how we hire."';
    expect(speakerOf(text, 'The tool')).toBe('Priya Raman');
  });

  it('but a list of companies holds no title: the subject is not the first of them', () => {
    const text = 'The banks replied.\nGoldman Sachs, Morgan Stanley, Deutsche Bank, said, "We will not comment on that matter today."';
    expect(speakerOf(text, 'We will not')).not.toBe('Goldman Sachs');
  });
});

describe('a lone capitalised word after an infinitive', () => {
  it('is the infinitive’s object, no rival for a pronoun after it', () => {
    const text = 'Carl Rodrigues built the firm.\nThe decision to leave Pakistan was his own idea.\nHe says: "Dad was happy there, but we wanted more."';
    expect(speakerOf(text, 'Dad was happy')).toBe('Carl Rodrigues');
  });

  it('but a lone word that may be a clause’s subject still leaves the pronoun unsure', () => {
    const text = 'Carl Rodrigues built the firm.\nThe decision meant Pakistan was his home no more.\nHe says: "Dad was happy there, but we wanted more."';
    expect(speakerOf(text, 'Dad was happy')).toBe(null);
  });
});

describe('a word of saying after a possessive', () => {
  it('is a noun, no cue: the cue is the participle before it', () => {
    const text = 'Judge Ada Moreno thanked the jury, noting that the jurors—who lingered after hours to pore over their notes—had been "attentive and patient."';
    expect(speakerOf(text, 'attentive')).toBe('Ada Moreno');
  });

  it('but a cue after a role with a possessive before it is still a cue', () => {
    const text = 'Anna Berg was at the hearing. "We will appeal the ruling tomorrow," her lawyer Tom Reed notes.';
    expect(speakerOf(text, 'We will appeal')).toBe('Tom Reed');
  });
});

describe('a participle opening a sentence before a full name', () => {
  it('is no part of the name', () => {
    const text = 'Hearing Dana Whitfield describe it, the toll of the injury was clear.\n"I was not sure I would play again," Whitfield said.';
    expect(speakerOf(text, 'I was not sure')).toBe('Dana Whitfield');
  });

  it('but a name of two words ending like a participle is still a name', () => {
    const text = 'The composer was ninety.\n"I write what I hear," Irving Berlin said.';
    expect(speakerOf(text, 'I write')).toBe('Irving Berlin');
  });
});
