import type { MatchKind } from '../model';
import { align, type Alignment, type Box, type PageMarks, type StepOp } from './align';
import { speakerOfSpan } from '../extract/attribution/attribute';
import { extendEdges } from './edges';
import { samePerson } from './same-person';
import { DOUBLE_QUOTE_MARKS, isQuoteMark, markClass } from '../text/quote-marks';
import {
  buildQuoteIndex,
  indexWords,
  lookup,
  MAX_POSTINGS,
  MIN_SHINGLED_WORDS,
  SHINGLE,
  shingleHash,
  shortQuoteKey,
  type QuoteIndexData,
} from './quote-index';
import { hashWords, type WordHashes } from './word-hashes';

export interface MatchableQuote {
  id: string;
  text: string;
  /** Who said it, to tell when a page credits the words to someone else. */
  speaker?: string;
}

/** One step of the alignment with the original: quote word indexes, raw page offsets. */
export interface MatchStep {
  op: StepOp;
  quoteFrom: number;
  quoteTo: number;
  start: number;
  end: number;
}

/** A known quote found in a page's text; offsets are into the raw text that was matched. */
export interface QuoteMatch {
  quoteId: string;
  start: number;
  end: number;
  kind: MatchKind;
  /** The page's words against the original's, in order (see diffParts for display). */
  steps: MatchStep[];
  /** Whom the page credits the words to, when it names someone next to them. */
  pageSpeaker?: string;
  /** The page names someone who is not the quote's speaker. */
  misattributed: boolean;
}

export interface Matcher {
  /**
   * Every known quote in `text`, in text order. `text` may be a slice of a larger
   * text that starts at offset `base`: offsets are then returned in the larger text.
   */
  match(text: string, base?: number): QuoteMatch[];
  add(quotes: MatchableQuote[]): void;
  remove(ids: Iterable<string>): void;
  /** How many quotes the matcher knows. */
  readonly size: number;
  /** The ids of the quotes the matcher knows. */
  ids(): Set<string>;
  /** The index as packed arrays, to save and give back to restoreMatcher. */
  segments(): QuoteIndexData[];
}

/**
 * Quotes shorter than this many words are common phrases ("game-changing"): they
 * match only where the page itself puts exactly these words between quotation
 * marks, and never as a fragment.
 */
export const SHORT_QUOTE_WORDS = MIN_SHINGLED_WORDS;
/**
 * A fragment must keep this many words of the original, with no word changed, to
 * count as a partial match: fewer are too often a stock phrase. Below
 * UNQUOTED_PARTIAL_WORDS the page must also put the fragment inside quotation
 * marks: a headline's "to 'Article 5-like' security guarantees for Ukraine" shares
 * eight words with a quote but quotes no one. Quotes shorter than PARTIAL_WORDS
 * must appear whole. A shorter fragment right next to an accepted one (a
 * quote split by the page's own words, as in `an "Article 5-like protection" was on
 * offer, "which is one of…"`) is accepted when it keeps NEIGHBOUR_WORDS.
 */
export const PARTIAL_WORDS = 6;
export const UNQUOTED_PARTIAL_WORDS = 10;
const NEIGHBOUR_WORDS = 3;
const NEIGHBOUR_GAP = 8;
/** At most one changed, added or dropped word for every three kept ones: more is another sentence. */
const KEPT_PER_EDIT = 3;

const QUOTATION_MARKS = new RegExp(markClass(DOUBLE_QUOTE_MARKS), 'g');

/** True when `raw.slice(start, end)` sits between quotation marks (punctuation inside the marks allowed). */
export function isQuoted(raw: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && /\s/.test(raw[before])) before--;
  let after = end;
  while (after < raw.length && /[\s.,;:!?]/.test(raw[after])) after++;
  return isQuoteMark(raw[before]) && isQuoteMark(raw[after]);
}

interface Segment {
  index: QuoteIndexData;
  /** Quote numbers in this segment that were removed since it was built. */
  removed: Set<number>;
  /** Bit n set: the segment holds a short quote of n words (most stores hold none: the page need not be searched for them). */
  shortLengths: number;
}

function segment(index: QuoteIndexData): Segment {
  let shortLengths = 0;
  for (let q = 0; q < index.ids.length; q++) {
    const n = index.wordStarts[q + 1] - index.wordStarts[q];
    if (n < SHORT_QUOTE_WORDS) shortLengths |= 1 << n;
  }
  return { index, removed: new Set(), shortLengths };
}

/** When more segments than this pile up from additions, they are merged into one. */
const MAX_SEGMENTS = 4;

export function createMatcher(quotes: MatchableQuote[]): Matcher {
  return restoreMatcher(quotes.length ? [buildQuoteIndex(quotes)] : []);
}

export function restoreMatcher(indexes: QuoteIndexData[]): Matcher {
  let segments: Segment[] = indexes.map(segment);

  function compact() {
    const ids: string[] = [];
    const speakers: string[] = [];
    const parts: Uint32Array[] = [];
    for (const { index, removed } of segments) {
      for (let q = 0; q < index.ids.length; q++) {
        if (removed.has(q)) continue;
        ids.push(index.ids[q]);
        speakers.push(index.speakers[q]);
        parts.push(index.words.subarray(index.wordStarts[q], index.wordStarts[q + 1]));
      }
    }
    const wordStarts = new Uint32Array(ids.length + 1);
    parts.forEach((w, q) => (wordStarts[q + 1] = wordStarts[q] + w.length));
    const words = new Uint32Array(wordStarts[ids.length]);
    parts.forEach((w, q) => words.set(w, wordStarts[q]));
    segments = ids.length ? [segment(indexWords(ids, speakers, words, wordStarts))] : [];
  }

  return {
    get size() {
      return segments.reduce((sum, s) => sum + s.index.ids.length - s.removed.size, 0);
    },
    ids() {
      const ids = new Set<string>();
      for (const { index, removed } of segments) index.ids.forEach((id, q) => removed.has(q) || ids.add(id));
      return ids;
    },
    add(quotes) {
      if (!quotes.length) return;
      segments.push(segment(buildQuoteIndex(quotes)));
      if (segments.length > MAX_SEGMENTS) compact();
    },
    remove(ids) {
      const gone = new Set(ids);
      if (!gone.size) return;
      for (const { index, removed } of segments) index.ids.forEach((id, q) => gone.has(id) && removed.add(q));
    },
    segments() {
      if (segments.length > 1 || segments.some((s) => s.removed.size)) compact();
      return segments.map((s) => s.index);
    },
    match(text, base = 0) {
      const page = hashWords(text);
      const found: Found[] = [];
      const candidates = new Map<number, number[]>();
      segments.forEach((segment, s) => {
        findShortQuotes(text, page, segment, found);
        collectSeeds(page, segment, s, candidates);
      });
      if (candidates.size) {
        const marks = pageMarks(text, page);
        for (const [key, seeds] of candidates) {
          const segment = segments[Math.floor(key / 0x100000000)];
          alignCandidate(text, page, marks, segment.index, key % 0x100000000, seeds, found);
        }
      }
      return keepBest(found).map(({ kept: _kept, speaker, ...m }) => ({
        ...m,
        ...creditedOnPage(text, m, speaker),
        start: m.start + base,
        end: m.end + base,
        steps: m.steps.map((step) => ({ ...step, start: step.start + base, end: step.end + base })),
      }));
    },
  };
}

interface Found extends Omit<QuoteMatch, 'pageSpeaker' | 'misattributed'> {
  /** Original words the page kept: the better of two overlapping matches keeps more. */
  kept: number;
  /** The stored quote's speaker. */
  speaker: string;
}

function quoteWords(index: QuoteIndexData, q: number): Uint32Array {
  return index.words.subarray(index.wordStarts[q], index.wordStarts[q + 1]);
}

/**
 * Whom the page credits a kept match to, read by the speaker reader of lib/extract, and
 * whether that is someone else. Read only for kept matches of quotes with a known speaker:
 * the reading is what a match costs most, and without a speaker there is nothing to compare.
 */
function creditedOnPage(text: string, match: { start: number; end: number }, speaker: string): Pick<QuoteMatch, 'pageSpeaker' | 'misattributed'> {
  // The stored speaker is someone the reader knows of: a passage that names them by surname only still reads them as a person.
  const named = speaker ? speakerOfSpan(text, match.start, match.end, [speaker]) : undefined;
  return { ...(named ? { pageSpeaker: named } : {}), misattributed: !!named && !samePerson(named, speaker) };
}

/** True when an odd number of quotation marks precede `start` on its line: the page is quoting someone there. */
export function insideQuotation(raw: string, start: number): boolean {
  const line = raw.slice(raw.lastIndexOf('\n', start - 1) + 1, start);
  return (line.match(QUOTATION_MARKS)?.length ?? 0) % 2 === 1;
}

/** Short quotes: looked up whole where a quotation mark opens on the page, kept only if the marks close right after. */
function findShortQuotes(text: string, page: WordHashes, { index, removed, shortLengths }: Segment, found: Found[]) {
  if (!shortLengths) return;
  const { hashes, starts, ends } = page;
  for (let j = 0; j < hashes.length; j++) {
    let before = starts[j] - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\u00a0')) before--;
    if (!isQuoteMark(text[before])) continue;
    for (let n = 1; n < SHORT_QUOTE_WORDS && j + n <= hashes.length; n++) {
      if (!(shortLengths & (1 << n))) continue;
      const [from, to] = lookup(index, shortQuoteKey(hashes, j, n));
      for (let k = from; k < to; k++) {
        const q = index.postQuote[k];
        const words = quoteWords(index, q);
        if (removed.has(q) || words.length !== n || !words.every((w, i) => w === hashes[j + i])) continue;
        const start = starts[j];
        const end = ends[j + n - 1];
        if (!isQuoted(text, start, end)) continue;
        const steps: MatchStep[] = [{ op: 'same', quoteFrom: 0, quoteTo: n, start, end }];
        found.push({ quoteId: index.ids[q], start, end, kind: 'exact', steps, speaker: index.speakers[q], kept: n });
      }
    }
  }
}

/** Seeds (page word, quote word) for every indexed shingle of the page, grouped by quote. */
function collectSeeds(page: WordHashes, { index, removed }: Segment, s: number, candidates: Map<number, number[]>) {
  const { hashes } = page;
  for (let j = 0; j + SHINGLE <= hashes.length; j++) {
    const [from, to] = lookup(index, shingleHash(hashes, j));
    if (to - from > MAX_POSTINGS) continue;
    for (let k = from; k < to; k++) {
      const q = index.postQuote[k];
      if (removed.has(q)) continue;
      const key = s * 0x100000000 + q;
      const seeds = candidates.get(key);
      if (seeds) seeds.push(j, index.postPos[k]);
      else candidates.set(key, [j, index.postPos[k]]);
    }
  }
}

function pageMarks(text: string, { starts, ends }: WordHashes): PageMarks {
  const m = starts.length;
  const cutBefore = new Uint8Array(m + 1);
  const editorial = new Uint8Array(m + 1);
  let bracketed = false;
  for (let j = 0; j <= m; j++) {
    const to = j < m ? starts[j] : text.length;
    let dots = 0;
    for (let c = j ? ends[j - 1] : 0; c < to; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 0x2e /* . */) dots++;
      else if (ch === 0x2026 /* … */) dots = 3;
      else if (ch === 0x5b /* [ */) bracketed = true;
      else if (ch === 0x5d /* ] */ || ch === 0x0a) bracketed = false;
      else if (ch !== 0x20 && dots < 3) dots = 0;
      if (dots >= 3) cutBefore[j] = 1;
    }
    editorial[j] = bracketed ? 1 : 0;
  }
  return { cutBefore, editorial };
}

interface Runs {
  /** Words in runs of identical words through the seeds, along their diagonals. */
  kept: number;
  /** Page word where the whole quote appears word for word, or -1. */
  whole: number;
}

/** Runs of identical words through each seed, along its diagonal: a cheap test before aligning, and the common case of a verbatim quote. */
function runsThrough(quote: Uint32Array, page: Uint32Array, seeds: number[], at: number[]): Runs {
  const starts = new Set<number>();
  const runs: Runs = { kept: 0, whole: -1 };
  for (const i of at) {
    let j = seeds[i];
    let p = seeds[i + 1];
    while (j > 0 && p > 0 && page[j - 1] === quote[p - 1]) j--, p--;
    if (starts.has(j)) continue;
    starts.add(j);
    let length = 0;
    while (j + length < page.length && p + length < quote.length && page[j + length] === quote[p + length]) length++;
    runs.kept += length;
    if (p === 0 && length === quote.length) runs.whole = j;
  }
  return runs;
}

function alignCandidate(text: string, page: WordHashes, marks: PageMarks, index: QuoteIndexData, q: number, seeds: number[], found: Found[]) {
  const quote = quoteWords(index, q);
  const n = quote.length;
  const m = page.hashes.length;
  // Occurrences of the quote lie along diagonals (page word - quote word); cuts and additions shift them a little.
  const byDiagonal: number[] = [];
  for (let i = 0; i < seeds.length; i += 2) byDiagonal.push(i);
  byDiagonal.sort((a, b) => seeds[a] - seeds[a + 1] - (seeds[b] - seeds[b + 1]));
  const tolerance = 8 + (n >> 2);
  let first = 0;
  for (let k = 1; k <= byDiagonal.length; k++) {
    const diagonal = (i: number) => seeds[byDiagonal[i]] - seeds[byDiagonal[i] + 1];
    if (k < byDiagonal.length && diagonal(k) - diagonal(k - 1) <= tolerance) continue;
    const cluster = byDiagonal.slice(first, k);
    const low = diagonal(first);
    const high = diagonal(k - 1);
    first = k;
    const runs = runsThrough(quote, page.hashes, seeds, cluster);
    if (runs.kept < Math.min(n, NEIGHBOUR_WORDS + SHINGLE)) continue;
    const slack = 4 + (n >> 3);
    const pFrom = Math.max(0, low - slack);
    const pTo = Math.min(m, high + n + slack);
    const aligned: Fragment[] = runs.whole >= 0
      ? [{ alignment: { score: n, steps: [{ op: 'same' as const, quoteFrom: 0, quoteTo: n, pageFrom: runs.whole, pageTo: runs.whole + n }] }, neighbour: false }]
      : fragments(quote, page.hashes, { qFrom: 0, qTo: n, pFrom, pTo }, marks, false);
    // Neighbours stand or fall with the fragment they are next to.
    const matches = aligned.map((f) => toMatch(text, page, index, q, f.neighbour ? f : withEdges(f, quote, text, page, pFrom, pTo)));
    if (matches.every((m) => m !== undefined)) found.push(...matches);
  }
}

/** The fragment with its left-out ends put back (see edges.ts), unless that makes more edits than an alteration has. */
function withEdges(fragment: Fragment, quote: Uint32Array, text: string, page: WordHashes, pFrom: number, pTo: number): Fragment {
  const alignment = extendEdges(fragment.alignment, quote, text, page, pFrom, pTo);
  const { kept, edits } = tally(alignment);
  return edits * KEPT_PER_EDIT <= kept ? { ...fragment, alignment } : fragment;
}

interface Tally {
  kept: number;
  edits: number;
  marked: number;
}

function tally(alignment: Alignment): Tally {
  const t: Tally = { kept: 0, edits: 0, marked: 0 };
  for (const s of alignment.steps) {
    const words = Math.max(s.quoteTo - s.quoteFrom, s.pageTo - s.pageFrom);
    if (s.op === 'same') t.kept += words;
    else if (s.op === 'cut' || s.op === 'inserted') t.marked += words;
    else t.edits += words;
  }
  return t;
}

interface Fragment {
  alignment: Alignment;
  /** Accepted only for being next to a longer fragment of the same quote. */
  neighbour: boolean;
}

/**
 * The alignments of quote[qFrom..qTo) in page[pFrom..pTo) that count as matches:
 * the best one, then (recursively) any before and after it, in order.
 */
function fragments(quote: Uint32Array, page: Uint32Array, box: Box, marks: PageMarks, neighbour: boolean): Fragment[] {
  const best = align(quote, page, box, marks);
  if (!best) return [];
  const { kept, edits } = tally(best);
  const n = quote.length;
  const ok = neighbour
    ? kept >= NEIGHBOUR_WORDS && edits === 0
    : kept >= Math.min(n, PARTIAL_WORDS) && edits * KEPT_PER_EDIT <= kept && (n >= PARTIAL_WORDS || (kept === n && edits === 0));
  if (!ok) return [];
  const first = best.steps[0];
  const last = best.steps[best.steps.length - 1];
  const { qFrom, qTo, pFrom, pTo } = box;
  const left = { qFrom, qTo: first.quoteFrom, pFrom: Math.max(pFrom, first.pageFrom - NEIGHBOUR_GAP - (first.quoteFrom - qFrom)), pTo: first.pageFrom };
  const right = { qFrom: last.quoteTo, qTo, pFrom: last.pageTo, pTo: Math.min(pTo, last.pageTo + NEIGHBOUR_GAP + (qTo - last.quoteTo)) };
  return [...fragments(quote, page, left, marks, true), { alignment: best, neighbour }, ...fragments(quote, page, right, marks, true)];
}

function toMatch(text: string, page: WordHashes, index: QuoteIndexData, q: number, { alignment, neighbour }: Fragment): Found | undefined {
  const { starts, ends } = page;
  const n = index.wordStarts[q + 1] - index.wordStarts[q];
  const { kept, edits, marked } = tally(alignment);
  const steps: MatchStep[] = alignment.steps.map((s) => ({
    op: s.op,
    quoteFrom: s.quoteFrom,
    quoteTo: s.quoteTo,
    start: s.pageTo > s.pageFrom ? starts[s.pageFrom] : s.pageFrom > 0 ? ends[s.pageFrom - 1] : 0,
    end: s.pageTo > s.pageFrom ? ends[s.pageTo - 1] : s.pageFrom > 0 ? ends[s.pageFrom - 1] : 0,
  }));
  const whole = steps[0].quoteFrom === 0 && steps[steps.length - 1].quoteTo === n;
  const kind: MatchKind = edits ? 'altered' : marked ? 'abridged' : whole ? 'exact' : 'partial';
  const pageWords = alignment.steps.filter((s) => s.pageTo > s.pageFrom);
  const start = starts[pageWords[0].pageFrom];
  const end = ends[pageWords[pageWords.length - 1].pageTo - 1];
  if (!whole && !neighbour && kept < UNQUOTED_PARTIAL_WORDS && !insideQuotation(text, start)) return undefined;
  return { quoteId: index.ids[q], start, end, kind, steps, speaker: index.speakers[q], kept };
}

/** Where matches overlap (one quote inside another, or one occurrence found twice), the one keeping more words wins. */
function keepBest(found: Found[]): Found[] {
  const kept: Found[] = [];
  for (const m of [...found].sort((a, b) => b.kept - a.kept || a.start - b.start)) {
    const clash = kept.some((k) => Math.min(k.end, m.end) - Math.max(k.start, m.start) > (Math.min(k.end - k.start, m.end - m.start) >> 1));
    if (!clash) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
