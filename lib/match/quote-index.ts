import { scanWords, type WordSink } from './word-hashes';

/**
 * A packed index over a set of known quotes: which quotes contain a given run of
 * three words, and where. Everything is in typed arrays (no per-quote objects), so
 * 100,000 quotes take about 20 MB, are built in well under a second and can be
 * saved and restored as a handful of ArrayBuffers.
 *
 * Only some of each quote's three-word shingles are indexed (winnowing): in every
 * window of WINDOW consecutive shingles the rarest one across the store is kept.
 * Any run of WINDOW + SHINGLE - 1 = 6 identical words then contains at least one
 * indexed shingle, while the page side looks up every one of its shingles. Keeping
 * the rarest rather than an arbitrary one means that stock phrases ("one of the")
 * are seldom what a quote is found by.
 */
export const SHINGLE = 3;
export const WINDOW = 4;
/** Quotes with fewer words are looked up whole (see SHORT_QUOTE_WORDS in matcher.ts). */
export const MIN_SHINGLED_WORDS = 4;
/** A shingle indexed for more quotes than this says nothing about which quote a page holds. */
export const MAX_POSTINGS = 256;

export interface QuoteIndexData {
  ids: string[];
  speakers: string[];
  /** Word hashes of every quote, one after the other. */
  words: Uint32Array;
  /** Quote q's words are words[wordStarts[q] .. wordStarts[q + 1]). */
  wordStarts: Uint32Array;
  /** Sorted shingle hashes (or, for short quotes, the hash of the whole quote). */
  keys: Uint32Array;
  /** For keys[k]: the quote and the word position in it where the shingle starts. */
  postQuote: Uint32Array;
  postPos: Uint16Array;
  /** keys with top 16 bits b are keys[prefix[b] .. prefix[b + 1]). */
  prefix: Uint32Array;
}

export interface IndexedQuote {
  id: string;
  text: string;
  speaker?: string;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/** murmur3's finalizer: spreads a combination of word hashes over all 32 bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of the `length` words of `words` from `at`, order-sensitive. */
export function sequenceHash(words: Uint32Array, at: number, length: number): number {
  let h = length;
  for (let k = 0; k < length; k++) h = Math.imul(rotl(h, 5) ^ words[at + k], 0x9e3779b1);
  return mix(h);
}

/** sequenceHash(words, at, SHINGLE), unrolled: it runs for every word of every quote and page. */
export function shingleHash(words: Uint32Array, at: number): number {
  let h = Math.imul(rotl(SHINGLE, 5) ^ words[at], 0x9e3779b1);
  h = Math.imul(rotl(h, 5) ^ words[at + 1], 0x9e3779b1);
  h = Math.imul(rotl(h, 5) ^ words[at + 2], 0x9e3779b1);
  return mix(h);
}

/** The key a short quote is indexed under; the 0x5bd1e995 keeps it apart from a shingle of the same words. */
export function shortQuoteKey(words: Uint32Array, at: number, length: number): number {
  return mix(sequenceHash(words, at, length) ^ 0x5bd1e995);
}

export function buildQuoteIndex(quotes: IndexedQuote[]): QuoteIndexData {
  const sink: WordSink = { hashes: new Uint32Array(1024), count: 0 };
  const wordStarts = new Uint32Array(quotes.length + 1);
  quotes.forEach((q, i) => {
    scanWords(q.text, sink);
    wordStarts[i + 1] = sink.count;
  });
  return indexWords(
    quotes.map((q) => q.id),
    quotes.map((q) => q.speaker ?? ''),
    sink.hashes.slice(0, sink.count),
    wordStarts,
  );
}

const RARITY_BITS = 21;

/** Builds the shingle postings for quotes already turned into word hashes (also how segments are merged). */
export function indexWords(ids: string[], speakers: string[], words: Uint32Array, wordStarts: Uint32Array): QuoteIndexData {
  const count = ids.length;
  // Every shingle of every quote, computed once; shingleStarts[q] is where quote q's begin.
  const shingleStarts = new Uint32Array(count + 1);
  for (let q = 0; q < count; q++) {
    const n = wordStarts[q + 1] - wordStarts[q];
    shingleStarts[q + 1] = shingleStarts[q] + (n < MIN_SHINGLED_WORDS ? 0 : Math.min(n - SHINGLE + 1, 0xffff));
  }
  const shingles = new Uint32Array(shingleStarts[count]);
  // How many quotes use each shingle, approximately (hash buckets, saturating): only to prefer rare shingles.
  const seen = new Uint16Array(1 << RARITY_BITS);
  for (let q = 0; q < count; q++) {
    const from = wordStarts[q];
    for (let k = shingleStarts[q], p = 0; k < shingleStarts[q + 1]; k++, p++) {
      const h = shingleHash(words, from + p);
      shingles[k] = h;
      const b = h >>> (32 - RARITY_BITS);
      if (seen[b] < 0xffff) seen[b]++;
    }
  }
  const capacity = shingles.length + count;
  const keys = new Uint32Array(capacity);
  const postQuote = new Uint32Array(capacity);
  const postPos = new Uint16Array(capacity);
  let k = 0;
  // Rarer first, then by hash, packed in one number for a single comparison.
  const rarity = (h: number) => seen[h >>> (32 - RARITY_BITS)] * 0x100000000 + h;
  for (let q = 0; q < count; q++) {
    const from = wordStarts[q];
    const n = wordStarts[q + 1] - from;
    if (n === 0) continue;
    if (n < MIN_SHINGLED_WORDS) {
      keys[k] = shortQuoteKey(words, from, n);
      postQuote[k] = q;
      postPos[k++] = 0;
      continue;
    }
    const base = shingleStarts[q];
    const total = shingleStarts[q + 1] - base;
    const window = Math.min(WINDOW, total);
    let last = -1;
    for (let w = 0; w + window <= total; w++) {
      let best = w;
      let bestRarity = rarity(shingles[base + w]);
      for (let p = w + 1; p < w + window; p++) {
        const r = rarity(shingles[base + p]);
        if (r < bestRarity) (best = p), (bestRarity = r);
      }
      if (best === last) continue;
      last = best;
      keys[k] = shingles[base + best];
      postQuote[k] = q;
      postPos[k++] = best;
    }
  }
  return { ids, speakers, words, wordStarts, ...sortPostings(keys.subarray(0, k), postQuote.subarray(0, k), postPos.subarray(0, k)) };
}

/** Radix sort of the postings by key, 16 bits at a time; the second pass's counts are the prefix table. */
function sortPostings(keys: Uint32Array, quote: Uint32Array, pos: Uint16Array) {
  const n = keys.length;
  let k1: Uint32Array = new Uint32Array(n), q1: Uint32Array = new Uint32Array(n), p1: Uint16Array = new Uint16Array(n);
  let k0: Uint32Array = keys, q0: Uint32Array = quote, p0: Uint16Array = pos;
  let prefix = new Uint32Array(0x10001);
  for (const shift of [0, 16]) {
    const counts = new Uint32Array(0x10001);
    for (let i = 0; i < n; i++) counts[((k0[i] >>> shift) & 0xffff) + 1]++;
    for (let b = 0; b < 0x10000; b++) counts[b + 1] += counts[b];
    prefix = counts.slice();
    for (let i = 0; i < n; i++) {
      const at = counts[(k0[i] >>> shift) & 0xffff]++;
      k1[at] = k0[i];
      q1[at] = q0[i];
      p1[at] = p0[i];
    }
    [k0, k1] = [k1, k0];
    [q0, q1] = [q1, q0];
    [p0, p1] = [p1, p0];
  }
  // Copies, so that no spare capacity from the build is kept alive.
  return { keys: k0.slice(), postQuote: q0.slice(), postPos: p0.slice(), prefix };
}

/** [from, to) in `keys` of the postings for `key`. */
export function lookup(index: QuoteIndexData, key: number): [number, number] {
  const { keys, prefix } = index;
  const bucket = key >>> 16;
  let lo = prefix[bucket];
  let hi = prefix[bucket + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < keys.length && keys[end] === key) end++;
  return [lo, end];
}

/** Bytes held by the index's typed arrays (the id and speaker strings come on top). */
export function indexBytes(index: QuoteIndexData): number {
  return [index.words, index.wordStarts, index.keys, index.postQuote, index.postPos, index.prefix].reduce((sum, a) => sum + a.byteLength, 0);
}
