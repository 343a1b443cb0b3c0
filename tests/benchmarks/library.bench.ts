/**
 * Library benchmark (issue 5). Run with `npm run bench -- library`.
 *
 * A library of 100,000 generated quotes (10 to 40 words drawn from the starter
 * quotes' vocabulary, two sentences of context, notes on half, tags, 2,000 speakers,
 * 200 outlets, a sighting on every third). Measured in this process:
 * - every export format, and reading the JSON and CSV back (parse + row checks);
 * - the import itself (plan, merge, one transaction) into an empty store and into a
 *   store already holding the same 100,000 (every row merges), on fake-indexeddb:
 *   Node has no IndexedDB, and fake-indexeddb is far slower than a browser's, so
 *   these are upper bounds (tests/e2e/library.test.ts measures Chromium);
 * - search: building the index, then every keystroke of typed queries (median and
 *   worst), with filters and a sort, against the 100 ms budget per keystroke.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Quote } from '../../lib/model';
import type { Appearance } from '../../lib/store/appearances';
import { VERDICTS } from '../../lib/model';
import { exportQuotes, readImportFile, type ExportFormat } from '../../lib/formats';
import { VerbatimDB } from '../../lib/store/db';
import { importBundle, planImport } from '../../lib/store/library';
import { LibraryIndex, type LibraryFilters, type LibrarySort } from '../../lib/store/library-search';
import { speakerKey } from '../../lib/store/quotes';
import { random } from '../unit/formats/generate';

const COUNT = 100_000;
const BUDGET_MS = 100;

const starter = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/starter-quotes.json'), 'utf8'));
const vocabulary: string[] = [
  ...new Set(
    starter.quotes
      .flatMap((q: { text: string; context: { before: string; after: string } }) => `${q.text} ${q.context.before} ${q.context.after}`.split(/\s+/))
      .filter(Boolean),
  ),
] as string[];

function generate(): { quotes: Quote[]; sightings: Appearance[] } {
  const r = random(2026);
  const words = (lo: number, hi: number) => Array.from({ length: lo + r.int(hi - lo + 1) }, () => r.pick(vocabulary)).join(' ');
  const speakers = Array.from({ length: 2_000 }, (_, i) => `${r.pick(['Anna', 'Marco', 'Ursula', 'Steve', 'Volodymyr', 'José', 'Ngozi', 'Mei'])} ${r.pick(['Rubio', 'Witkoff', 'Okafor', 'García', 'Nováková', 'Chen', 'Smith'])}-${i}`);
  const outlets = Array.from({ length: 200 }, (_, i) => `${r.pick(['Daily', 'Morning', 'Evening', 'Global'])} ${r.pick(['News', 'Herald', 'Post', 'Times'])} ${i}`);
  const quotes: Quote[] = [];
  const sightings: Appearance[] = [];
  for (let i = 0; i < COUNT; i++) {
    const id = crypto.randomUUID();
    const q: Quote = {
      id,
      text: `${words(10, 40)} q${i.toString(36)}`,
      speaker: r.pick(speakers),
      source: { url: `https://news${i % 5_000}.example/story/${i}`, title: words(6, 12), outlet: r.pick(outlets), publishedAt: `202${r.int(6)}-0${1 + r.int(9)}-1${r.int(9)}` },
      context: { before: words(15, 30), after: words(15, 30) },
      tags: r.next() < 0.3 ? [r.pick(['summit', 'nato', 'review', 'economy'])] : [],
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    };
    if (r.next() < 0.6) q.verdict = r.pick(VERDICTS);
    if (r.next() < 0.5) q.note = words(5, 20);
    quotes.push(q);
    if (i % 3 === 0) sightings.push({ quoteId: id, pageUrl: `https://other.example/p/${i}`, seenAt: q.createdAt, matchKind: 'exact' });
  }
  return { quotes, sightings };
}

async function time<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await run();
  console.log(`${label.padEnd(58)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms`);
  return result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const { quotes, sightings } = await time(`generate ${COUNT.toLocaleString('en')} quotes`, generate);

console.log('\n-- export and read back --');
const files: Partial<Record<ExportFormat, string>> = {};
for (const format of ['verbatim-json', 'csv', 'markdown', 'web-annotation', 'claimreview'] as const) {
  files[format] = await time(`export ${format}`, () => exportQuotes(format, quotes, sightings));
  console.log(`${''.padEnd(58)} ${(Buffer.byteLength(files[format]!) / 1024 / 1024).toFixed(1).padStart(7)} MB`);
}
const batch = await time('read Verbatim JSON (parse + check every row)', () => readImportFile('library.json', files['verbatim-json']!));
await time('read CSV (parse + check every row)', () => readImportFile('library.csv', files.csv!));
await time('read Markdown (parse + check every row)', () => readImportFile('library.md', files.markdown!));
if (batch.quotes.length !== COUNT || batch.rejections.length) throw new Error(`read back ${batch.quotes.length} quotes, ${batch.rejections.length} rejected`);

console.log('\n-- import (fake-indexeddb: an upper bound for a browser) --');
const db = new VerbatimDB('bench');
const preview = await time('preview into an empty store', () => planImport(db, batch).then((plan) => plan.preview));
let reports = 0;
const first = await time('import into an empty store', () => importBundle(db, batch, () => reports++));
console.log(`  ${JSON.stringify(preview)} → ${JSON.stringify(first)}; ${reports} progress reports`);
const again = await time('import the same file again (every row merges)', () => importBundle(db, batch));
console.log(`  → ${JSON.stringify(again)}`);

console.log('\n-- search --');
const items = quotes.map((quote, i) => ({ quote, speakerKey: speakerKey(quote.speaker), sightings: i % 3 === 0 ? 1 : 0, pageVerdicts: [] }));
const index = await time('build the search index', () => new LibraryIndex(items));
await time('facets (speakers, outlets, tags, verdicts)', () => index.facets());
const typed = ['marco rubio', 'security guarantees', 'ukraine nato', 'xyzzy', 'peace agreement consequences', 'q2s'];
const cases: [string, LibraryFilters, LibrarySort][] = [
  ...typed.map((q): [string, LibraryFilters, LibrarySort] => [q, {}, 'added-desc']),
  ['peace', { verdict: 'false' }, 'speaker'],
  ['guarantees', { from: '2023-01-01', to: '2024-12-31', tag: 'summit' }, 'published-desc'],
];
let worst = 0;
for (const [query, filters, sort] of cases) {
  index.query('', filters, sort); // a sort's order is built once, when first chosen
  const perKey: number[] = [];
  let shown = 0;
  for (let n = 1; n <= query.length; n++) {
    const t0 = performance.now();
    shown = index.query(query.slice(0, n), filters, sort).length;
    perKey.push(performance.now() - t0);
  }
  worst = Math.max(worst, ...perKey);
  console.log(`  "${query}" ${JSON.stringify(filters)} ${sort}: ${shown.toLocaleString('en')} shown; per keystroke median ${median(perKey).toFixed(1)} ms, worst ${Math.max(...perKey).toFixed(1)} ms`);
}
const backspace: number[] = [];
for (let n = typed[0].length; n >= 0; n--) {
  const t0 = performance.now();
  index.query(typed[0].slice(0, n));
  backspace.push(performance.now() - t0);
}
worst = Math.max(worst, ...backspace);
console.log(`  deleting "${typed[0]}" key by key: median ${median(backspace).toFixed(1)} ms, worst ${Math.max(...backspace).toFixed(1)} ms`);
console.log(`\nworst keystroke ${worst.toFixed(1)} ms (budget ${BUDGET_MS} ms): ${worst <= BUDGET_MS ? 'within budget' : 'OVER BUDGET'}`);
if (worst > BUDGET_MS) process.exitCode = 1;
