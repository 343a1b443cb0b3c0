/**
 * What the matching benchmarks share: page texts from tests/fixtures/pages read as the
 * content script reads them (jsdom + collectPageText) plus two synthetic pages of
 * real page text (100 KB and 1 MB), and seeded stores of 1,000, 10,000 and 100,000
 * quotes: every quotation found on the pages plus generated quotes of 8 to 40
 * words drawn from the pages' own word frequencies, so that they share the pages'
 * common words and phrases. The same seed gives the same stores in every file.
 */
import type { MatchableQuote } from '../../lib/match/matcher';
import { toWords } from '../../lib/text/words';
import { pageNames, readPageText } from '../unit/match/fixture-pages';
import { median, ms } from './report';

export { median, ms, table } from './report';

export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const rand = random(42);
export const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)];
export const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

export function time<T>(run: () => T): [number, T] {
  const t0 = performance.now();
  const result = run();
  return [performance.now() - t0, result];
}

export function medianTime(runs: number, run: () => unknown, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  return median(Array.from({ length: runs }, () => time(run)[0]));
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => console.warn('run with --expose-gc (npm run bench does) for memory figures'));

/** Bytes the process keeps alive after full garbage collections: heap plus array buffers. */
export const retained = () => {
  for (let i = 0; i < 4; i++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

export const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

const pageTime = performance.now();
export const realPages = pageNames().map((name) => ({ name, text: readPageText(name) }));
console.log(`read ${realPages.length} pages with jsdom in ${ms(performance.now() - pageTime)} ms`);
const allText = realPages.map((p) => p.text).join('\n');
const synthetic = (chars: number) => {
  let s = '';
  while (s.length < chars) s += allText;
  return s.slice(0, chars);
};
export const pages = [
  ...realPages,
  { name: 'synthetic-100KB', text: synthetic(100_000) },
  { name: 'synthetic-1MB', text: synthetic(1_000_000) },
];

export const realQuotes = [...new Set([...allText.matchAll(/[“"]([^”"\n]{20,600})[”"]/g)].map((m) => m[1].trim()))].filter(
  (q) => toWords(q).words.length >= 6,
);

// Generated quotes: words drawn from the pages' own word frequencies, with their case as written.
export const vocabulary = [...allText.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)].map((m) => m[0]);
const FIRST = ['Anna', 'Marco', 'Steve', 'Ursula', 'Li', 'Olu', 'Priya', 'Jonas', 'Fatima', 'Diego', 'Keiko', 'Sam', 'Maria', 'Tom', 'Aisha', 'Ivan'];
const LAST = ['Rubio', 'Witkoff', 'Leyen', 'Okafor', 'Tanaka', 'Novak', 'Haddad', 'Silva', 'Berg', 'Khan', 'Moreau', 'Costa', 'Larsen', 'Petrov', 'Singh', 'Walsh'];
export const speakers = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
export const sentence = (lo: number, hi: number) => {
  const words = Array.from({ length: between(lo, hi) }, () => pick(vocabulary));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
};

export function makeStore(size: number): MatchableQuote[] {
  const store: MatchableQuote[] = realQuotes.slice(0, size).map((text, i) => ({ id: `real${i}`, text, speaker: '' }));
  while (store.length < size) store.push({ id: `gen${store.length}`, text: sentence(8, 40), speaker: pick(speakers) });
  return store;
}

export const SIZES = [1_000, 10_000, 100_000];
export const stores = new Map(SIZES.map((size) => [size, makeStore(size)]));
console.log(`${realQuotes.length} real quotations from the pages; generated quotes fill each store`);

