/**
 * mark.js 8.11.1 as a baseline for the matching engine (issue 3), on the same
 * pages and stores as match.bench.ts (match-material.ts, same seed). mark.js needs
 * a DOM: it runs here under jsdom, whose DOM is slower than a browser's. It walks
 * the DOM once per keyword (about 10 ms each on these pages) and its memory grows
 * with every keyword, so it gets a process of its own and one run per row.
 */
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Mark from 'mark.js';
import { createMatcher } from '../../lib/match/matcher';
import { PAGES_DIR } from '../fixture-paths';
import { medianTime, ms, realPages, stores, table, time } from './match-material';

const matchers = new Map([1_000, 10_000].map((size) => [size, createMatcher(stores.get(size)!)]));

console.log('\n## mark.js under jsdom (separateWordSearch: false, accuracy: "exactly"), same store; mark.js walks and wraps the DOM, the engine matches the page text (reading the text is the content script\'s, sliced)');
// mark.js walks the DOM once per keyword, and the regular-expression code it
// compiles stays in memory: past about 8,000 keywords the process runs out of
// memory (1.8 GB). The 10,000-quote row therefore marks the store's first 2,000
// quotes and scales the time by 5, and says so.
const MARK_RUNS: { page: string; size: number; marked: number }[] = [
  { page: 'herald-sun-1.html', size: 1_000, marked: 1_000 },
  { page: 'guardian-1.html', size: 1_000, marked: 1_000 },
  { page: 'herald-sun-1.html', size: 10_000, marked: 2_000 },
];
const markRows: (string | number)[][] = [];
/** A fresh DOM for every BATCH keywords: mark.js's memory grows with each keyword, and a fresh page lets it go. */
const BATCH = 250;
for (const { page: name, size, marked: limit } of MARK_RUNS) {
  const html = readFileSync(resolve(PAGES_DIR, name), 'utf8');
  const keywords = stores.get(size)!.slice(0, limit).map((q) => q.text);
  let markMs = 0;
  let marked = 0;
  let failed = 0;
  for (let from = 0; from < keywords.length; from += BATCH) {
    const dom = new JSDOM(html);
    const g = globalThis as Record<string, unknown>;
    g.window = dom.window;
    g.document = dom.window.document;
    for (const type of ['NodeFilter', 'NodeList', 'HTMLCollection', 'Node', 'Element', 'HTMLElement', 'HTMLIFrameElement']) g[type] = (dom.window as unknown as Record<string, unknown>)[type];
    const mark = new Mark(dom.window.document.body);
    // One keyword per call (mark.js loops over an array the same way) so that a keyword whose regex fails does not stop the rest.
    markMs += time(() => {
      for (const keyword of keywords.slice(from, from + BATCH)) {
        try {
          mark.mark(keyword, { separateWordSearch: false, accuracy: 'exactly', each: () => marked++ });
        } catch {
          failed++;
        }
      }
    })[0];
    dom.window.close();
  }
  const text = realPages.find((p) => p.name === name)!.text;
  const engineMs = medianTime(9, () => matchers.get(size)!.match(text));
  const found = matchers.get(size)!.match(text).length;
  const scaledMs = (markMs * size) / limit;
  const row = [name, size.toLocaleString('en'), limit < size ? `${ms(scaledMs)} (${ms(markMs)} for ${limit.toLocaleString('en')}, x${size / limit})` : ms(markMs), marked, failed, ms(engineMs), found, `${(scaledMs / engineMs).toFixed(0)}x`];
  console.log(row.join('  '));
  markRows.push(row);
}
table(['page', 'quotes', 'mark.js ms', 'mark.js marks', 'mark.js errors', 'engine ms', 'engine matches', 'mark.js/engine'], markRows);
console.log('(mark.js with accuracy "exactly" needs white space around a keyword, so it misses a quote that touches its quotation marks; "errors": keywords whose regular expression overflowed the stack)');

