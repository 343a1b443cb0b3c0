/**
 * Text in composed form (Unicode NFC), with the way back to the offsets of the text it came from. Some pages write
 * their accents as a letter and a combining mark ("fu\u0308gte" for "fügte"), so words of the lexicons, all composed,
 * would not be found in them.
 */

/** A letter with the combining marks after it, or marks with no letter before them. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

export interface Composed {
  text: string;
  /** The offset in the original text of `offset` in the composed one (the end of the text maps to the end). */
  original: (offset: number) => number;
  /** The offset in the composed text of `offset` in the original one: the first composed letter from there on. */
  composedAt: (offset: number) => number;
}

/**
 * The blocks of combining marks that write accents on letters (U+0300–036F and their extensions): text with none is
 * read as it is. A class of ranges, not \p{M}, since the matcher asks for every span it checks.
 */
const MARK = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/**
 * `text` composed, or undefined when it has no accent written as a mark or is composed already (or when composing a letter and
 * its marks one cluster at a time would not give the composed text, as with Hangul written in jamo: then it is read as
 * it is).
 */
export function composed(text: string): Composed | undefined {
  if (!MARK.test(text)) return undefined;
  const whole = text.normalize('NFC');
  if (whole === text) return undefined;
  const origin: number[] = [];
  let out = '';
  for (const m of text.matchAll(CLUSTER)) {
    const cluster = m[0].normalize('NFC');
    // Each code unit of the composed cluster comes from the cluster's own offsets, clamped to its length.
    for (let i = 0; i < cluster.length; i++) origin.push(m.index + Math.min(i, m[0].length - 1));
    out += cluster;
  }
  if (out !== whole) return undefined;
  origin.push(text.length);
  const at: number[] = [];
  for (let j = 0, o = 0; o <= text.length; o++) {
    while (origin[j] < o) j++;
    at.push(j);
  }
  return { text: whole, original: (offset) => origin[offset] ?? text.length, composedAt: (offset) => at[offset] ?? whole.length };
}
