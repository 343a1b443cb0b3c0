/**
 * Words as matching sees them: letters and digits, lower-cased, with diacritics,
 * soft hyphens and zero-width characters removed. Everything else (punctuation,
 * quotation marks of any style, dashes, white space) only separates words, so
 * typography never prevents a match. Each word keeps its offsets in the raw
 * text, which is how a match becomes an exact DOM Range.
 */
export interface Words {
  words: string[];
  /** Offset in the raw text of each word's first character. */
  starts: Uint32Array;
  /** Offset in the raw text just past each word's last character. */
  ends: Uint32Array;
}

// A word is a run of letters, digits, combining marks and invisible joiners.
const WORD_RUN = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;
const IGNORABLE = /[\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const ASCII = /^[\x00-\x7F]*$/;

export function foldWord(run: string): string {
  const lower = run.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFKD').replace(IGNORABLE, '');
}

export function toWords(raw: string): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of raw.matchAll(WORD_RUN)) {
    const word = foldWord(m[0]);
    if (!word) continue;
    words.push(word);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { words, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** The identity of a quote's wording: two texts with one key are the same quote. */
export function quoteKey(text: string): string {
  return toWords(text).words.join(' ');
}
