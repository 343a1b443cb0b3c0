/**
 * Rules of the thirtieth round, each for a class of the wrong names the readers of earlier rounds gave on pages they had
 * never seen (`npm run eval:unseen`), tested with texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';
import { speakerOf } from './speaker-of';

describe('a quotation glued to the end of the sentence before it', () => {
  it('opens a quotation at a straight mark between a full stop and a capital, and ends the name before it', () => {
    const text = '"We will fight for every vote," said party chair Dana Holt."That is the promise we made to our members," she added.';
    const quotes = detectQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(['We will fight for every vote,', 'That is the promise we made to our members,']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Dana Holt', 'Dana Holt']);
  });

  it('still closes an open quotation there', () => {
    const text = 'The coach said "we were not good enough."Then he left the room.';
    expect(detectQuotes(text).map((q) => q.text)).toEqual(['we were not good enough.']);
  });
});

describe('titles shortened without a full stop', () => {
  it.each([
    ['"We are following every lead," said Det Insp Marcia Wells.', 'every lead', 'Marcia Wells'],
    ['"The road will reopen on Friday," said Cllr Owen Pryce.', 'road will reopen', 'Owen Pryce'],
    ['Rev Grace Mensah told the congregation: "Be kind to one another."', 'Be kind', 'Grace Mensah'],
  ])('keeps the title out of the name: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a German time opening the sentence', () => {
  it.each([
    ['Die Ärztin Lea Brandt forscht in Köln. Vergangene Woche warnte Brandt: „Die Wartezeiten werden länger.“', 'Die Wartezeiten', 'Lea Brandt'],
    ['Die Ärztin Lea Brandt forscht in Köln. Letzten Freitag erklärte Brandt: „Die Wartezeiten werden länger.“', 'Die Wartezeiten', 'Lea Brandt'],
    ['Die Ärztin Lea Brandt forscht in Köln. Diese Woche erklärte Brandt: „Die Wartezeiten werden länger.“', 'Die Wartezeiten', 'Lea Brandt'],
    ['Die Ärztin Lea Brandt forscht in Köln. Mittwochabend sagte Brandt: „Die Wartezeiten werden länger.“', 'Die Wartezeiten', 'Lea Brandt'],
  ])('is no one speaking; the name after the verb is: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a German verb with its subject pronoun after it', () => {
  it('has no one acting in the words before it', () => {
    const text = 'Der Schulleiter Ralf Decker sieht Chancen. Beim Stichwort Laptops sagt er: „Geräte allein machen keinen Unterricht.“';
    expect(speakerOf(text, 'Geräte allein')).toBe('Ralf Decker');
  });

  it('still reads someone acting in a clause before it', () => {
    const text = 'Der Schulleiter Ralf Decker sieht Chancen. Als Stadtrat Jonas Peters kam, sagte er: „Geräte allein machen keinen Unterricht.“';
    expect(speakerOf(text, 'Geräte allein')).toBe('Jonas Peters');
  });
});

describe('someone unnamed described by party or nation', () => {
  it.each([
    ['Governor Ruth Allen signed the bill. "This is a giveaway," a senior Republican said.', 'giveaway'],
    ['Governor Ruth Allen signed the bill. "This is a giveaway," said one longtime Democrat.', 'giveaway'],
    ['Governor Ruth Allen signed the bill. A veteran Tory warned: "This is a giveaway."', 'giveaway'],
  ])('is no one the text names: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it('keeps a surname after an article and a description', () => {
    const text = 'Governor Ruth Allen signed the bill. "This is a good day," a beaming Allen said.';
    expect(speakerOf(text, 'good day')).toBe('Ruth Allen');
  });
});

describe('a full name written after the quotation', () => {
  it('is that person, though the text named another who bears the surname and the given name is unknown to the lexicon', () => {
    const text = 'Wineries such as Weingut Kessler and Anton Brückner lead the valley.\n"It is a difficult grape," Walburga Brückner says in her cellar.';
    expect(speakerOf(text, 'difficult grape')).toBe('Walburga Brückner');
  });
});

describe('a phrase opening the sentence with a possessive', () => {
  it.each([
    ['Nurse Amal Saleh runs the ward. Dr. Rana Issa said it was full. In Saleh’s case, she decided to stay. “I am worried about them,” she said.', 'worried about them', 'Amal Saleh'],
    ['Coach Ben Ortiz arrived late. Owner Mark Hale spoke first. For Ortiz’s part, he kept quiet. “We move on,” he said later.', 'We move on', 'Ben Ortiz'],
  ])('makes the pronoun after its comma that person: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('passes over a possessor of the other gender to the one acting before', () => {
    const text = 'Nurse Amal Saleh runs the ward. Dr. Rana Issa said it was full. In Mr. Haddad’s case, she decided to wait. “I am worried about him,” she said.';
    expect(speakerOf(text, 'worried about him')).toBe('Rana Issa');
  });
});

describe('a body named by its nation in the Romance or the German order', () => {
  it.each([
    ['Les négociations ont échoué. Le gouvernement italien a affirmé que l’accord restait « à portée de main ».', 'à portée de main', 'Gouvernement italien'],
    ['Les négociations ont échoué. « Nous restons prêts à discuter », a répondu le gouvernement belge.', 'Nous restons prêts', 'Gouvernement belge'],
    ['Las negociaciones fracasaron. El gobierno chileno aseguró que el acuerdo sigue «al alcance».', 'al alcance', 'Gobierno chileno'],
    ['As negociações fracassaram. "Seguimos prontos para conversar", disse o governo português.', 'Seguimos prontos', 'Governo português'],
    ['Die Verhandlungen scheiterten. Die spanische Regierung betonte: „Ein Abkommen bleibt möglich.“', 'Ein Abkommen', 'Spanische Regierung'],
    ['Die Verhandlungen scheiterten. „Ein Abkommen bleibt möglich“, betonte die spanische Regierung.', 'Ein Abkommen', 'Spanische Regierung'],
  ])('speaks, as "the Italian government" does: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('needs the adjective of a nation after the body', () => {
    const text = 'Les négociations ont échoué. Le gouvernement sortant a affirmé que l’accord restait « à portée de main ».';
    expect(speakerOf(text, 'à portée de main')).toBeNull();
  });
});

describe('a Czech body and its verb in the neuter', () => {
  it.each([
    ['Stávka pokračuje. Ministerstvo dopravy oznámilo: „Vlaky pojedou podle náhradního jízdního řádu.“', 'Vlaky pojedou', 'Ministerstvo dopravy'],
    ['Stávka pokračuje. Ministerstvo práce a sociálních věcí ve čtvrtek upozornilo: „Dávky budou vyplaceny včas.“', 'Dávky budou', 'Ministerstvo práce a sociálních věcí'],
    ['Stávka pokračuje. „Vlaky pojedou podle náhradního jízdního řádu,“ sdělilo ministerstvo dopravy.', 'Vlaky pojedou', 'Ministerstvo dopravy'],
  ])('names the body: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a Czech man’s surname of an adjective’s form, in the genitive', () => {
  it.each([
    ['Napětí ve vládě roste. Podle ministra financí Zdeňka Veselého je rozpočet „na hraně“.', 'na hraně', 'Zdeněk Veselý'],
    ['Napětí ve vládě roste. Podle ministra obrany Karla Černého je rozpočet „na hraně“.', 'na hraně', 'Karel Černý'],
  ])('is named in the nominative: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a role qualified by a word of another kind than the text gave its holder', () => {
  it.each([
    ['Le président américain Joe Biden a reçu Olaf Scholz. « Nous resterons unis », a assuré le président démocrate.', 'resterons unis', 'Joe Biden'],
    ['El presidente estadounidense Joe Biden recibió a Olaf Scholz. «Seguiremos unidos», aseguró el presidente demócrata.', 'Seguiremos unidos', 'Joe Biden'],
  ])('is that holder: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('is no one when the text gave the holder another nation', () => {
    const text = 'Le président américain Joe Biden a reçu Olaf Scholz. « Nous resterons unis », a assuré le président allemand.';
    expect(speakerOf(text, 'resterons unis')).toBeNull();
  });
});

describe('a writing opening the sentence with "her" or "his"', () => {
  it.each([
    ['Senator Maria Lopez left the hearing early. Her statement said: “I will not take part in this circus.”', 'this circus', 'Maria Lopez'],
    ['Coach Tom Reid resigned on Friday. His letter reads: “It has been an honour to lead this team.”', 'an honour', 'Tom Reid'],
  ])('speaks for whom the possessive means: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('is not read for a Romance possessive, which may be a body’s', () => {
    const text = 'Le ministre Paul Roche a visité l’usine. Le groupe Vernier a annoncé des suppressions de postes. Son communiqué précise : « Trois sites fermeront. »';
    expect(speakerOf(text, 'Trois sites')).toBeNull();
  });
});

describe('a view opened by a possessive', () => {
  it.each([
    ['Judge Ellen Marsh heard the case in March. In her opinion, the law is “plainly unconstitutional.”', 'plainly', 'Ellen Marsh'],
    ['El juez Andrés Mora revisó el caso. A su juicio, la ley es «claramente inconstitucional».', 'claramente', 'Andrés Mora'],
    ['Der Richter Jonas Wendt prüfte den Fall. Seiner Ansicht nach ist das Gesetz „klar verfassungswidrig“.', 'klar verfassungswidrig', 'Jonas Wendt'],
    ['O juiz André Moura analisou o caso. Na opinião dele, a lei é "claramente inconstitucional".', 'claramente', 'André Moura'],
  ])('is its owner’s, whom the possessive means: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a Romance verb opening its sentence with its object after it', () => {
  it.each([
    ['El alcalde Jorge Azcón visitó la zona. Calificó la gestión de «un desastre sin paliativos».', 'un desastre', 'Jorge Azcón'],
    ['El alcalde Jorge Azcón visitó la zona. Describió el acuerdo como «un paso histórico».', 'un paso', 'Jorge Azcón'],
  ])('has its subject dropped, the one just spoken of: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('leaves a word for a person after the verb to be its subject', () => {
    const text = 'El alcalde Jorge Azcón visitó la zona. Dijo la portavoz que la gestión fue «un desastre sin paliativos».';
    expect(speakerOf(text, 'un desastre')).toBeNull();
  });
});

describe('a German sentence opened by a phrase with a preposition', () => {
  it('has its subject after the verb, the noun after the preposition being its object', () => {
    const text = 'Der Bürgermeister Tobias Kern war am Montag in Halle. Im Gespräch mit dieser Zeitung bezeichnete Kern den Plan als „ziemlich riskant“.';
    expect(speakerOf(text, 'ziemlich riskant')).toBe('Tobias Kern');
  });

  it('names no body for the noun after the preposition when no name follows the verb', () => {
    const text = 'Der Bürgermeister Tobias Kern war am Montag in Halle. Im Gespräch mit dieser Zeitung bezeichnete ein Anwohner den Plan als „ziemlich riskant“.';
    expect(speakerOf(text, 'ziemlich riskant')).toBeNull();
  });
});

describe('a Portuguese verb rating a thing, with "como" or "de"', () => {
  it.each([
    ['A ministra Marina Silva visitou a região. Ela classificou a decisão como "um retrocesso grave".', 'um retrocesso', 'Marina Silva'],
    ['A ministra Marina Silva visitou a região. Marina Silva qualificou o projeto de "irresponsável".', 'irresponsável', 'Marina Silva'],
  ])('brings in the words its subject chose: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
