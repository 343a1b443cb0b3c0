/**
 * Gold files and their scoring, for `npm run eval:extract`, `npm run eval:unseen` and the unit tests: each file in
 * tests/fixtures/gold names a page, its split (`tuning`, `held-out` or `tuned-before`) and every quotation on it that
 * reports someone's words, with its speaker.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectQuotes, type DetectedQuote } from '../lib/extract/detect';
import { extractArticle } from '../lib/extract/article';
import { quoteKey } from '../lib/text/words';
import { FIXTURES, GOLD_DIR, SEED_DIR } from '../tests/fixture-paths';

export const ROOT = resolve(import.meta.dirname, '..');
/** Issue 10's targets, for pages the reader was not tuned on. */
export const TARGETS = { speakerPrecision: 0.97, speakerRecall: 0.85, quoteRecall: 0.95 };

export const SPLITS = ['held-out', 'tuning', 'tuned-before'] as const;
export type Split = (typeof SPLITS)[number];

export interface GoldQuote {
  text: string;
  speaker: string | null;
  /** Either reading is defensible: reporting it is neither a hit nor a false alarm. */
  optional?: boolean;
}

export interface GoldFile {
  page: string;
  /** Folder of tests/fixtures holding the page; "pages" when absent. */
  dir?: string;
  split: Split;
  quotes: GoldQuote[];
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

/**
 * A quotation over several paragraphs, each reopened with a mark and only the last closed (the convention for long
 * quotations), is one detection whose text joins its paragraphs with line breaks, all with one speaker; gold files may
 * list its paragraphs one by one, or a few together. Unless a gold quotation is the whole of it, it is scored as the
 * runs of paragraphs that gold quotations are, from the first paragraph on, the longest run first; a paragraph in no
 * such run is a quotation of its own.
 */
function byParagraph(speech: DetectedQuote[], gold: GoldQuote[]): DetectedQuote[] {
  const inGold = (text: string) => gold.some((g) => sameQuote(text, g.text));
  return speech.flatMap((d) => {
    if (!d.text.includes('\n')) return [d];
    const paragraphs = d.text.split('\n').filter((paragraph) => /\p{L}/u.test(paragraph));
    const runs: DetectedQuote[] = [];
    for (let i = 0; i < paragraphs.length; ) {
      let end = paragraphs.length;
      while (end > i + 1 && !inGold(paragraphs.slice(i, end).join('\n'))) end--;
      runs.push({ ...d, text: paragraphs.slice(i, end).join('\n') });
      i = end;
    }
    return runs;
  });
}

export function score(detected: DetectedQuote[], gold: GoldQuote[]): Score {
  const s: Score = { gold: 0, found: 0, reported: 0, correct: 0, attributed: 0, rightSpeaker: 0, goldSpeakers: 0, errors: [] };
  const speech = byParagraph(
    detected.filter((d) => d.kind === 'speech'),
    gold,
  );
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
    if (!d.speaker) {
      if (g.speaker) s.errors.push(`no speaker (should be ${g.speaker}): “${d.text.slice(0, 50)}”`);
      continue;
    }
    s.attributed++;
    if (g.speaker && sameSpeaker(d.speaker, g.speaker)) s.rightSpeaker++;
    else s.errors.push(`wrong speaker ${d.speaker} (should be ${g.speaker ?? 'unknown'}): “${d.text.slice(0, 50)}”`);
  }
  return s;
}

export interface Case {
  name: string;
  split: Split;
  detected: DetectedQuote[];
  gold: GoldQuote[];
}

/** The article text of the page at `path`, as `extract` (today's, or an earlier reader's) takes it from the page. */
export function articleOfPage(path: string, extract: (doc: Document) => { text: string } = extractArticle): string {
  // The pages' own stylesheets and scripts are not needed to read them.
  const dom = new JSDOM(readFileSync(path, 'utf8'), { url: 'http://127.0.0.1/', virtualConsole: new VirtualConsole() });
  try {
    return extract(dom.window.document).text;
  } finally {
    dom.window.close();
  }
}

/**
 * A closed window's document is freed only once the event loop turns: read page after page without a turn, the
 * three hundred and seventy gold pages held more than 3 GB and ran out of heap.
 */
export const freeClosedWindows = () => new Promise((resolve) => setImmediate(resolve));

/** The gold files of tests/fixtures/gold, in name order. */
export function goldFiles(): GoldFile[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldFile;
      if (!SPLITS.includes(gold.split)) throw new Error(`${f}: "split" must be one of ${SPLITS.join(', ')}, not ${JSON.stringify(gold.split)}`);
      return gold;
    });
}

/**
 * Every evaluated document of the given splits: the seed article as plain text and as a page (tuned on), and each gold
 * page. Detection is the slow part, so a caller that reads one split detects on its pages only.
 */
export async function cases(splits: readonly Split[] = SPLITS): Promise<Case[]> {
  const seedGold = JSON.parse(readFileSync(join(SEED_DIR, 'quotes.gold.json'), 'utf8')) as { quotes: GoldQuote[] };
  const list: Case[] = splits.includes('tuned-before')
    ? [
        { name: 'seed article.txt', split: 'tuned-before', detected: detectQuotes(readFileSync(join(SEED_DIR, 'article.txt'), 'utf8')), gold: seedGold.quotes },
        { name: 'seed article.html', split: 'tuned-before', detected: detectQuotes(articleOfPage(join(SEED_DIR, 'article.html'))), gold: seedGold.quotes },
      ]
    : [];
  for (const gold of goldFiles().filter((g) => splits.includes(g.split))) {
    const detected = detectQuotes(articleOfPage(join(FIXTURES, gold.dir ?? 'pages', gold.page)));
    list.push({ name: gold.page, split: gold.split, detected, gold: gold.quotes });
    await freeClosedWindows();
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

/** The three figures the targets are about. */
export function figures(s: Score) {
  return { speakerPrecision: ratio(s.rightSpeaker, s.attributed), speakerRecall: ratio(s.rightSpeaker, s.goldSpeakers), quoteRecall: ratio(s.found, s.gold) };
}

/** The targets a score falls short of, in words ("speaker recall 0.80 < 0.85"); empty when it meets them all. */
export function shortfalls(s: Score): string[] {
  const f = figures(s);
  return (Object.keys(TARGETS) as (keyof typeof TARGETS)[])
    .filter((k) => f[k] < TARGETS[k])
    .map((k) => `${k.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)} ${f[k].toFixed(3)} < ${TARGETS[k]}`);
}
