/**
 * What page-cost.bench.ts measures with: the known quotes (every quotation the pages
 * hold, then sentences drawn from the pages' own words), the file that imports them
 * into Verbatim, the naive extension that holds the same quotes, and the ticker page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toWords } from '../../lib/text/words';
import { random } from '../unit/formats/generate';

export interface KnownQuote {
  text: string;
  speaker: string;
}

const QUOTATION = /[“"]([^”"\n]{20,600})[”"]/g;
const MIN_QUOTATION_WORDS = 6;
const SPEAKERS = ['Anna Rubio', 'Marco Okafor', 'Steve Tanaka', 'Ursula Novak', 'Li Haddad', 'Priya Silva', 'Jonas Berg', 'Fatima Khan'];

/** `count` sentences of 8 to 40 words drawn from the pages' own words (sharing their common words, as real quotes do). */
export function sentences(pageTexts: string[], count: number, seed: number): string[] {
  const r = random(seed);
  const vocabulary = [...pageTexts.join('\n').matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)].map((m) => m[0]);
  return Array.from({ length: count }, () => `${Array.from({ length: 8 + r.int(33) }, () => r.pick(vocabulary)).join(' ')}.`);
}

/**
 * `count` quotes: the quotations found in `pageTexts` (so that the pages have known
 * quotes to highlight), then generated sentences. Same texts, same quotes.
 */
export function knownQuotes(pageTexts: string[], count: number): KnownQuote[] {
  const found = [...new Set([...pageTexts.join('\n').matchAll(QUOTATION)].map((m) => m[1].trim()))]
    .filter((q) => toWords(q).words.length >= MIN_QUOTATION_WORDS)
    .slice(0, count);
  const texts = [...found, ...sentences(pageTexts, count - found.length, 8)];
  return texts.map((text, i) => ({ text, speaker: SPEAKERS[i % SPEAKERS.length] }));
}

/** The quotes as a file for Verbatim's import (its own JSON format). */
export function writeImportFile(path: string, quotes: KnownQuote[]): string {
  const rows = quotes.map((q, i) => ({ ...q, source: { url: `https://quotes.example/${i}`, title: `Source ${i}` } }));
  writeFileSync(path, JSON.stringify({ format: 'verbatim', version: 1, exportedAt: new Date().toISOString(), quotes: rows }));
  return path;
}

/** The data attribute where the naive extension leaves how many quotes it found (proof that it ran). */
export const NAIVE_FOUND_ATTRIBUTE = 'data-naive-quotes-found';

/**
 * The baseline: a Manifest V3 extension whose content script holds the quote texts
 * and looks for each in the page's text with indexOf, at the same moment as
 * Verbatim's (document_idle), and marks nothing.
 */
export function writeNaiveExtension(dir: string, texts: string[]): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Naive quote finder (benchmark baseline)',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['naive.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'naive.js'),
    `const QUOTES = ${JSON.stringify(texts)};
const text = document.body.innerText;
let found = 0;
for (const quote of QUOTES) if (text.indexOf(quote) !== -1) found++;
document.documentElement.setAttribute(${JSON.stringify(NAIVE_FOUND_ATTRIBUTE)}, String(found));
`,
  );
  return dir;
}

export const TICKER_ID = 'ticker';

/**
 * A live page: an article of `filler` paragraphs, every fourth quoting one of
 * `quotes`, and a ticker whose text changes every 100 ms for as long as it is open.
 */
export function tickerPage(quotes: KnownQuote[], filler: string[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = filler
    .map((text, i) => {
      const quote = quotes[i % quotes.length];
      return `<p>${escape(i % 4 === 0 ? `${text} ${quote.speaker} said: “${quote.text}”` : text)}</p>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live: the day's news as it happens</title></head>
<body>
<header><h1>Live: the day's news as it happens</h1><p id="${TICKER_ID}">Markets open</p></header>
<article>
${body}
</article>
<script>
  let tick = 0;
  const ticker = document.getElementById('${TICKER_ID}');
  setInterval(() => { tick++; ticker.textContent = 'Update ' + tick + ': index ' + (1000 + (tick * 37) % 500) + ' points'; }, 100);
</script>
</body></html>
`;
}
