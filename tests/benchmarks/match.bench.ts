/**
 * Matching engine benchmark (issue 3): `npm run bench -- match`. Pages and stores:
 * see match-material.ts. Times are medians of repeated runs in this one process;
 * memory is what a built index keeps alive after full garbage collections.
 *
 * Baseline in the same run (mark.js is in match-markjs.bench.ts, same stores): a
 * naive loop that normalises the page (lib/text/words) and looks for each quote's
 * normalised words in it with indexOf (exact matches only; the quotes' own
 * normalisation is done once, outside the timing).
 */
import { createMatcher, restoreMatcher, type MatchableQuote, type Matcher, type QuoteMatch } from '../../lib/match/matcher';
import { indexBytes } from '../../lib/match/quote-index';
import { quoteKey, toWords } from '../../lib/text/words';
import { between, mb, median, medianTime, ms, pages, pick, rand, retained, sentence, SIZES, speakers, stores, table, time, vocabulary } from './match-material';

// --- index build: time and memory ----------------------------------------------

console.log('\n## Index build (median)');
const matchers = new Map<number, Matcher>();
const buildRows: (string | number)[][] = [];
for (const size of SIZES) {
  const store = stores.get(size)!;
  const runs = size >= 100_000 ? 5 : 9;
  const buildMs = median(Array.from({ length: runs }, () => time(() => createMatcher(store))[0]));
  const before = retained();
  const matcher = createMatcher(store);
  const after = retained();
  matchers.set(size, matcher);
  const bytes = matcher.segments().reduce((sum, s) => sum + indexBytes(s), 0);
  buildRows.push([size.toLocaleString('en'), ms(buildMs), mb(after - before), mb(bytes)]);
}
table(['quotes', 'build ms', 'retained MB', 'typed arrays MB'], buildRows);

// Keeping the index up to date and getting it back after the service worker wakes.
{
  const big = matchers.get(100_000)!;
  const addMs = medianTime(9, () => {
    big.add([{ id: 'added', text: sentence(20, 20) }]);
    big.remove(['added']);
  });
  const saved = big.segments();
  const cloneMs = medianTime(5, () => structuredClone(saved));
  const copy = structuredClone(saved);
  const restoreMs = medianTime(5, () => restoreMatcher(copy));
  const compactMs = medianTime(3, () => {
    big.add([{ id: 'added', text: sentence(20, 20) }]);
    big.remove(['added']);
    big.segments();
  });
  console.log(`at 100,000 quotes: add+remove one quote ${ms(addMs)} ms; compacting into one segment for a snapshot ${ms(compactMs)} ms; structured clone of the snapshot (what IndexedDB does) ${ms(cloneMs)} ms; restoring a matcher from it ${ms(restoreMs)} ms`);
}

// --- match time per page ---------------------------------------------------------

const naiveKeys = new Map(SIZES.map((size) => [size, stores.get(size)!.map((q) => ` ${quoteKey(q.text)} `)]));
function naive(keys: string[], text: string): number {
  const page = ` ${toWords(text).words.join(' ')} `;
  let found = 0;
  for (const key of keys) for (let at = page.indexOf(key); at >= 0; at = page.indexOf(key, at + 1)) found++;
  return found;
}

console.log('\n## Match time per page, ms (median of 9 runs; naive: median of 3, 1 run at 100,000)');
const matchRows: (string | number)[][] = [];
const ratios10k: number[] = [];
for (const page of pages) {
  const row: (string | number)[] = [page.name, (page.text.length / 1000).toFixed(0)];
  for (const size of SIZES) row.push(ms(medianTime(9, () => matchers.get(size)!.match(page.text))));
  row.push(matchers.get(100_000)!.match(page.text).length);
  for (const size of SIZES) {
    const naiveMs = medianTime(size >= 100_000 ? 1 : 3, () => naive(naiveKeys.get(size)!, page.text), 0);
    row.push(ms(naiveMs));
    if (size === 10_000) ratios10k.push(naiveMs / medianTime(9, () => matchers.get(size)!.match(page.text)));
  }
  row.push(`${ratios10k[ratios10k.length - 1].toFixed(0)}x`);
  matchRows.push(row);
}
table(['page', 'KB', '1k', '10k', '100k', 'found@100k', 'naive 1k', 'naive 10k', 'naive 100k', 'naive/engine @10k'], matchRows);
console.log(`median speed-up over the naive loop at 10,000 quotes: ${median(ratios10k).toFixed(0)}x`);

// --- precision and recall on generated perturbations ------------------------------------

type Kind = 'exact' | 'partial' | 'altered' | 'abridged' | 'misattributed' | 'distractor-chunks' | 'distractor-shuffled';
interface Case {
  kind: Kind;
  quote: MatchableQuote;
  page: string;
  span: [number, number];
}

const CASES_PER_KIND = 400;
const store = stores.get(100_000)!;
const matcher = matchers.get(100_000)!;
const candidates = store.filter((q) => toWords(q.text).words.length >= 12);
const filler = () => Array.from({ length: between(1, 3) }, () => sentence(6, 20)).join(' ');

function raw(quote: MatchableQuote): string[] {
  return quote.text.replace(/[.,]$/, '').split(/\s+/);
}
function variant(kind: Kind, words: string[]): string {
  const w = [...words];
  switch (kind) {
    case 'exact':
    case 'misattributed':
      // Typography a page may change: case, soft hyphen, a line break.
      w[0] = w[0].toUpperCase();
      w[1] = w[1].length > 4 ? `${w[1].slice(0, 2)}\u00AD${w[1].slice(2)}` : w[1];
      w[3] = `${w[3]}\n  `;
      return w.join(' ');
    case 'partial': {
      const length = between(6, Math.min(w.length - 1, 20));
      const from = between(0, w.length - length);
      return w.slice(from, from + length).join(' ');
    }
    case 'altered': {
      for (let e = between(1, 2); e > 0; e--) {
        const at = between(1, w.length - 2);
        const op = between(0, 2);
        if (op === 0) w[at] = pick(vocabulary);
        else if (op === 1) w.splice(at, 0, pick(vocabulary));
        else w.splice(at, 1);
      }
      return w.join(' ');
    }
    case 'abridged': {
      const marks = ['...', '…', '[...]'];
      const cut = between(1, Math.min(5, w.length - 8));
      const at = between(3, w.length - cut - 3);
      w.splice(at, cut, pick(marks));
      if (rand() < 0.3) w.splice(between(1, 2), 0, `[${pick(vocabulary)}]`);
      return w.join(' ');
    }
    case 'distractor-chunks': {
      const out: string[] = [];
      for (let i = 0; i < w.length; i += 3) out.push(...w.slice(i, i + 3), pick(vocabulary), pick(vocabulary));
      return out.join(' ');
    }
    case 'distractor-shuffled':
      return w.sort(() => rand() - 0.5).join(' ');
  }
}

const KINDS: Kind[] = ['exact', 'partial', 'altered', 'abridged', 'misattributed', 'distractor-chunks', 'distractor-shuffled'];
const cases: Case[] = KINDS.flatMap((kind) =>
  Array.from({ length: CASES_PER_KIND }, () => {
    const quote = pick(candidates);
    const words = variant(kind, raw(quote));
    const someoneElse = pick(speakers.filter((s) => s !== quote.speaker));
    const cue = kind === 'misattributed' ? `${someoneElse} said: “` : rand() < 0.5 && quote.speaker ? `${quote.speaker} said: “` : 'It was put this way: “';
    const before = `${filler()} ${cue}`;
    const page = `${before}${words}.” ${filler()}`;
    return { kind, quote, page, span: [before.length, before.length + words.length] as [number, number] };
  }),
);

const overlaps = (m: QuoteMatch, [start, end]: [number, number]) => Math.min(m.end, end) > Math.max(m.start, start);
let truePositives = 0;
let falsePositives = 0;
let expectedCount = 0;
const perKind = new Map<Kind, { cases: number; found: number; rightKind: number; falsePositives: number; flagged: number }>();
const matchTimes: number[] = [];
for (const c of cases) {
  const [took, found] = time(() => matcher.match(c.page));
  matchTimes.push(took);
  const stats = perKind.get(c.kind) ?? { cases: 0, found: 0, rightKind: 0, falsePositives: 0, flagged: 0 };
  perKind.set(c.kind, stats);
  stats.cases++;
  const expectMatch = !c.kind.startsWith('distractor');
  if (expectMatch) expectedCount++;
  const hits = found.filter((m) => expectMatch && m.quoteId === c.quote.id && overlaps(m, c.span));
  if (hits.length) {
    truePositives++;
    stats.found++;
    const wanted = c.kind === 'misattributed' ? 'exact' : c.kind;
    if (hits.some((m) => m.kind === wanted)) stats.rightKind++;
    if (hits.some((m) => m.misattributed)) stats.flagged++;
  }
  const others = found.length - hits.length;
  falsePositives += others;
  stats.falsePositives += others;
}
console.log(`\n## Precision and recall: ${cases.length} generated pages against the 100,000-quote store (match median ${ms(median(matchTimes))} ms)`);
table(
  ['case', 'pages', 'found', 'right kind', 'credited to someone else', 'false matches'],
  KINDS.map((k) => {
    const s = perKind.get(k)!;
    return [k, s.cases, s.found, s.rightKind, s.flagged, s.falsePositives];
  }),
);
console.log(`recall ${(truePositives / expectedCount).toFixed(4)}  precision ${(truePositives / (truePositives + falsePositives)).toFixed(4)}`);
