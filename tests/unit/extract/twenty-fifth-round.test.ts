/**
 * Rules of the twenty-fifth round, each for a class the twenty-fourth round saw and left, tested with sentences written
 * for the test, in the languages the class reaches.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a firm whose name opens with a title', () => {
  it.each([
    ['General Motors cut prices on Tuesday. “We are ready for the market,” General Motors said in a statement.', 'ready for the market', 'General Motors'],
    ['“We are ready for the market,” said General Motors on Tuesday.', 'ready for the market', 'General Motors'],
    ['“The order book is full,” said General Dynamics Corp., the defence contractor.', 'order book', 'General Dynamics Corp.'],
  ])('is the body, not a surname: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['“The troops will stay,” said General Mark Milley.', 'troops will stay', 'Mark Milley'],
    ['“We will review it,” said Interior Ministry spokesman John Reed.', 'review it', 'John Reed'],
    ['“Nothing has changed,” said Prime Minister Keir Starmer.', 'Nothing has changed', 'Keir Starmer'],
  ])('leaves a title before a person as it was: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a person named with a title, then where they work', () => {
  it.each([
    ['“We are ready for the market,” CEO Mary Barra of General Motors said.', 'ready for the market', 'Mary Barra'],
    ['Chief Executive Helena Vargas-Ruiz of Norvel Industries told analysts: “We expect approval by the autumn.”', 'expect approval', 'Helena Vargas-Ruiz'],
    ['“Rates will fall,” said economist David Watt of Rosenberg Research & Associates Inc.', 'Rates will fall', 'David Watt'],
  ])('is the person: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a word for a kind of firm after a firm whose name ends in a word of that kind', () => {
  it.each([
    ['Kestrel Airways cancelled 40 flights on Tuesday. “Safety comes first,” the airline said.', 'Safety comes first', 'Kestrel Airways'],
    ['Northfield Bank raised its rates on Tuesday. “Savers will gain,” the lender said.', 'Savers will gain', 'Northfield Bank'],
    ['Harlow Motors recalled 40,000 cars on Tuesday. “Safety comes first,” the carmaker said.', 'Safety comes first', 'Harlow Motors'],
    ['Harlow Motors hat am Dienstag 40.000 Autos zurückgerufen. „Sicherheit geht vor“, sagte der Autobauer.', 'Sicherheit geht vor', 'Harlow Motors'],
  ])('means that firm: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('does not mean a body of another kind', () => {
    expect(speakerOf('The Football Association fined the player on Tuesday. “We accept the decision,” the airline said.', 'accept the decision')).toBeNull();
  });
});

describe('two people after the verb, saying the words together', () => {
  it.each([
    ['“We will not vote for it,” said Maria Lopez and John Smith on Monday.', 'not vote for it'],
    ['« Nous ne voterons pas », ont déclaré Marie Dupont et Jean Martin.', 'ne voterons pas'],
    ['„Wir stimmen nicht zu“, sagten Anna Berg und Jonas Weber.', 'stimmen nicht zu'],
  ])('are no one speaker: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it.each([
    ['“We will not vote for it,” said Maria Lopez and added that the bill was rushed.', 'not vote for it', 'Maria Lopez'],
    ['“We are ready,” said Lopez and Partners, the law firm.', 'We are ready', 'Lopez'],
  ])('leave one speaker and what follows her alone: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a German verb of saying in the subjunctive of reported speech', () => {
  it.each([
    ['Bürgermeister Jan Roth sprach am Montag im Rat. Er betone, dass „sich die Lage zunehmend verschärft“.', 'Lage zunehmend', 'Jan Roth'],
    ['Die Ministerin Anna Berg stellte den Bericht vor. Sie kritisiere „die Haltung der Opposition“ scharf.', 'Haltung der Opposition', 'Anna Berg'],
  ])('names its subject: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('is the first person of the present beside "ich", which brings in a term, not speech', () => {
    expect(speakerOf('Nach der Gruppe „Juden in der AfD“ freue ich mich schon auf „Kommunisten in der FDP“.', 'Kommunisten')).toBeNull();
  });
});

describe('a teaser giving who speaks and on what, before a colon', () => {
  it.each([
    ['Barack Obama spoke on Friday. Obama on hacking: “I warned Putin to cut it out.”', 'warned Putin', 'Barack Obama'],
    ['Emmanuel Macron était à Lyon. Macron sur la dette : « Nous devons réduire les dépenses. »', 'réduire les dépenses', 'Emmanuel Macron'],
    ['Pedro Sánchez habló el lunes. Sánchez sobre la amnistía: «Es constitucional y es justa».', 'constitucional', 'Pedro Sánchez'],
    ['Andrej Babiš promluvil. Babiš k rozpočtu: „Je to katastrofa, kterou zaplatí všichni.“', 'katastrofa', 'Andrej Babiš'],
  ])('names who speaks: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('names no one where the words before "on" are no person', () => {
    expect(speakerOf('Focus on the economy: “Prices are rising fast this year.”', 'Prices are rising')).toBeNull();
  });
});

describe('a role’s or a body’s possessive before a word for what was said, and a colon', () => {
  it.each([
    ['Mayor Karen Bass spoke on Monday. The mayor’s advice: “Stay home if you can.”', 'Stay home', 'Karen Bass'],
    ['Harlow Motors recalled 40,000 cars. The company’s answer: “Safety comes first.”', 'Safety comes first', 'Harlow Motors'],
  ])('introduces the words of whom the role or the body means: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('names no one where the text gave that role to no one', () => {
    expect(speakerOf('Mayor Karen Bass spoke on Monday. The governor’s advice: “Stay home if you can.”', 'Stay home')).toBeNull();
  });
});

describe('an American legislator’s party and state between commas', () => {
  it.each([
    ['Senator Elizabeth Warren, D-Mass., said the bill was “a giveaway to Wall Street.”', 'giveaway', 'Elizabeth Warren'],
    ['Rep. Alexandria Ocasio-Cortez, D-N.Y., told reporters: “We will keep fighting.”', 'keep fighting', 'Alexandria Ocasio-Cortez'],
    ['“This is a disaster,” said Sen. Ted Cruz, R-Texas.', 'disaster', 'Ted Cruz'],
    ['Sen. Elizabeth Warren, D-Mass., introduced the bill on Tuesday. “This is a giveaway,” she said.', 'giveaway', 'Elizabeth Warren'],
  ])('are about the name before them, as in parentheses: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('two appositives in a row after a name opening the sentence', () => {
  it.each([
    ['Maria Lopez, 54, a Republican senator from Ohio, met Governor John Reed on Monday. “We will not back down,” she said.', 'Maria Lopez'],
    ['Maria Lopez, a Republican senator, the daughter of a miner, met Governor John Reed on Monday. “We will not back down,” he said.', 'John Reed'],
  ])('leave the name acting, so a pronoun of its gender means it: %s', (text, speaker) => {
    expect(speakerOf(text, 'not back down')).toBe(speaker);
  });
});

describe('a role with where its holder is from, before the verb', () => {
  it.each([
    ['Senator Maria Lopez met Governor John Reed on Monday. The senator from Ohio said: “We will not back down.”', 'Maria Lopez'],
    ['Senator Maria Lopez met Governor John Reed on Monday. “We will not back down,” the Republican senator from Ohio said.', 'Maria Lopez'],
    ['Die Senatorin Maria Lopez traf am Montag Gouverneur John Reed. Die Senatorin aus Ohio betonte: „Wir geben nicht nach.“', 'Maria Lopez'],
  ])('means whom the role means: %s', (text, speaker) => {
    expect(speakerOf(text, 'not back down') ?? speakerOf(text, 'geben nicht nach')).toBe(speaker);
  });

  it.each([
    'Senator Maria Lopez met Governor John Reed on Monday. A senator from Ohio said: “We will not back down.”',
    'Senator Maria Lopez met Governor John Reed on Monday. A man from Ohio said: “We will not back down.”',
  ])('is someone unnamed after an indefinite article: %s', (text) => {
    expect(speakerOf(text, 'not back down')).toBeNull();
  });
});

describe('a German sentence opened by a role, its verb no verb of saying, ending in a colon', () => {
  it.each([
    'Die Senatorin Maria Lopez traf am Montag Gouverneur John Reed. Die Senatorin zeigte sich kämpferisch: „Wir geben nicht nach.“',
    'Die Senatorin Maria Lopez traf am Montag Gouverneur John Reed. Die Senatorin aus Ohio zeigte sich kämpferisch: „Wir geben nicht nach.“',
  ])('introduces the words of whom the role means, as in the other languages: %s', (text) => {
    expect(speakerOf(text, 'geben nicht nach')).toBe('Maria Lopez');
  });

  it('does so in Portuguese, whose article "A" opening the sentence is also a preposition', () => {
    expect(speakerOf('A senadora republicana Maria Lopes se reuniu com o governador John Reed. A senadora foi taxativa: “Não vamos recuar”.', 'Não vamos recuar')).toBe('Maria Lopes');
  });
});

describe('a role with an adjective and a complement right before its holder’s name', () => {
  it.each([
    ['La sénatrice républicaine de l’Ohio Maria Lopez a rencontré lundi le gouverneur John Reed. « Nous ne reculerons pas », a déclaré la sénatrice.', 'reculerons', 'Maria Lopez'],
    ['El senador republicano de Ohio Juan López se reunió el lunes con el gobernador John Reed. «No retrocederemos», dijo el senador.', 'retrocederemos', 'Juan López'],
    ['O senador republicano de Ohio João Lopes encontrou o governador John Reed. “Não vamos recuar”, disse o senador.', 'recuar', 'João Lopes'],
  ])('gives the holder the role, which a later mention of it means: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a spokesperson for a body named by a word for it in lower case', () => {
  it.each([
    '“We are reviewing the decision,” a ministry spokesperson said.',
    'A ministry spokeswoman said: “We are reviewing the decision.”',
    '“We are reviewing the decision,” said a ministry spokesperson.',
    '“We are reviewing the decision,” said a spokesperson for the ministry.',
  ])('speaks for the body of that kind the text named: %s', (line) => {
    expect(speakerOf(`The Health Ministry suspended the vaccine rollout on Monday. ${line}`, 'reviewing the decision')).toBe('Health Ministry');
  });

  it('names no one where the text named no body of that kind', () => {
    expect(speakerOf('Harlow Motors recalled 40,000 cars on Monday. “We are reviewing the decision,” a ministry spokesperson said.', 'reviewing the decision')).toBeNull();
  });
});

describe('a titled name after a preposition', () => {
  it.each([
    ['Jane Ortiz clashed with Mayor Tom Hale on Monday over the budget. “It is a disgrace,” the mayor said.', 'Tom Hale'],
    ['Jane Ortiz spoke to Senator Tom Hale on Monday. “It is a disgrace,” the senator said.', 'Tom Hale'],
  ])('keeps its title, which a later mention of the role means: %s', (text, speaker) => {
    expect(speakerOf(text, 'disgrace')).toBe(speaker);
  });

  it('still leaves out where the words went, before a given name', () => {
    expect(speakerOf('„Je to ostuda,“ napsala na Twitter Jana Nováková.', 'ostuda')).toBe('Jana Nováková');
  });
});

describe('a German body’s bare word after the text named the body by a compound ending in it', () => {
  const named = 'Das Gesundheitsministerium stoppte am Montag die Kampagne.';
  it.each([
    '„Wir prüfen die Entscheidung“, teilte das Ministerium mit.',
    'Das Ministerium erklärte: „Wir prüfen die Entscheidung.“',
    '„Wir prüfen die Entscheidung“, sagte ein Sprecher des Ministeriums.',
  ])('means that body: %s', (line) => {
    expect(speakerOf(`${named} ${line}`, 'prüfen die Entscheidung')).toBe('Gesundheitsministerium');
  });

  it('is the institution itself where the word names one of its own', () => {
    expect(speakerOf('„Die Lage ist ruhig“, teilte eine Sprecherin der Polizei mit.', 'Lage ist ruhig')).toBe('Polizei');
  });
});

describe('a spokesperson with a complement saying whose, in the Romance languages', () => {
  it.each([
    ['Renault a suspendu la production. « Nous étudions la décision », a indiqué un porte-parole de Renault.', 'étudions', 'Renault'],
    ['Renault a suspendu la production. « Nous étudions la décision », a indiqué un porte-parole du groupe.', 'étudions', 'Renault'],
    ['El Ministerio de Sanidad suspendió la campaña. «Estudiamos la decisión», dijo un portavoz del ministerio.', 'Estudiamos', 'Ministerio de Sanidad'],
    ['Repsol suspendió la producción. Un portavoz de Repsol dijo: «Estudiamos la decisión».', 'Estudiamos', 'Repsol'],
    ['A Petrobras suspendeu a produção. “Estudamos a decisão”, disse um porta-voz da Petrobras.', 'Estudamos', 'Petrobras'],
  ])('speaks for that body: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('is someone unnamed where no body is said', () => {
    expect(speakerOf('Renault a suspendu la production. « Nous étudions la décision », a indiqué un porte-parole à Paris.', 'étudions')).toBeNull();
  });
});

describe('a word for a body in lower case, then its department', () => {
  it.each([
    ['Le ministère de la Santé a suspendu lundi la campagne. « Nous étudions la décision », a indiqué le ministère.', 'étudions', 'Ministère de la Santé'],
    ['El ministerio de Sanidad suspendió la campaña. «Estudiamos la decisión», dijo el ministerio.', 'Estudiamos', 'Ministerio de Sanidad'],
    ['O ministério da Saúde suspendeu a campanha. “Estudamos a decisão”, disse o ministério.', 'Estudamos', 'Ministério da Saúde'],
  ])('is one body, named with its department: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('leaves a firm brought in by what it makes as it was', () => {
    expect(speakerOf('El fabricante de automóviles Volta Motors recortó 500 empleos. «No hay otra opción», dijo el fabricante.', 'otra opción')).toBe('Volta Motors');
  });
});
