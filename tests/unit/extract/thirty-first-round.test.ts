/**
 * Rules of the thirty-first round, each for a class of mistakes the reader made on the tuning half of set R (fresh pages
 * whose gold was written before the reader ran on them), tested with texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a trade or title written with capitals before a name', () => {
  it.each([
    ['“Nobody wants a stiff dinner anymore,” says Marlow Studio Stylist Priya Dunmore.', 'stiff dinner', 'Priya Dunmore'],
    ['“We book a year ahead now,” says Fernleaf Catering Head Planner Oscar Villeneuve.', 'book a year', 'Oscar Villeneuve'],
    ['“Color is back,” says Brightwater Events Co-Founder Nadia Harrow.', 'Color is back', 'Nadia Harrow'],
  ])('keeps the firm and the title out of the name: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['“Every table tells a story,” says Brightwater Events Co-Owner and Creative Director Nadia Harrow.', 'Every table', 'Nadia Harrow'],
    ['“Guests want to move around,” says Founder and Lead Designer Tomas Reyes.', 'move around', 'Tomas Reyes'],
  ])('reads two titles joined before one name as hers or his: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('still reads two people joined after the verb as no one speaker', () => {
    expect(speakerOf('“We never agreed to that,” said Maria Lopez and John Smith.', 'never agreed')).toBeNull();
  });

  it('keeps a name whose first words are no title', () => {
    expect(speakerOf('“We are not foreigners in this land,” said Te Kaurinui Robert Parata.', 'foreigners')).toBe('Te Kaurinui Robert Parata');
  });
});

describe('a given name borne by women and men alike', () => {
  it('tells no gender, so the pronoun may mean its bearer', () => {
    const text = 'Florist Cameron Ridley has seen the change. Ridley agrees. “Nobody wants tall arrangements now,” she says.';
    expect(speakerOf(text, 'tall arrangements')).toBe('Cameron Ridley');
  });

  it('does not send the pronoun back to someone named earlier', () => {
    const text =
      'Planner Helen Marsh says tables are getting longer. Chef Jesse Okafor says menus are getting shorter. “Small plates are everywhere,” she says.';
    expect(speakerOf(text, 'Small plates')).not.toBe('Helen Marsh');
  });

  it('still tells the gender for a given name of one', () => {
    const text = 'Planner Helen Marsh says tables are getting longer. Chef Peter Okafor says menus are getting shorter. “Small plates are everywhere,” she says.';
    expect(speakerOf(text, 'Small plates')).toBe('Helen Marsh');
  });
});

describe('a verb that is also a noun, after the words and a name', () => {
  it.each([
    ['“Keep the menu short,” Dana Whitcombe jokes.', 'menu short', 'Dana Whitcombe'],
    ['Chef Luis Ortega runs the kitchen. “Small plates win,” Ortega shares, noting that guests like to graze.', 'Small plates', 'Luis Ortega'],
    ['Planner Rosa Delgado has seen it all. “Nobody wants a long speech,” Delgado points out.', 'long speech', 'Rosa Delgado'],
    ['Stylist Maria Quinn says vases are getting lower. “Start with one textile,” she instructs.', 'one textile', 'Maria Quinn'],
  ])('reads it as the verb of that name: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('leaves it a noun when the clause goes on', () => {
    expect(speakerOf('Analysts were upbeat. “Buy now,” Apple shares rose on the news.', 'Buy now')).toBeNull();
  });
});

describe('an adverb opening the sentence before a subject pronoun', () => {
  it.each([
    ['Mark Hale spoke first. Notably, he said that “the plan is dead.”', 'plan is dead', 'Mark Hale'],
    ['Mark Hale spoke first. Frankly, he said: “The fund is gone.”', 'fund is gone', 'Mark Hale'],
  ])('is no name; the pronoun is the subject: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('reads "it" there as the body spoken of', () => {
    const text = 'The Electoral Commission issued a statement. Critically, however, it said that it does not have “a role in regulating campaign content.”';
    expect(speakerOf(text, 'a role in regulating')).toBe('Electoral Commission');
  });
});

describe('a sentence about something of one person’s before a pronoun', () => {
  it('puts that person in focus', () => {
    const text = 'Mark Hale spoke about consulting. At a carrier, Paul Ruiz’s study time was stricter. He said that “the exam comes first.”';
    expect(speakerOf(text, 'exam comes first')).toBe('Paul Ruiz');
  });

  it.each([
    'Mark Hale spoke about the case. Paul Ruiz’s lawyer was not in court. He said that “the case is weak.”',
    'Mark Hale spoke about the farm. Paul Ruiz’s uncle was not at home. He said that “the case is weak.”',
  ])('not when what the person owns is a person: %s', (text) => {
    expect(speakerOf(text, 'case is weak')).not.toBe('Paul Ruiz');
  });
});

describe('whose words a quotation is, before it', () => {
  it.each([
    ['Lena Ortiz grew up on a farm. Painting gave her a way out — in Ortiz’s words, a “door I could open by myself.”', 'door I could open', 'Lena Ortiz'],
    ['Lena Ortiz grew up on a farm. Painting was, in her own words, “a door I could open by myself.”', 'door I could open', 'Lena Ortiz'],
    ['Painting was, in Lena Ortiz’s words, “a door I could open by myself.”', 'door I could open', 'Lena Ortiz'],
  ])('is the owner of the words, by name or possessive pronoun: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a firm’s name, its holder’s titles in lower case, then the holder’s name', () => {
  it.each([
    ['“We sold out in a day,” says Fernleaf Bakery co-owner Maria Santos.', 'sold out', 'Maria Santos'],
    ['“We sold out in a day,” said Fernleaf Bakery chief executive and founder Maria Santos.', 'sold out', 'Maria Santos'],
    ['“We sold out in a day,” says Fernleaf Events founder and lead planner Maria Santos.', 'sold out', 'Maria Santos'],
  ])('names the holder, not the firm: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('still names the firm when no name follows', () => {
    expect(speakerOf('“We sold out in a day,” said Fernleaf Bakery in a statement.', 'sold out')).toBe('Fernleaf Bakery');
  });
});

describe('constructions of feature writing', () => {
  it.each([
    ['Registered dietitian Ana Pereira, RD, says “breakfast is overrated.”', 'breakfast', 'Ana Pereira'],
    ['Ana Pereira, MD, told us that “breakfast is overrated.”', 'breakfast', 'Ana Pereira'],
  ])('reads credentials between commas as no subject: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['As nutritionist Ana Pereira puts it, “Breakfast is overrated.”', 'Breakfast', 'Ana Pereira'],
    ['Ana Pereira runs a clinic in Porto. As she puts it, “Breakfast is overrated.”', 'Breakfast', 'Ana Pereira'],
  ])('reads "as … puts it" as "as … put it": %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('reads "For X, …:" before the words as X’s view', () => {
    expect(speakerOf('Ana Pereira runs a clinic in Porto. For Pereira, the answer is simple: “Breakfast is overrated.”', 'Breakfast')).toBe('Ana Pereira');
  });

  it.each([
    'For Ana Pereira, the stakes are high. “Breakfast is overrated.”',
    'For years, the answer was simple: “Breakfast is overrated.”',
  ])('not without the colon, nor for a time: %s', (text) => {
    expect(speakerOf(text, 'Breakfast')).toBeNull();
  });
});

describe('more constructions of feature writing', () => {
  it.each([
    ['“Breakfast is overrated,” Ana Pereira, a dietitian in Porto, shared with Veranda.', 'Breakfast', 'Ana Pereira'],
    ['“Breakfast is overrated,” Ana Pereira, founder of Fernleaf Nutrition, shares.', 'Breakfast', 'Ana Pereira'],
    ['The key, according to Ana Pereira, is to “eat when you are hungry.”', 'eat when', 'Ana Pereira'],
    ['Le secret, selon Claire Morel, est de « manger quand on a faim ».', 'manger quand', 'Claire Morel'],
  ])('reads the speaker: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('still reads "to" before a name for a thing as no one’s words', () => {
    expect(speakerOf('According to Ana Pereira, the clinic belongs to “the people of Porto.”', 'the people of Porto')).toBeNull();
  });
});

describe('an adverb opening the sentence before a subject with its article', () => {
  it.each(['Notably', 'Afterwards', 'Separately', 'Elsewhere', 'Overnight'])('is no name: %s, the mayor said', (adverb) => {
    const text = `Mayor Ruth Okafor spoke at noon. ${adverb}, the mayor said that “the bridge will reopen.”`;
    expect(speakerOf(text, 'bridge will reopen')).toBe('Ruth Okafor');
  });

  it('still reads a surname of that shape in apposition', () => {
    expect(speakerOf('Kelly, the mayor, said: “The bridge will reopen.”', 'bridge will reopen')).toBe('Kelly');
  });
});

describe('an adverb opening the sentence in the other languages', () => {
  it.each([
    ['El alcalde Tomás Vidal habló al mediodía. Posteriormente, el alcalde dijo que «el puente abrirá».', 'puente abrirá', 'Tomás Vidal'],
    ['O prefeito Tomás Vidal falou ao meio-dia. Posteriormente, o prefeito disse que “a ponte vai abrir”.', 'ponte vai abrir', 'Tomás Vidal'],
    ['Le maire Paul Marchand a parlé à midi. Visiblement, le maire a assuré que « le pont rouvrira ».', 'pont rouvrira', 'Paul Marchand'],
  ])('is no name, and the role means its holder: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('names no adverb in Czech', () => {
    expect(speakerOf('Starosta Petr Novák promluvil. Následně, starosta řekl: „Most se otevře.“', 'Most se')).not.toBe('Následně');
  });
});
