/**
 * Rules of the twenty-seventh round, each for a class found by probing the reader with sentences of common news
 * constructions, tested with other sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';
import { speakerOf } from './speaker-of';

const context = 'Grace Okafor, a Democratic councilwoman from Harrisburg, voted against the budget on Monday.';

describe('a place or a name before a word for a body in lower case', () => {
  it.each([
    ['“The budget leaves us short,” said a spokeswoman for the Harrisburg police.', 'Harrisburg police'],
    ['“The budget leaves us short,” according to a statement from the Harrisburg police.', 'Harrisburg police'],
    ['“The budget leaves us short,” said the Biden administration in a statement.', 'Biden administration'],
    ['“The budget leaves us short,” the Biden administration said.', 'Biden administration'],
    ['The Harrisburg police said on Monday: “The budget leaves us short.”', 'Harrisburg police'],
    ['“The budget leaves us short,” Harrisburg police said.', 'Harrisburg police'],
    ['“The budget leaves us short,” said the Harrisburg police spokesman.', 'Harrisburg police'],
  ])('is that body, named with its word: %s', (sentence, body) => {
    expect(speakerOf(`${context} ${sentence}`, 'leaves us short')).toBe(body);
  });

  it.each([
    ['“The budget leaves us short,” said the Harrisburg police chief.'],
    ['“The budget leaves us short,” the Harrisburg police chief said.'],
    ['“The budget leaves us short,” said a spokeswoman for the Pennsylvania attorney general.'],
  ])('is never the place alone, and someone of the body is no one named: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'leaves us short')).toBe(null);
  });
});

describe('a family', () => {
  it.each([
    ['“The budget leaves us short,” the Okafor family said in a statement.'],
    ['“The budget leaves us short,” said the Okafor family.'],
    ['“The budget leaves us short,” Okafor’s family said.'],
  ])('speaks as one, not as the person whose name it bears: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'leaves us short')).toBe('Okafor family');
  });

  it.each([
    ['“The budget leaves us short,” the family lawyer said.'],
    ['“The budget leaves us short,” said the Okafor family lawyer.'],
  ])('has people of its own, whom a description does not make the person in focus: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'leaves us short')).toBe(null);
  });
});

describe('an English noun ending in "-ly" between the subject and the verb', () => {
  it('is no adverb: the words before it are a body, not a person', () => {
    expect(speakerOf(`${context} “The budget leaves us short,” the Pennsylvania assembly said.`, 'leaves us short')).toBe('Pennsylvania assembly');
  });

  it('leaves an adverb an adverb', () => {
    expect(speakerOf(`${context} “The budget leaves us short,” Okafor angrily said.`, 'leaves us short')).toBe('Grace Okafor');
  });
});

describe('someone brought in with capitals before their role, after the verb', () => {
  it.each([
    ['“The budget leaves us short,” said one senior Democratic aide.'],
    ['“The budget leaves us short,” said one veteran Harrisburg reporter.'],
  ])('is no one named, past a rank in lower case: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'leaves us short')).toBe(null);
  });

  it.each([
    ['“The budget leaves us short,” said a Kremlin spokesman, Dmitry Peskov.', 'Dmitry Peskov'],
    ['“The budget leaves us short,” said a Democratic councilman, Luis Ferreira.', 'Luis Ferreira'],
    ['“The budget leaves us short,” said the White House press secretary, Karine Jean-Pierre.', 'Karine Jean-Pierre'],
  ])('is the name set after the role: %s', (sentence, name) => {
    expect(speakerOf(`${context} ${sentence}`, 'leaves us short')).toBe(name);
  });
});

describe('someone of another, after the verb', () => {
  it.each([
    ['“The budget leaves us short,” said the father of the victim.'],
    ['“The budget leaves us short,” said the sister of the councilwoman.'],
  ])('is no description of the person in focus: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'leaves us short')).toBe(null);
  });

  it('leaves a description by count to the person in focus', () => {
    expect(speakerOf(`${context} “The budget leaves us short,” said the mother of four.`, 'leaves us short')).toBe('Grace Okafor');
  });
});

describe('a name set after a description completed by another', () => {
  it.each([
    ['“The budget leaves us short,” said an aide to the governor, Ruth Adler.'],
    ['“The budget leaves us short,” said a friend of the mayor, Ruth Adler.'],
    ['“The budget leaves us short,” said the husband of the mayor, Ruth Adler.'],
  ])('may be either one’s, so names no one: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'leaves us short')).toBe(null);
  });

  it.each([
    ['“The budget leaves us short,” said a spokesman for the governor, Ruth Adler.', 'leaves us short', 'Ruth Adler'],
    ['“The budget leaves us short,” said a resident of Camden, Ruth Adler.', 'leaves us short', 'Ruth Adler'],
    ['« Le budget nous laisse à court », a déclaré un conseiller régional, Marc Petit.', 'nous laisse', 'Marc Petit'],
    ['“El presupuesto nos deja cortos”, dijo un vecino de Carabanchel, Luis Ortega.', 'nos deja', 'Luis Ortega'],
  ])('is the one described, when only they fit: %s', (sentence, words, name) => {
    expect(speakerOf(`${context} ${sentence}`, words)).toBe(name);
  });
});

describe('the object of a verb of memory or quoting, before a verb of saying', () => {
  const people = 'Grace Okafor voted against the budget on Monday. Victor Hale, the mayor, backed it; he spoke first.';
  it.each([
    ['Hale recalled Okafor saying: “The budget leaves us short.”'],
    ['Hale remembers her telling him: “The budget leaves us short.”'],
    ['Hale quoted Okafor as saying: “The budget leaves us short.”'],
    ['“The budget leaves us short,” Hale quoted Okafor as saying.'],
    ['“The budget leaves us short,” Hale recalled Okafor saying.'],
  ])('is who speaks: %s', (sentence) => {
    expect(speakerOf(`${people} ${sentence}`, 'leaves us short')).toBe('Grace Okafor');
  });

  it.each([
    ['“The budget leaves us short,” Okafor was quoted as saying.', 'Grace Okafor'],
    ['Okafor criticised Hale, saying: “The budget leaves us short.”', 'Grace Okafor'],
  ])('leaves the subject speaking otherwise: %s', (sentence, name) => {
    expect(speakerOf(`${people} ${sentence}`, 'leaves us short')).toBe(name);
  });
});

describe('a paper or a channel named in marks after the verb and its subject', () => {
  const kindOf = (text: string, words: string) => detectQuotes(text).find((q) => q.text.includes(words))?.kind;
  it.each([
    ['Grace Okafor sagte der „Frankfurter Rundschau“, sie sei enttäuscht.', 'Frankfurter Rundschau'],
    ['„Wir sind enttäuscht“, sagte Okafor dem „Mannheimer Morgen“.', 'Mannheimer Morgen'],
    ['„Wir sind enttäuscht“, sagte sie im „Stern“.', 'Stern'],
    ['“We are disappointed,” Grace Okafor told the “Boston Globe”.', 'Boston Globe'],
    ['« Nous sommes déçus », a confié Grace Okafor à « Ouest-France ».', 'Ouest-France'],
    ['“Estamos decepcionados”, dijo Grace Okafor al diario “La Nación”.', 'La Nación'],
  ])('is a name, not words someone said: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('term');
  });

  it.each([
    ['Grace Okafor sagte: „Enttäuschend“.', 'Enttäuschend'],
    ['“We are disappointed,” Grace Okafor told the “Boston Globe”.', 'We are disappointed'],
  ])('leaves the words said speech: %s', (text, words) => {
    expect(kindOf(text, words)).toBe('speech');
  });
});

describe('a German word for someone with a genitive after it', () => {
  const german = 'Grete Okafor, Stadträtin in Köln, hat am Montag gegen den Haushalt gestimmt.';
  it.each([['„Wir sind enttäuscht“, sagte die Schwester des Opfers.'], ['„Wir sind enttäuscht“, sagte der Vater des Jungen.']])('is someone’s, no description of the person in focus: %s', (sentence) => {
    expect(speakerOf(`${german} ${sentence}`, 'enttäuscht')).toBe(null);
  });

  it('leaves the word alone a description', () => {
    expect(speakerOf(`${german} „Wir sind enttäuscht“, sagte die Stadträtin.`, 'enttäuscht')).toBe('Grete Okafor');
  });
});

describe('Romance families, spokespersons named after their body, and the Portuguese article', () => {
  it.each([
    ['Le maire Paul Girard a présenté le budget. « Nous sommes déçus », a déclaré la famille Moreau.', 'déçus', 'famille Moreau'],
    ['El alcalde Pablo Gil presentó el presupuesto. “Estamos decepcionados”, dijo la familia Ortega en un comunicado.', 'decepcionados', 'familia Ortega'],
    ['O prefeito Paulo Gil apresentou o orçamento. “Estamos decepcionados”, disse a família Azevedo.', 'decepcionados', 'família Azevedo'],
    ['Le maire Paul Girard a présenté le budget. « Nous sommes déçus », a déclaré une porte-parole de la mairie, Claire Roux.', 'déçus', 'Claire Roux'],
    ['O prefeito Paulo Gil apresentou o orçamento. “Estamos decepcionados”, disse a diarista Iara Tavares.', 'decepcionados', 'Iara Tavares'],
  ])('%s', (text, words, name) => {
    expect(speakerOf(text, words)).toBe(name);
  });

  it('leaves "a" before a name the preposition of whom the words were told to', () => {
    expect(speakerOf('O prefeito Paulo Gil apresentou o orçamento. “Estamos decepcionados”, disse a Folha.', 'decepcionados')).toBe('Paulo Gil');
  });
});

describe('a firm whose name ends in "’s"', () => {
  const markets = 'Shares in Harlow Motors fell on Tuesday after the report.';
  it.each([
    ['“Growth is slowing,” Sotheby’s said in a statement.', 'Sotheby’s'],
    ['“Growth is slowing,” said Sainsbury’s.', 'Sainsbury’s'],
    ['“Growth is slowing,” according to Macy’s.', 'Macy’s'],
  ])('keeps it, with nothing after it: %s', (sentence, firm) => {
    expect(speakerOf(`${markets} ${sentence}`, 'slowing')).toBe(firm);
  });

  it.each([['“Growth is slowing,” Sotheby’s chairman said.'], ['“Growth is slowing,” according to Sotheby’s annual report.']])('is a possessive before a noun: %s', (sentence) => {
    expect(speakerOf(`${markets} ${sentence}`, 'slowing')).not.toBe('Sotheby’s');
  });
});

describe('a lone capital letter, and a Czech family', () => {
  const czech = 'Ministryně Alena Schillerová v pondělí představila rozpočet.';
  it('is no one’s name: the platform someone wrote on', () => {
    expect(speakerOf(`${czech} „Je to chyba,“ napsala na sociální síti X.`, 'chyba')).not.toBe('X.');
  });

  it('leaves the writer before it', () => {
    expect(speakerOf('Harlow Motors cut 300 jobs. “We had no choice,” Dana Whitfield wrote on X.', 'no choice')).toBe('Dana Whitfield');
  });

  it('reads a Czech family right after the verb as one', () => {
    expect(speakerOf(`${czech} „Je to chyba,“ uvedla rodina Dvořákových.`, 'chyba')).toBe('rodina Dvořákových');
  });
});

describe('an indefinite object after a verb of saying that has its subject', () => {
  it.each([
    ['Claire Moreau a dénoncé un projet injuste. « Nous ne céderons pas », a-t-elle lancé.', 'céderons', 'Claire Moreau'],
    ['Lucía Ortega criticó una reforma injusta. “No cederemos”, dijo.', 'cederemos', 'Lucía Ortega'],
    ['Iara Tavares criticou uma reforma injusta. “Não vamos ceder”, disse ela.', 'ceder', 'Iara Tavares'],
  ])('is a thing, so the pronoun after it still means the subject: %s', (text, words, name) => {
    expect(speakerOf(text, words)).toBe(name);
  });

  it('leaves someone unnamed after the verb of an incise unnamed', () => {
    expect(speakerOf('Claire Moreau était en visite. « C’est un scandale », a lancé un syndicaliste. « Nous resterons », a-t-il ajouté.', 'resterons')).toBe(null);
  });
});
