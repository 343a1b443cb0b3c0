/**
 * Rules of the twenty-fourth round. Each class was found on the tuning half of set O (pages of Scrapinghub's benchmark
 * and Fundus never run on before) and is tested here with sentences written for the test, in every language the class
 * reaches.
 */
import { describe, expect, it } from 'vitest';
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
