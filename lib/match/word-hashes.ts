import { foldWord } from '../text/words';

/**
 * The words of a text as lib/text/words sees them (same runs, same folding), but
 * as 32-bit hashes instead of strings: a store of 100,000 quotes then fits in a
 * few typed arrays, and comparing two words is comparing two numbers. ASCII words
 * are folded and hashed in one pass without making a string; only words with other
 * characters go through `foldWord`.
 */
export interface WordHashes {
  hashes: Uint32Array;
  /** Offset in the raw text of each word's first character. */
  starts: Uint32Array;
  /** Offset in the raw text just past each word's last character. */
  ends: Uint32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

// Must accept exactly what WORD_RUN in lib/text/words.ts accepts.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const wordCharCache = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let known = wordCharCache.get(cp);
  if (known === undefined) wordCharCache.set(cp, (known = WORD_CHAR.test(String.fromCodePoint(cp))));
  return known;
}

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Where scanWords appends words: hashes always, raw offsets only when asked for (a quote's are not needed). */
export interface WordSink {
  hashes: Uint32Array;
  starts?: Uint32Array;
  ends?: Uint32Array;
  count: number;
}

export function hashWords(raw: string): WordHashes {
  const sink = { hashes: new Uint32Array(64), starts: new Uint32Array(64), ends: new Uint32Array(64), count: 0 };
  scanWords(raw, sink);
  return { hashes: sink.hashes.subarray(0, sink.count), starts: sink.starts.subarray(0, sink.count), ends: sink.ends.subarray(0, sink.count) };
}

/** Appends the words of `raw` to `sink`, growing its arrays as needed. */
export function scanWords(raw: string, sink: WordSink): void {
  let i = 0;
  const n = raw.length;
  while (i < n) {
    let cp = raw.codePointAt(i)!;
    if (!isWordCodePoint(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = true;
    let h = FNV_OFFSET;
    while (i < n) {
      cp = raw.codePointAt(i)!;
      if (!isWordCodePoint(cp)) break;
      if (cp < 128) h = Math.imul(h ^ (cp >= 65 && cp <= 90 ? cp | 0x20 : cp), FNV_PRIME);
      else ascii = false;
      i += cp > 0xffff ? 2 : 1;
    }
    if (!ascii) {
      const folded = foldWord(raw.slice(start, i));
      if (!folded) continue;
      h = hashString(folded);
    }
    if (sink.count === sink.hashes.length) {
      const capacity = sink.count * 2;
      sink.hashes = grow(sink.hashes, capacity);
      if (sink.starts) sink.starts = grow(sink.starts, capacity);
      if (sink.ends) sink.ends = grow(sink.ends, capacity);
    }
    sink.hashes[sink.count] = h >>> 0;
    if (sink.starts) sink.starts[sink.count] = start;
    if (sink.ends) sink.ends[sink.count] = i;
    sink.count++;
  }
}

function grow(a: Uint32Array, capacity: number): Uint32Array {
  const bigger = new Uint32Array(capacity);
  bigger.set(a);
  return bigger;
}
