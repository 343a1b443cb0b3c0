/**
 * Rules of the thirty-fifth round, tested with texts written for the test. The classes came from probing, in fresh
 * wording, the usual constructions of news in each language the reader knows.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, speakersIn } from './speaker-of';

describe('a German noun, or a genitive, before a full name', () => {
  it.each([
    ['Die Antwort von Anna Berger: „Es klappt schon.“', 'Anna Berger'],
    ['Das Fazit von Tom Krause: „Es klappt schon.“', 'Tom Krause'],
    ['Anna Bergers Antwort: „Es klappt schon.“', 'Anna Berger'],
    ['Anna Berger ist Ärztin in Köln. Bergers Antwort: „Es klappt schon.“', 'Anna Berger'],
  ])('names the person, not the noun run with the name: %s', (text, speaker) => {
    expect(speakerOf(text, 'klappt schon')).toBe(speaker);
  });

  it.each([
    ['Laut Ursula von der Leyen war das „ein Erfolg, es klappt schon“.', 'Ursula von der Leyen'],
    ['Laut Otto von Bismarck war das „ein Erfolg, es klappt schon“.', 'Otto von Bismarck'],
    ['„Es klappt schon“, sagte Thomas Krause.', 'Thomas Krause'],
  ])('keeps names with "von" and given names ending in s: %s', (text, speaker) => {
    expect(speakerOf(text, 'klappt schon')).toBe(speaker);
  });
});

describe('a speech noun after the words, with its owner', () => {
  it.each([
    ['“It works for us,” was the verdict of Ann Cole.', 'Ann Cole'],
    ['“It works for us,” came the response from Ann Cole.', 'Ann Cole'],
    ['“Funciona bien”, fue la respuesta de Ana García.', 'Ana García'],
    ['“Funciona bem”, foi a resposta de Ana Souza.', 'Ana Souza'],
    ['« Ça marche bien », a été la réponse de Marie Dubois.', 'Marie Dubois'],
    ['„Es klappt gut“, war die Antwort von Anna Berger.', 'Anna Berger'],
    ['„Es klappt gut“, lautet das Fazit von Anna Berger.', 'Anna Berger'],
    ['„Es klappt gut“, so das Urteil der Expertin Anna Berger.', 'Anna Berger'],
    ['“It works for us,” was the blunt verdict of Ann Cole.', 'Ann Cole'],
    ['“Funciona bien”, fue la tajante respuesta de Ana García.', 'Ana García'],
  ])('names the owner: %s', (text, speaker) => {
    expect(speakerOf(text, ' ')).toBe(speaker);
  });

  it.each([
    '“It works for us,” was the message of the campaign.',
    '„Es klappt gut“, war die Antwort auf die Frage von Anna Berger.',
    '“Funciona bien”, fue la respuesta a Ana García.',
  ])('names no one when the noun has no owner after it, or someone else: %s', (text) => {
    expect(speakerOf(text, ' ')).toBeNull();
  });
});

describe('a French speech noun and its owner before a colon', () => {
  it.each([
    ['La réponse de Marie Dubois : « Ça marche bien. »', 'Marie Dubois'],
    ['La réaction du ministre Jean Dupont : « Ça marche bien. »', 'Jean Dupont'],
  ])('names the owner: %s', (text, speaker) => {
    expect(speakerOf(text, 'marche bien')).toBe(speaker);
  });
});

describe('a verb that is also a noun, before "que"', () => {
  it.each([
    ['João Silva conta que “foi um susto enorme”.', 'João Silva'],
    ['Ana García denuncia que “fue un susto enorme”.', 'Ana García'],
    ['Ana García cuenta que “fue un susto enorme”.', 'Ana García'],
    ['O ministro João Silva conta que “foi um susto enorme”.', 'João Silva'],
    ['João Silva, de 52 anos, conta que “foi um susto enorme”.', 'João Silva'],
  ])('is the verb after its subject: %s', (text, speaker) => {
    expect(speakerOf(text, 'susto enorme')).toBe(speaker);
  });

  it.each([
    'A conta que “foi um susto enorme” ficou para o Estado.',
    'La cuenta que “fue un susto enorme” quedó para el Estado.',
  ])('is the noun after an article: %s', (text) => {
    expect(speakerOf(text, 'susto enorme')).toBeNull();
  });
});

describe('"it is" ending in a preposition after a source', () => {
  it.each([
    ['Según Ana García, se trata de “un atropello sin nombre”.', 'Ana García'],
    ['A juicio de Ana García, se trata de “un atropello sin nombre”.', 'Ana García'],
    ['Segundo João Silva, trata-se de “um atropelo sem nome”.', 'João Silva'],
    ['Selon Jean Dupont, il s’agit d’« un atropello sin nombre ».', 'Jean Dupont'],
  ])('leaves the source speaking: %s', (text, speaker) => {
    expect(speakerOf(text, 'sin nombre') ?? speakerOf(text, 'sem nome')).toBe(speaker);
  });

  it.each([
    'Selon Google Trends, les recherches de « un atropello sin nombre » ont bondi.',
    'Según el INE, la tasa de “un atropello sin nombre” subió.',
  ])('still reads a thing named after another preposition: %s', (text) => {
    expect(speakerOf(text, 'sin nombre')).toBeNull();
  });
});

describe('German reported speech: "man" and words opening in the subjunctive', () => {
  const said = '„Das war knapp“, sagte Anna Berger am Montag. ';
  it.each([
    `${said}Man müsse nun „schnell und entschlossen handeln“.`,
    `${said}Die Lage „sei wirklich dramatisch“.`,
    `${said}Die Erzählung „bestärke daher die Zweifel“.`,
  ])('goes on with whoever was reported: %s', (text) => {
    expect(speakersIn(text)).toEqual(['Anna Berger', 'Anna Berger']);
  });

  it.each([
    `${said}Die Gruppe „alte weiße Männer“ ist groß.`,
    `${said}Die Partei „neue Mitte“ wurde gegründet.`,
  ])('reads words in -e before a noun as adjectives: %s', (text) => {
    expect(speakersIn(text)).toEqual(['Anna Berger']);
  });
});

describe('how the words were said, between a Romance cue and the speaker', () => {
  it.each([
    ['« On verra bien », lâche dans un soupir Jean Dupont.', 'Jean Dupont'],
    ['« On verra bien », lâche avec un sourire Jean Dupont.', 'Jean Dupont'],
    ['“Ya veremos bien”, dijo con una sonrisa Ana García.', 'Ana García'],
    ['“Vamos ver bem”, disse com um sorriso Ana Souza.', 'Ana Souza'],
  ])('is passed to the full name: %s', (text, speaker) => {
    expect(speakerOf(text, ' ')).toBe(speaker);
  });

  it('does not pass whom the words were said to', () => {
    expect(speakerOf('Ana García llegó tarde. “Ya veremos bien”, dijo a su hermano Juan Pérez.', 'veremos')).toBe('Ana García');
  });
});

describe('Czech: web addresses told, letting be heard, thinking and smiling', () => {
  it.each([
    ['„Je to velký úspěch,“ řekl serveru Novinky.cz Jan Novák.', 'Jan Novák'],
    ['„Je to velký úspěch,“ nechal se slyšet Jan Novák.', 'Jan Novák'],
    ['Jan Novák se nechal slyšet, že je to „velký úspěch“.', 'Jan Novák'],
    ['„Je to velký úspěch,“ myslí si Jan Novák.', 'Jan Novák'],
    ['„Je to velký úspěch,“ usmívá se Jan Novák.', 'Jan Novák'],
  ])('names the speaker: %s', (text, speaker) => {
    expect(speakerOf(text, 'velký úspěch')).toBe(speaker);
  });

  it('still reads the outlet alone after the verb as no one', () => {
    expect(speakerOf('„Je to velký úspěch,“ řekl serveru Novinky.cz.', 'velký úspěch')).toBeNull();
  });
});

describe('English "began" after the words', () => {
  it.each([
    ['“Let me be very clear,” Tom Hale began.', 'Tom Hale'],
    ['“Let me be very clear,” began Tom Hale.', 'Tom Hale'],
    ['Tom Hale rose to speak. “Let me be very clear,” he began.', 'Tom Hale'],
  ])('reports the words: %s', (text, speaker) => {
    expect(speakerOf(text, 'very clear')).toBe(speaker);
  });

  it('is no cue after a title with no one beside it', () => {
    expect(speakerOf('The series “Let me be very clear” began in 2016.', 'very clear')).toBeNull();
  });
});

describe('an appositive opened by a full name’s possessive', () => {
  it.each([
    '“We need to talk about the budget,” Ann Cole, Tom Hale’s deputy, said.',
    'Ann Cole, Tom Hale’s deputy, said “we need to talk about the budget.”',
    '“We need to talk about the budget,” Ann Cole, Amnesty International UK’s chief executive, said.',
  ])('is about the name before it: %s', (text) => {
    expect(speakerOf(text, 'budget')).toBe('Ann Cole');
  });

  it('does not make a place before a comma the subject', () => {
    expect(speakerOf('In Washington, Tom Hale’s aides said “we need to talk about the budget.”', 'budget')).toBeNull();
  });
});

describe('German "zu" before a given name', () => {
  it.each([
    ['„Wir müssen über das Budget reden“, sagte Tom Krause zu Anna Berger.', 'Tom Krause'],
    ['„Wir müssen über das Budget reden“, sagte Karl-Theodor zu Guttenberg.', 'Karl-Theodor zu Guttenberg'],
  ])('is whom the words were said to, not a particle of the name: %s', (text, speaker) => {
    expect(speakerOf(text, 'Budget')).toBe(speaker);
  });
});

describe('a pronoun of whom the words were said to, before the verb', () => {
  it.each([
    ['Juan Pérez le respondió a Ana García: “Hay que hablar del presupuesto”.', 'Juan Pérez'],
    ['Juan Pérez le dijo: “Hay que hablar del presupuesto”.', 'Juan Pérez'],
    ['João Silva lhe disse: “Hay que hablar del presupuesto”.', 'João Silva'],
    ['Jean Dupont lui a répondu : « Hay que hablar del presupuesto. »', 'Jean Dupont'],
    ['Jean Dupont leur a lancé : « Hay que hablar del presupuesto. »', 'Jean Dupont'],
  ])('is passed to the subject: %s', (text, speaker) => {
    expect(speakerOf(text, 'presupuesto')).toBe(speaker);
  });
});

describe('a German appositive opened by a noun for a person', () => {
  it.each([
    'Anna Berger, Stellvertreterin von Tom Krause, sagte: „Wir müssen reden, und zwar bald.“',
    'Anna Berger, Stellvertreterin des Bürgermeisters, sagte: „Wir müssen reden, und zwar bald.“',
    'Anna Berger, Mutter von drei Kindern, sagte: „Wir müssen reden, und zwar bald.“',
    'Anna Berger, Ehefrau von Tom Krause, sagte: „Wir müssen reden, und zwar bald.“',
  ])('is about the name before it: %s', (text) => {
    expect(speakerOf(text, 'zwar bald')).toBe('Anna Berger');
  });

  it('does not read a list of names as one name and its appositive', () => {
    expect(speakerOf('Anna Berger, Peter Krause und Tom Lenz sagten: „Wir müssen reden, und zwar bald.“', 'zwar bald')).toBeNull();
  });
});

describe('a German noun governed by a preposition before the verb', () => {
  it.each([
    'Die Mutter von drei Kindern sagte: „Wir müssen reden, und zwar bald.“',
    'Die Ärzte im Krankenhaus sagten: „Wir müssen reden, und zwar bald.“',
  ])('names no one: %s', (text) => {
    expect(speakerOf(text, 'zwar bald')).toBeNull();
  });

  it('still reads a subject opening the sentence', () => {
    expect(speakerOf('Kanzler Olaf Scholz sagte im Bundestag: „Wir müssen reden, und zwar bald.“', 'zwar bald')).toBe('Olaf Scholz');
  });
});

describe('German prepositions before the speaker after the verb', () => {
  it.each([
    ['„Wir müssen reden, und zwar bald“, sagte nach dem Treffen Olaf Scholz.', 'Olaf Scholz'],
    ['„Wir müssen reden, und zwar bald“, sagte nach dem Treffen Kanzler Olaf Scholz.', 'Olaf Scholz'],
    ['„Wir müssen reden, und zwar bald“, sagte vor der Abstimmung Olaf Scholz.', 'Olaf Scholz'],
  ])('are passed to the speaker: %s', (text, speaker) => {
    expect(speakerOf(text, 'zwar bald')).toBe(speaker);
  });

  it('make their object no speaker', () => {
    expect(speakerOf('„Wir müssen reden, und zwar bald“, schreibt die Zeitung über Olaf Scholz.', 'zwar bald')).not.toBe('Olaf Scholz');
  });

  it('and "zu" after a word with no given name in it is one of them', () => {
    expect(speakerOf('Daniela Büchner verkündet Liebe zu Ennesto Monté. „Wir müssen reden, und zwar bald“, sagte Monté.', 'zwar bald')).toBe('Ennesto Monté');
  });
});

describe('a place opened by a saint’s title after a role', () => {
  it.each([
    '“Precisamos falar do orçamento já”, disse o prefeito de São Paulo.',
    '“Hay que hablar del presupuesto ya”, dijo el alcalde de San José.',
  ])('is no person: %s', (text) => {
    expect(speakerOf(text, ' ')).toBeNull();
  });

  it.each([
    ['“Precisamos falar do orçamento já”, disse o prefeito de São Paulo, Ricardo Nunes.', 'Ricardo Nunes'],
    ['“Hay que hablar del presupuesto ya”, dijo el ministro de Hacienda Mario Marcel.', 'Mario Marcel'],
  ])('leaves the holder named after it: %s', (text, speaker) => {
    expect(speakerOf(text, ' ')).toBe(speaker);
  });
});

describe('"reported X as saying"', () => {
  it.each([
    '“We need to talk about the budget now,” the Washington Post reported Tom Hale as saying.',
    'The Washington Post reported Tom Hale as saying: “We need to talk about the budget now.”',
  ])('gives the words to whom the outlet reported saying them: %s', (text) => {
    expect(speakerOf(text, 'budget')).toBe('Tom Hale');
  });

  it('leaves the outlet speaking when it reports no one saying them', () => {
    expect(speakerOf('“We need to talk about the budget now,” the Washington Post reported.', 'budget')).toBe('Washington Post');
  });
});

describe('English sentences saying someone answered, or doubted, before words standing alone', () => {
  it.each([
    'Tom Hale was quick to respond. “It’s a disaster, plain and simple.”',
    'Tom Hale had a different take. “It’s a disaster, plain and simple.”',
    'Tom Hale sees it differently. “It’s a disaster, plain and simple.”',
    'Tom Hale isn’t convinced. “It’s a disaster, plain and simple.”',
    'Tom Hale is not so sure. “It’s a disaster, plain and simple.”',
  ])('introduce that person’s words: %s', (text) => {
    expect(speakerOf(text, 'plain and simple')).toBe('Tom Hale');
  });

  it('not a copula and "sure" going on to something else', () => {
    expect(speakerOf('Tom Hale is sure to win. “It’s a disaster, plain and simple.”', 'plain and simple')).toBeNull();
  });
});
