/**
 * Precision and recall of quotation detection and speaker attribution against
 * hand-made gold files: the seed article (tests/fixtures/seed-article) and the
 * real news pages of tests/fixtures/pages with a gold file in tests/fixtures/gold.
 *
 *   npm run eval:extract            (table and totals; exits 1 below the targets)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectQuotes, type DetectedQuote } from '../lib/extract/detect';
import { extractArticle } from '../lib/extract/article';
import { quoteKey } from '../lib/text/words';
import { GOLD_DIR, PAGES_DIR, SEED_DIR } from '../tests/fixture-paths';

export const ROOT = resolve(import.meta.dirname, '..');
export const TARGETS = { speakerPrecision: 0.95, quoteRecall: 0.9 };

export interface GoldQuote {
  text: string;
  speaker: string | null;
  /** Either reading is defensible: reporting it is neither a hit nor a false alarm. */
  optional?: boolean;
}

export interface Score {
  /** Gold quotations (not optional) and how many were found. */
  gold: number;
  found: number;
  /** Quotations reported as speech, and how many of them are in the gold file. */
  reported: number;
  correct: number;
  /** Reported quotations with a speaker, and how many of those speakers are right. */
  attributed: number;
  rightSpeaker: number;
  /** Gold quotations that name a speaker. */
  goldSpeakers: number;
  errors: string[];
}

const nameWords = (name: string) => new Set(quoteKey(name).split(' ').filter(Boolean));

/** Same person: one name's words contain the other's ("Te Kaurinui Parata" / "Te Kaurinui Robert Parata"). */
export function sameSpeaker(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((w) => big.has(w));
}

/** Same quotation: same words, or one inside the other covering most of it (a sentence cut differently). */
export function sameQuote(a: string, b: string): boolean {
  const [x, y] = [quoteKey(a), quoteKey(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && long.includes(short) && short.length >= 0.8 * long.length;
}

export function score(detected: DetectedQuote[], gold: GoldQuote[]): Score {
  const s: Score = { gold: 0, found: 0, reported: 0, correct: 0, attributed: 0, rightSpeaker: 0, goldSpeakers: 0, errors: [] };
  const speech = detected.filter((d) => d.kind === 'speech');
  for (const g of gold) {
    if (g.optional) continue;
    s.gold++;
    if (g.speaker) s.goldSpeakers++;
    if (speech.some((d) => sameQuote(d.text, g.text))) s.found++;
    else s.errors.push(`missed: “${g.text.slice(0, 60)}”`);
  }
  for (const d of speech) {
    const g = gold.find((q) => sameQuote(d.text, q.text));
    if (g?.optional) continue;
    s.reported++;
    if (!g) {
      s.errors.push(`not a quotation: “${d.text.slice(0, 60)}”`);
      continue;
    }
    s.correct++;
    if (!d.speaker) continue;
    s.attributed++;
    if (g.speaker && sameSpeaker(d.speaker, g.speaker)) s.rightSpeaker++;
    else s.errors.push(`wrong speaker ${d.speaker} (should be ${g.speaker ?? 'unknown'}): “${d.text.slice(0, 50)}”`);
  }
  return s;
}

export interface Case {
  name: string;
  detected: DetectedQuote[];
  gold: GoldQuote[];
}

function articleOfPage(path: string): string {
  // The pages' own stylesheets and scripts are not needed to read them.
  const dom = new JSDOM(readFileSync(path, 'utf8'), { url: 'http://127.0.0.1/', virtualConsole: new VirtualConsole() });
  return extractArticle(dom.window.document).text;
}

/** Every evaluated document: the seed article as plain text and as a page, and each gold page. */
export function cases(): Case[] {
  const seedDir = SEED_DIR;
  const seedGold = JSON.parse(readFileSync(join(seedDir, 'quotes.gold.json'), 'utf8')) as { quotes: GoldQuote[] };
  const list: Case[] = [
    { name: 'seed article.txt', detected: detectQuotes(readFileSync(join(seedDir, 'article.txt'), 'utf8')), gold: seedGold.quotes },
    { name: 'seed article.html', detected: detectQuotes(articleOfPage(join(seedDir, 'article.html'))), gold: seedGold.quotes },
  ];
  const goldDir = GOLD_DIR;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { page: string; quotes: GoldQuote[] };
    list.push({ name: gold.page, detected: detectQuotes(articleOfPage(join(PAGES_DIR, gold.page))), gold: gold.quotes });
  }
  return list;
}

export function total(scores: Score[]): Score {
  const sum = (k: keyof Omit<Score, 'errors'>) => scores.reduce((n, s) => n + s[k], 0);
  return {
    gold: sum('gold'), found: sum('found'), reported: sum('reported'), correct: sum('correct'),
    attributed: sum('attributed'), rightSpeaker: sum('rightSpeaker'), goldSpeakers: sum('goldSpeakers'),
    errors: scores.flatMap((s) => s.errors),
  };
}

export const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

function main() {
  const rows = cases().map((c) => ({ name: c.name, score: score(c.detected, c.gold) }));
  const pct = (n: number, d: number) => `${(100 * ratio(n, d)).toFixed(1)}%`.padStart(7);
  console.log('document'.padEnd(20), 'quote P', 'quote R', 'spkr P ', 'spkr R ', ' (found/gold, right/attributed)');
  for (const { name, score: s } of [...rows, { name: 'TOTAL', score: total(rows.map((r) => r.score)) }]) {
    console.log(
      name.padEnd(20),
      pct(s.correct, s.reported),
      pct(s.found, s.gold),
      pct(s.rightSpeaker, s.attributed),
      pct(s.rightSpeaker, s.goldSpeakers),
      ` (${s.found}/${s.gold}, ${s.rightSpeaker}/${s.attributed})`,
    );
    if (name !== 'TOTAL') for (const e of s.errors) console.log('   ', e);
  }
  const t = total(rows.map((r) => r.score));
  const ok = ratio(t.rightSpeaker, t.attributed) >= TARGETS.speakerPrecision && ratio(t.found, t.gold) >= TARGETS.quoteRecall;
  console.log(ok ? 'targets met' : 'BELOW TARGET', `(speaker precision ≥ ${TARGETS.speakerPrecision}, quotation recall ≥ ${TARGETS.quoteRecall})`);
  process.exitCode = ok ? 0 : 1;
}

// Imported by the unit tests (which score it themselves); run as a script otherwise.
if (!process.env.VITEST) main();
