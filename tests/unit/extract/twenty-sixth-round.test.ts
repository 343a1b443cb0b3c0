/**
 * Rules of the twenty-sixth round, each for a class found among the tuning pages' quotations left without a speaker or by
 * probing the reader with sentences of common news constructions, tested with sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('an office described by the words before it, which the text gave no one', () => {
  const context = 'Dana Whitfield spent most of the year on the road after her plan was rejected in March.';
  it.each([
    ['The Pentagon chief said: “We are ready for whatever comes next.”'],
    ['“We are ready for whatever comes next,” the Ohio senator said.'],
    ['“We are ready for whatever comes next,” said the former governor.'],
    ['“We are ready for whatever comes next,” said the Pentagon chief on Monday.'],
    ['The former Ohio governor said: “We are ready for whatever comes next.”'],
    ['Speaking in the Commons, the Conservative MP said: “We are ready for whatever comes next.”'],
  ])('is the person in focus, as an epithet: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'ready for whatever')).toBe('Dana Whitfield');
  });

  it.each([
    ['“We are ready for whatever comes next,” said the Ohio senator.'],
    ['“We are ready for whatever comes next,” said the former Ohio governor.'],
    ['“We are ready for whatever comes next,” said the Pentagon chief.'],
  ])('never names the place before the office: %s', (sentence) => {
    expect(speakerOf(`Tom Hale met Dana Whitfield on Monday. ${sentence}`, 'ready for whatever')).toBe(null);
  });

  it.each([
    ['The prime minister said: “We are ready for whatever comes next.”'],
    ['“We are ready for whatever comes next,” said the chief executive.'],
  ])('leaves an office named in several words to its holder: %s', (sentence) => {
    expect(speakerOf(`Dana Whitfield criticised the plan on Monday. ${sentence}`, 'ready for whatever')).toBe(null);
  });

  it('is the holder the text named, when it named one', () => {
    const text = 'Dana Whitfield met Senator Tom Hale of Ohio on Monday. “We are ready for whatever comes next,” the Ohio senator said.';
    expect(speakerOf(text, 'ready for whatever')).toBe('Tom Hale');
  });

  it.each([
    ['Dana Whitfield met Tom Hale on Monday. “We are ready for whatever comes next,” the Ohio senator said.'],
    ['“We are ready for whatever comes next,” the Ohio senator said.'],
    ['Dana Whitfield met reporters. “We are ready for whatever comes next,” the government spokesman said.'],
  ])('is no one when two fit, none does, or it is a spokesperson: %s', (text) => {
    expect(speakerOf(text, 'ready for whatever')).toBe(null);
  });

  it('keeps the complement that qualifies the office', () => {
    const text = 'Dana Whitfield met reporters on Monday. The U.S. secretary of state said: “We are ready for whatever comes next.”';
    expect(speakerOf(text, 'ready for whatever')).toBe(null);
  });
});

describe('a Spanish or Portuguese office after an adjective', () => {
  it.each([
    ['Andrés Larroque criticó al Gobierno el lunes. «No vamos a aceptar esto», dijo el nuevo ministro.', 'Andrés Larroque'],
    ['Andrés Larroque criticó al Gobierno el lunes. «No vamos a aceptar esto», afirmó el flamante diputado.', 'Andrés Larroque'],
    ['Marta Pires criticou o governo na segunda-feira. “Não vamos aceitar isso”, disse o novo ministro.', null],
    ['João Pires criticou o governo na segunda-feira. “Não vamos aceitar isso”, disse o novo ministro.', 'João Pires'],
  ])('describes the person in focus of its gender: %s', (text, speaker) => {
    expect(speakerOf(text, 'aceptar esto') ?? speakerOf(text, 'aceitar isso')).toBe(speaker);
  });

  it('leaves an English indefinite office unnamed', () => {
    expect(speakerOf('Dana Whitfield met reporters. “We will not accept this,” said a senior minister.', 'not accept')).toBe(null);
  });
});

describe('an English word for someone by position, trade or standing', () => {
  const context = 'Cooper Kupp spent most of last season on the injured list after an ankle operation in March.';
  it.each([
    ['The Rams wide receiver said: “I am ready to go and I feel great.”'],
    ['“I am ready to go and I feel great,” the linebacker said.'],
    ['“I am ready to go and I feel great,” said the tech investor.'],
    ['“I am ready to go and I feel great,” said the playwright.'],
    ['“I am ready to go and I feel great,” the frontman told reporters.'],
  ])('describes the person in focus: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'ready to go')).toBe('Cooper Kupp');
  });

  it('of a gender the person is not, is no one', () => {
    expect(speakerOf('Jane Kupp spent most of last season on tour. “I am ready to go and I feel great,” the frontman said.', 'ready to go')).toBe(null);
  });
});

describe('a Czech role in the genitive after “podle”', () => {
  it.each([
    ['Senátorka Jana Nováková v pondělí kritizovala vládu. Podle senátorky „vláda selhala na celé čáře“.', 'Jana Nováková'],
    ['Ministr financí Petr Novák v pondělí kritizoval opozici. Podle ministra „opozice selhala na celé čáře“.', 'Petr Novák'],
    ['Mluvčí úřadu Karel Dvořák v pondělí odmítl obvinění. Podle mluvčího „úřad postupoval podle zákona“.', 'Karel Dvořák'],
  ])('is whom the text gave the role: %s', (text, speaker) => {
    expect(speakerOf(text, 'selhala') ?? speakerOf(text, 'postupoval')).toBe(speaker);
  });

  it('is no one when the text gave the role to no one', () => {
    expect(speakerOf('Ministr financí Petr Novák v pondělí kritizoval opozici. Podle senátorky „opozice selhala na celé čáře“.', 'selhala')).toBe(null);
  });
});

describe('a lone word opening the name of the one organisation the text named', () => {
  it.each([
    ['Harlow Motors recalled 40,000 cars on Tuesday. “Safety comes first,” Harlow said in a statement.'],
    ['Harlow Motors recalled 40,000 cars on Tuesday. Harlow said: “Safety comes first.”'],
  ])('is that organisation, by its whole name: %s', (text) => {
    expect(speakerOf(text, 'Safety comes first')).toBe('Harlow Motors');
  });

  it.each([
    ['Harlow Motors recalled 40,000 cars on Tuesday. Its chief, Jane Harlow, apologised. “Safety comes first,” Harlow said.', 'Jane Harlow'],
    ['Harlow Motors and Harlow Bank fell on Tuesday. “Safety comes first,” Harlow said.', 'Harlow'],
  ])('is still the person of that surname, or the word alone when two bodies fit: %s', (text, speaker) => {
    expect(speakerOf(text, 'Safety comes first')).toBe(speaker);
  });
});

describe('an aside in lower case between the name opening a sentence and its verb, before a colon', () => {
  it.each([
    ['Maria Lopez voted against the bill on Tuesday. Lopez, however, struck a different tone: “This bill is a disaster for families.”', 'disaster for families', 'Maria Lopez'],
    ['Maria Lopez voted against the bill on Tuesday. Lopez, for her part, was blunt: “This bill is a disaster for families.”', 'disaster for families', 'Maria Lopez'],
    ['Maria Lopez voted against the bill on Tuesday. Lopez, who voted no, was blunt: “This bill is a disaster for families.”', 'disaster for families', 'Maria Lopez'],
    ['Jean Dupont a critiqué le gouvernement lundi. Dupont, en revanche, a été clair : « Nous n’accepterons pas cela. »', 'accepterons', 'Jean Dupont'],
    ['Ana Ruiz criticó al Gobierno el lunes. Ruiz, en cambio, fue tajante: «No vamos a aceptar esto».', 'aceptar esto', 'Ana Ruiz'],
  ])('is passed to the verb, and the name speaks: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('is not passed when it holds a capitalised name', () => {
    expect(speakerOf('Maria Lopez voted against the bill. Lopez, like Tom Hale, was blunt: “This bill is a disaster for families.”', 'disaster for families')).toBe(null);
  });
});

describe('an institution whose name goes on after “for” or “and”', () => {
  it.each([
    ['The Chinese Center for Disease Control and Prevention traced all contacts. The CDC said the risk was “extremely low.”', 'extremely low', 'Chinese Center for Disease Control and Prevention'],
    ['The Chinese Center for Disease Control and Prevention traced all contacts. The Chinese CDC said there was “no need” to worry.', 'no need', 'Chinese Center for Disease Control and Prevention'],
    ['“Prices rose faster than expected,” the Office for National Statistics said.', 'Prices rose', 'Office for National Statistics'],
    ['“The vaccine is safe,” said the Department of Health and Human Services.', 'vaccine is safe', 'Department of Health and Human Services'],
  ])('is one name, and its initials stand for it: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['The Ministry of Defence and John Smith disagreed. “We will appeal,” Smith said.', 'We will appeal', 'John Smith'],
    ['The Department of Justice and Trump’s lawyers met. “We will appeal,” Trump said.', 'We will appeal', 'Trump'],
  ])('ends before a person joined to it: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('an institution named in the plural', () => {
  const context = 'The Centers for Disease Control and Prevention issued new guidance on Monday.';
  it('is a body, and its initials stand for it', () => {
    expect(speakerOf(`${context} “The vaccine is safe,” the CDC said.`, 'vaccine is safe')).toBe('Centers for Disease Control and Prevention');
  });

  it('is no person a pronoun may mean', () => {
    expect(speakerOf(`${context} “The vaccine is safe,” he said.`, 'vaccine is safe')).toBe(null);
  });
});

describe('a body whose name ends in a common word that names no body in lower case', () => {
  it.each([['The Federal Reserve'], ['Amnesty International'], ['Human Rights Watch'], ['Scotland Yard'], ['The Red Crescent']])(
    'is no person a pronoun may mean: %s',
    (body) => {
      expect(speakerOf(`${body} raised concerns about the plan on Monday. “This is a serious risk,” he said.`, 'serious risk')).toBe(null);
    },
  );

  it('still speaks by its name', () => {
    expect(speakerOf('“This is a serious risk,” Human Rights Watch said on Monday.', 'serious risk')).toBe('Human Rights Watch');
  });

  it('leaves a person of a given name the lexicon knows a person', () => {
    expect(speakerOf('Tom Reserve raised concerns about the plan on Monday. “This is a serious risk,” he said.', 'serious risk')).toBe('Tom Reserve');
  });
});

describe('a French word for a partisan', () => {
  const context = 'Marine Tondelier, secrétaire nationale des Écologistes, a critiqué le budget lundi.';
  it('describes the person in focus', () => {
    expect(speakerOf(`${context} « Ce budget est injuste », dénonce l’écologiste.`, 'budget est injuste')).toBe('Marine Tondelier');
  });

  it.each([
    ['« Ce budget est injuste », dénonce la ministre de la Santé.'],
    ['« Ce budget est injuste », dénonce la cheffe des Verts.'],
  ])('leaves an office the text gave her under another name to someone else: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'budget est injuste')).toBe(null);
  });
});

describe('an office named by the word of a body or its initials before it', () => {
  const context = 'Mayor Tom Hale criticised the plan on Monday.';
  it.each([
    ['“We will not allow this,” the police chief said.'],
    ['The police chief said: “We will not allow this.”'],
    ['“We will not allow this,” the party leader said.'],
    ['“We will not allow this,” the Pentagon chief said.'],
    ['“We will not allow this,” the U.S. ambassador said.'],
  ])('is no one the text gave another office: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'not allow this')).toBe(null);
  });
});

describe('Czech: an agency told, and a party after a noun for a person', () => {
  const context = 'Ministr financí Zbyněk Stanjura v pondělí představil rozpočet.';
  it('an agency’s acronym after “pro” is the outlet told, the name after it the speaker', () => {
    expect(speakerOf(`${context} „Rozpočet je realistický,“ uvedl pro ČTK Stanjura.`, 'realistický')).toBe('Zbyněk Stanjura');
  });

  it('a party’s acronym after a noun for a person names no one: the noun describes the person in focus', () => {
    expect(speakerOf(`${context} „Rozpočet je realistický,“ uvedl politik ODS.`, 'realistický')).toBe('Zbyněk Stanjura');
  });

  it('a name after the party is the speaker', () => {
    expect(speakerOf(`${context} „Rozpočet je realistický,“ míní politik ODS Marek Benda.`, 'realistický')).toBe('Marek Benda');
  });
});

describe('a boss, and a role after the possessive of its body, before the verb', () => {
  const context = 'Dana White, chief executive of Harlow Motors, apologised to customers on Tuesday.';
  it.each([
    ['“Safety comes first,” the carmaker’s boss said.'],
    ['“Safety comes first,” the Harlow boss said.'],
    ['“Safety comes first,” the company’s chief executive said.'],
    ['The company’s chief executive said: “Safety comes first.”'],
  ])('is whoever the text named to lead it: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence}`, 'Safety comes first')).toBe('Dana White');
  });

  it('is the manager the text named, as the boss of a team', () => {
    expect(speakerOf('Mikel Arteta, the Arsenal manager, was furious on Saturday. “We were not good enough,” the Arsenal boss said.', 'not good enough')).toBe('Mikel Arteta');
  });

  it('is no one when the text named no one to the office', () => {
    expect(speakerOf('Dana White apologised to customers on Tuesday. “Safety comes first,” the company’s chief executive said.', 'Safety comes first')).toBe(null);
  });
});

describe('a sentence saying how someone spoke: a copula, perhaps a degree, and a manner of speaking', () => {
  const context = 'Maria Lopez, a Republican senator from Ohio, voted against the bill on Tuesday.';
  it.each([['Lopez remained defiant.'], ['Lopez was more cautious.'], ['Lopez sounded upbeat.'], ['Lopez was blunt.']])('makes the quotation after it theirs: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence} “We will fight it in court.”`, 'fight it in court')).toBe('Maria Lopez');
  });

  it.each([['Lopez was optimistic about the vote.'], ['The mood was upbeat.']])('not when the clause goes on, or no one is its subject: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence} “We will fight it in court.”`, 'fight it in court')).toBe(null);
  });
});

describe('a French manner of speaking kept, with no “se”', () => {
  const context = 'Jean Dupont a critiqué le gouvernement lundi.';
  it.each([['Dupont reste prudent.'], ['Dupont demeure optimiste.']])('makes the quotation after it theirs: %s', (sentence) => {
    expect(speakerOf(`${context} ${sentence} « Nous verrons bien. »`, 'verrons bien')).toBe('Jean Dupont');
  });

  it('not a place kept', () => {
    expect(speakerOf(`${context} Dupont reste à Paris. « Nous verrons bien. »`, 'verrons bien')).toBe(null);
  });
});
