/**
 * Shapes the reader misread in the eleventh round, each with sentences written for the test, not copied from the
 * pages, and a negative where one guards the rule.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a heading that names a speech', () => {
  const before = 'Police chief Karen Bass said: “Two more arrests were made this morning.”\n';

  it('makes the words under it its owner’s, named before the speech', () => {
    const named = `${before}Keir Starmer’s speech in full\n“We will build the homes this country needs.”`;
    expect.soft(speakerOf(named, 'build the homes')).toBe('Keir Starmer');
    const role = `The mayor, Ana Ruiz, opened the session.\n${before}The Mayor's Speech in full\n“Our city will not wait.”`;
    expect.soft(speakerOf(role, 'will not wait')).toBe('Ana Ruiz');
    const german = 'Friedrich Merz sprach am Abend.\n„Zwei weitere Festnahmen“, schrieb die Polizei.\nMerz’ Rede im Wortlaut\n„Wir werden dieses Land erneuern.“';
    expect.soft(speakerOf(german, 'erneuern')).toBe('Friedrich Merz');
  });

  it('does not let the words under it go on with whoever was quoted before it', () => {
    expect.soft(speakerOf(`${before}The speech in full\n“We will build the homes this country needs.”`, 'build the homes')).toBe(null);
    expect.soft(speakerOf(`${before}Full statement\n“We will build the homes this country needs.”`, 'build the homes')).toBe(null);
  });

  it('is no heading of a speech when it names none', () => {
    const subheading = `${before}Arrests in the city centre\n“More officers will be on the streets tonight.”`;
    expect.soft(speakerOf(subheading, 'More officers')).toBe('Karen Bass');
  });
});

describe('two names joined', () => {
  it('share the title before the first only when the second has none of its own', () => {
    const titled = 'King Charles III and Queen Camilla arrived by coach.\n\n“We welcome the new members,” the King said.';
    expect.soft(speakerOf(titled, 'welcome the new')).toBe('Charles III');
    const queen = 'King Charles III and Queen Camilla arrived by coach.\n\n“What a day,” the Queen said.';
    expect.soft(speakerOf(queen, 'What a day')).toBe('Camilla');
  });
});
