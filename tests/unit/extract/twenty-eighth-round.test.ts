/**
 * Rules of the twenty-eighth round, each for a class found on the tuning pages, tested with texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a possessive opening a short sentence', () => {
  const before = 'Lena Varga has run the lighthouse on Skarø for eleven years.\n“Nobody else wanted the job,” Varga said.\n';
  it.each([
    ['Her brother sees it differently.'],
    ['Her neighbour Tomas Berg disagrees.'],
    ['Her husband is less sure.'],
  ])('before a word for a person is someone else’s, not its owner’s: %s', (sentence) => {
    expect(speakerOf(`${before}${sentence} “The lamp could run itself for a month without anyone.”`, 'lamp could run')).not.toBe('Lena Varga');
  });

  it.each([['Her verdict is clear:'], ['Her answer:']])('before a word for what was said is still its owner’s: %s', (sentence) => {
    expect(speakerOf(`${before}${sentence} “The lamp could run itself for a month without anyone.”`, 'lamp could run')).toBe('Lena Varga');
  });
});
