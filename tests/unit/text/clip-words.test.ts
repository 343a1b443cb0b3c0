import { describe, expect, it } from 'vitest';
import { clipWords } from '@/lib/text/clip-words';

describe('clipWords', () => {
  it('keeps short text as it is', () => {
    expect(clipWords('  He said, ', 5)).toBe('  He said, ');
  });

  it('keeps the first words with an ellipsis', () => {
    expect(clipWords('\n\nWitkoff provided insights into the talks.', 3)).toBe('\n\nWitkoff provided insights…');
  });

  it('keeps the last words with an ellipsis', () => {
    expect(clipWords('Zelenskyy acknowledged that many details remain unclear. He stated, ', 3, 'end')).toBe('…unclear. He stated, ');
  });
});
