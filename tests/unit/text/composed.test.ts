import { describe, expect, it } from 'vitest';
import { composed } from '@/lib/text/composed';

/** "fügte Müller" with each umlaut written as a letter and a combining mark. */
const DECOMPOSED = 'Er fu\u0308gte hinzu, sagt Mu\u0308ller.';

describe('composed', () => {
  it('leaves text that is composed already', () => {
    expect(composed('Er fügte hinzu, sagt Müller.')).toBeUndefined();
  });

  it('composes letters and their marks, and maps each offset back to the text it came from', () => {
    const nfc = composed(DECOMPOSED)!;
    expect(nfc.text).toBe('Er fügte hinzu, sagt Müller.');
    const word = (w: string) => [nfc.text.indexOf(w), nfc.text.indexOf(w) + w.length];
    const [start, end] = word('Müller');
    expect(DECOMPOSED.slice(nfc.original(start), nfc.original(end))).toBe('Mu\u0308ller');
    expect(nfc.original(nfc.text.length)).toBe(DECOMPOSED.length);
  });

  it('maps offsets of the original text to the composed one', () => {
    const nfc = composed(DECOMPOSED)!;
    const at = DECOMPOSED.indexOf('hinzu');
    expect(nfc.text.slice(nfc.composedAt(at), nfc.composedAt(at + 5))).toBe('hinzu');
    expect(nfc.composedAt(DECOMPOSED.length)).toBe(nfc.text.length);
  });
});
