/**
 * Rules of the twenty-fourth round. Each class was found on the tuning half of set O (pages of Scrapinghub's benchmark
 * and Fundus never run on before) and is tested here with sentences written for the test, in every language the class
 * reaches.
 */
import { describe, expect, it } from 'vitest';
import { learnNames } from '../../../lib/extract/attribution/mentions';
import { sentenceSpans } from '../../../lib/extract/sentences';
import { speakerOf } from './speaker-of';

describe('a speaker opening the second clause of a sentence, after a conjunction', () => {
  it.each([
    ['The mayor wants the plan, but Helen Ortiz told reporters that it will take “several more years”.', 'several more years', 'Helen Ortiz'],
    ['Donald Trump has been eager to leave, but General Mark Milley said the troops would stay “for a long time”.', 'for a long time', 'Mark Milley'],
    ['El alcalde quiere el plan, pero Ana Ruiz dijo que tardará «varios años más».', 'varios años', 'Ana Ruiz'],
    ['Le maire veut le projet, mais Paul Mercier a dit qu’il faudra « plusieurs années ».', 'plusieurs années', 'Paul Mercier'],
    ['O prefeito quer o plano, mas Carla Prado disse que levará “muitos anos”.', 'muitos anos', 'Carla Prado'],
    ['Starosta plán chce, ale Jana Nováková řekla, že to potrvá „několik let“.', 'několik let', 'Jana Nováková'],
  ])('is who speaks: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['The mayor wants the plan, but a lawyer for Helen Ortiz said it will take “several more years”.', 'several more years'],
    ['The mayor wants the plan, but the daughter of Helen Ortiz said it will take “several more years”.', 'several more years'],
  ])('is still no one where the name completes a noun: %s', (text, words) => {
    expect(speakerOf(text, words)).not.toBe('Helen Ortiz');
  });
});

describe('a body named by the initials of the country it serves', () => {
  it.each([
    ['Two soldiers died in a crash on Tuesday. “The cause is under investigation,” the US military said.', 'under investigation', 'US military'],
    ['“We will review the findings,” the U.K. government said on Friday.', 'review the findings', 'U.K. government'],
    ['“No soldier was hurt,” the U.S. Army said in a statement.', 'No soldier', 'U.S. Army'],
  ])('speaks under that name: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('issues the statement a later sentence quotes', () => {
    const text = 'Two US service members were killed in a helicopter crash, the US military said in a statement on Wednesday. “The cause of the crash is under investigation,” the statement said.';
    expect(speakerOf(text, 'cause of the crash')).toBe('US military');
  });
});

describe('a description the text used beside a named person, for someone else', () => {
  it.each([
    ['A local man fell ill after buying a new duvet. Owen Dempsey talked with the man over the phone. “Feathers can do this,” Dempsey said. He told the man to remove the bedding.\nWeeks later he was well again.\n“It does not affect me at all now,” the man wrote.', 'affect me'],
    ['Sarah Quinn met the farmer in June. “The harvest is late,” Quinn said.\nThe rain kept falling for a month.\n“We lost half the crop,” the farmer said.', 'half the crop'],
  ])('is not that person: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it.each([
    ['Owen Dempsey, the doctor who treated him, spoke to reporters. “Feathers can do this,” the doctor said.', 'Feathers', 'Owen Dempsey'],
    ['Owen Dempsey is the doctor on call this week. “Feathers can do this,” the doctor said.', 'Feathers', 'Owen Dempsey'],
  ])('is still that person in apposition or as a predicate: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a surname alone after a title of office', () => {
  it.each([
    ['In each case, President Obama tied himself to the outcome. Obama sent a similar message in Ohio. “Go out and vote today,” he said.', 'vote today', 'Obama'],
    ['Governor Newsom visited the site on Monday. “We will rebuild,” she said.', 'rebuild', 'Newsom'],
    ['Bundeskanzler Scholz besuchte am Montag die Werft. „Wir bauen wieder auf“, sagte er.', 'Wir bauen', 'Scholz'],
  ])('is someone a pronoun may mean: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['General Motors cut 300 jobs on Monday. “We regret the step,” he said.', 'regret'],
    ['Former Yankees took part on Monday. “We regret the step,” he said.', 'regret'],
  ])('is not someone where the title is an adjective of a name: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('a sentence of one word in quotation marks, standing alone after someone’s words', () => {
  it.each([
    ['Mr. Trump spoke in Louisiana. “You gotta give me a big win,” he said later. “Please.”', 'Please.', 'Trump'],
    ['“Nobody will stop us,” Maria Lopez said on Monday. “Nobody.”\nThe vote is on Friday.', 'Nobody.', 'Maria Lopez'],
  ])('goes on with their words: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('is still a term inside a sentence', () => {
    expect(speakerOf('“We will see,” Maria Lopez said. The plan was called “Horizon.”', 'Horizon')).toBeNull();
  });
});

describe('a named person and their team', () => {
  it.each([
    ['Lucas Paganini led the study. “We suggest that it occurs at lower levels,” Paganini and his team wrote in the paper.', 'We suggest', 'Lucas Paganini'],
    ['Sarah Quinn led the survey. “The decline is steep,” Quinn and her colleagues wrote.', 'decline is steep', 'Sarah Quinn'],
  ])('speak as the person named: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('two people joined as the subject of one verb of saying', () => {
  it.each([
    ['Maria Lopez and John Smith wrote the report. “We agree on the figures,” Lopez and Smith said.', 'We agree'],
    ['“We agree on the figures,” Maria Lopez and John Smith said in a joint statement.', 'We agree'],
    ['Maria Lopez und Karl Weber sagten am Montag: „Wir sind uns einig.“', 'Wir sind'],
  ])('are no one speaker: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('a body whose name holds the possessive of a plural not ending in s', () => {
  it.each([
    ['The People’s Daily warned that there was “absolutely no room for compromise”.', 'no room', 'People’s Daily'],
    ['“We are ready,” the People’s Liberation Army said on Monday.', 'We are ready', 'People’s Liberation Army'],
    ['The Women’s Equality Party said the law was “a step back”.', 'a step back', 'Women’s Equality Party'],
  ])('keeps it in the name: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('"Press" in a name', () => {
  it.each([
    ['In the wake of that outbreak, China “vastly improved its detection of infectious diseases,” writes the Associated Press.', 'vastly improved', 'Associated Press'],
    ['“The strike is the largest in decades,” said the Press Association.', 'largest in decades', 'Press Association'],
    ['“No strike was this big,” labor journalist Alex Press noted this year.', 'No strike', 'Alex Press'],
  ])('is part of it, no role: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('still leaves a press secretary a role before the name', () => {
    expect(speakerOf('“It is fine,” White House Press Secretary Karine Jean-Pierre said.', 'It is fine')).toBe('Karine Jean-Pierre');
  });
});

describe('a line naming someone over a paragraph that is only a quotation', () => {
  it.each([
    ['Nat Turner’s Bible\nMark Person, Richmond, Va.\nJustin Gellerson for The New York Times\n“It has been in the family since 1912 and was kept on top of a piano.”\nMr. Person’s ancestors owned the land.', 'since 1912', 'Mark Person'],
    ['Tubman’s Hymnal\nDonated by Charles L. Blockson, Gwynedd, Pa.\n“Some of my relatives escaped with Harriet Tubman.”\nThe hymnal is on show.', 'Some of my relatives', 'Charles L. Blockson'],
    ['Marian Anderson’s jacket\nDonated by Ginette DePreist, Portland, Ore.\nRuth Fremson/The New York Times\n“I know that she was scared to death.”\nMs. DePreist’s husband was her nephew.', 'scared to death', 'Ginette DePreist'],
    ['What voters told us\nMaria Lopez, 34, teacher\n“I want the schools fixed before anything else.”\nJohn Reed, 61, nurse\n“Taxes are too high.”', 'Taxes', 'John Reed'],
  ])('credits the quotation to them: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['By Maria Lopez\n“It has been a long week for everyone in town.”\nThe mayor resigned on Friday.', 'long week'],
    ['Maria Lopez, the mayor, resigned on Friday.\n“It has been a long week for everyone in town.”', 'long week'],
  ])('not a byline nor a sentence about them: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('any English verb of saying in the infinitive', () => {
  it.each([
    ['Donald Trump praised him. Trump went on to assert Giuliani “would have been an outstanding member of the Cabinet,” but never said which.', 'outstanding member', 'Donald Trump'],
    ['Maria Lopez took to the stage to announce that the plant would be “open by June”.', 'open by June', 'Maria Lopez'],
    ['Maria Lopez was quick to acknowledge the plan was “not perfect”.', 'not perfect', 'Maria Lopez'],
  ])('is a cue: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a role given with a party or a place', () => {
  it.each([
    ['Maria Lopez, a Republican senator, voted against the bill on Tuesday. “It is a bad law,” the senator said.', 'bad law', 'Maria Lopez'],
    ['Maria Lopez, a Republican senator from Ohio, voted against the bill. “It is a bad law,” the Ohio senator said.', 'bad law', 'Maria Lopez'],
    ['Sen. Maria Lopez voted against the bill on Tuesday. “It is a bad law,” the Ohio senator told reporters.', 'bad law', 'Maria Lopez'],
    ['Jean Dupont, a French diplomat, left the talks. “Nothing was agreed,” the diplomat said.', 'Nothing was agreed', 'Jean Dupont'],
  ])('points back to the person given it: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('names no one where two people hold the role', () => {
    expect(speakerOf('Sen. Maria Lopez and Sen. John Reed voted against the bill. “It is a bad law,” the Ohio senator said.', 'bad law')).toBeNull();
  });
});

describe('a place completing a role in apposition', () => {
  it.each([
    ['Marie Laurent, maire de Nantes, a voté contre le texte mardi. « C’est une mauvaise loi », a-t-elle déclaré.', 'mauvaise loi', 'Marie Laurent'],
    ['María Laurent, alcaldesa de Valencia, votó en contra el martes. «Es una mala ley», dijo ella después.', 'mala ley', 'María Laurent'],
    ['Tom Reid, mayor of Leeds, voted against the plan on Monday. “It is a bad plan,” he said.', 'bad plan', 'Tom Reid'],
  ])('is no one a pronoun may mean: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a German role ending in "-vorstand"', () => {
  it.each([
    ['Julian Fürholzer, Landesvorstand der JBN erklärt: „Es kann nicht sein, dass wir Zeit verlieren.“', 'Zeit verlieren', 'Julian Fürholzer'],
    ['„Wir haben lange verhandelt“, sagte Vorstand Peter Krämer.', 'lange verhandelt', 'Peter Krämer'],
  ])('is a role, its complement no speaker: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('English words for an office meaning another', () => {
  it.each([
    ['Sen. Maria Lopez voted against the bill on Tuesday. “It is a bad law,” the lawmaker said.', 'bad law', 'Maria Lopez'],
    ['Rep. John Reed voted against the bill on Tuesday. “It is a bad law,” the legislator told reporters.', 'bad law', 'John Reed'],
    ['Acme’s chief executive, Dana White, told staff of the cuts. “We regret the step,” the CEO said.', 'regret', 'Dana White'],
  ])('point back to the holder: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('names no one where a senator and a representative both fit', () => {
    expect(speakerOf('Sen. Maria Lopez and Rep. John Reed voted against the bill. “It is a bad law,” the lawmaker said.', 'bad law')).toBeNull();
  });
});

describe('a role in apposition before a description of the name', () => {
  it.each([
    ['El primer ministro polaco, el liberal de centroderecha Donald Tusk, anunció el sábado que suspendía el asilo. “Nuestro deber es proteger la frontera”, dijo el jefe de Gobierno polaco.', 'Nuestro deber', 'Donald Tusk'],
    ['The Polish prime minister, the centre-right liberal Donald Tusk, said on Saturday he would suspend asylum. “Our duty is to protect the border,” the prime minister said.', 'Our duty', 'Donald Tusk'],
  ])('is the role of the person named: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a German relative clause after a role', () => {
  it('gives the role to no noun in it', () => {
    const text = 'Kim lud Trump nach Nordkorea ein, er folgte der Einladung und wurde der erste US-Präsident, der jemals nordkoreanischen Boden betrat.';
    const roles = learnNames(text, sentenceSpans(text)).roles;
    expect([...(roles.get('us-präsident') ?? [])]).not.toContain('Boden');
  });
});

describe('a spokesperson for a body named by a word for one, after the verb', () => {
  it.each([
    ['Harlow Motors recalled 40,000 cars on Tuesday. “Safety comes first,” said a spokesperson for the carmaker.', 'Safety', 'Harlow Motors'],
    ['Harlow Motors recalled 40,000 cars on Tuesday. “Safety comes first,” said a company spokesperson.', 'Safety', 'Harlow Motors'],
  ])('speaks for the body just named: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('names no one where no body was named', () => {
    expect(speakerOf('Maria Lopez met the mayor on Tuesday. “Safety comes first,” said a company spokesperson.', 'Safety')).toBeNull();
  });
});

describe('a word for a kind of body after a sentence where a person acts too', () => {
  it.each([
    ['Acme Corp. cut 300 jobs on Tuesday, its chief executive, Dana White, told staff. “We regret the step,” the company said in a statement.', 'regret', 'Acme Corp.'],
    ['Harlow Motors recalled 40,000 cars, Maria Lopez, its safety chief, told reporters on Monday. “Safety comes first,” the carmaker said.', 'Safety', 'Harlow Motors'],
  ])('means the body acting there: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('but a pronoun still means no one of the two', () => {
    expect(speakerOf('Acme Corp. cut 300 jobs on Tuesday, its chief executive, Dana White, told staff. “We regret the step,” it said.', 'regret')).toBeNull();
  });
});

describe('a body’s initials the text did not give in parentheses', () => {
  it.each([
    ['The Environmental Protection Agency issued new rules on Monday. “The rules are long overdue,” the EPA said.', 'overdue', 'Environmental Protection Agency'],
    ['The National Transportation Safety Board opened an inquiry on Monday. “We will find the cause,” the NTSB said.', 'find the cause', 'National Transportation Safety Board'],
  ])('stand for its full name: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
