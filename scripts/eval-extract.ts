/**
 * Precision and recall of quotation detection and speaker attribution against
 * hand-made gold files: the seed article (tests/fixtures/seed-article) and the
 * real news pages (tests/fixtures/pages, tests/fixtures/speech-pages) with a gold
 * file in tests/fixtures/gold. Each gold file says which split it belongs to:
 * `tuning` (the reader was tuned on it), `held-out` (never looked at while tuning:
 * the only honest figures) or `tuned-before` (gold written after the reader had
 * been tuned on the page; flattering). Each split is reported on its own.
 *
 *   npm run eval:extract            (tables and totals; exits 1 below the targets on the held-out split)
 *   npm run eval:extract -- --show-held-out   (also lists the held-out split's misses)
 *   npm run eval:extract -- --text speech-pages/new.html   (prints a page's article text, to write its gold from;
 *                                                            refuses a held-out page)
 *
 * The held-out split's misses are not printed unless asked for: whoever tunes the
 * reader sees only its figures, so its pages stay unseen and its figures honest.
 */
import { join } from 'node:path';
import { FIXTURES } from '../tests/fixture-paths';
import { articleOfPage, cases, goldFiles, ratio, score, type Score, shortfalls, SPLITS, TARGETS, total } from './gold';

/** The article text of a page under tests/fixtures, the text its gold is written from; never a held-out page's. */
function printArticle(page: string) {
  const heldOut = goldFiles().find((g) => g.split === 'held-out' && `${g.dir ?? 'pages'}/${g.page}` === page);
  if (heldOut) throw new Error(`${page} is held out: its text is not shown while the reader is tuned`);
  console.log(articleOfPage(join(FIXTURES, page)));
}

async function main() {
  const textOf = process.argv.indexOf('--text');
  if (textOf > 0) return printArticle(process.argv[textOf + 1] ?? '');
  const showHeldOut = process.argv.includes('--show-held-out');
  const rows = (await cases()).map((c) => ({ name: c.name, split: c.split, score: score(c.detected, c.gold) }));
  const pct = (n: number, d: number) => `${(100 * ratio(n, d)).toFixed(1)}%`.padStart(7);
  const line = (name: string, s: Score) =>
    console.log(
      name.padEnd(22),
      pct(s.correct, s.reported),
      pct(s.found, s.gold),
      pct(s.rightSpeaker, s.attributed),
      pct(s.rightSpeaker, s.goldSpeakers),
      ` (${s.found}/${s.gold} found, ${s.rightSpeaker}/${s.attributed} right, ${s.goldSpeakers} named in gold)`,
    );
  let failed = false;
  for (const split of SPLITS) {
    const mine = rows.filter((r) => r.split === split);
    console.log(`\n## ${split}: ${mine.length ? mine.length : 'no'} gold documents`);
    if (!mine.length) continue;
    console.log('document'.padEnd(22), 'quote P', 'quote R', 'spkr P ', 'spkr R ');
    for (const { name, score: s } of mine) {
      line(name, s);
      if (split !== 'held-out' || showHeldOut) for (const e of s.errors) console.log('   ', e);
    }
    if (split === 'held-out' && !showHeldOut) console.log('(misses not shown: --show-held-out lists them, once tuning is over)');
    const t = total(mine.map((r) => r.score));
    line(`TOTAL ${split}`, t);
    if (split === 'held-out') {
      const short = shortfalls(t);
      failed = short.length > 0;
      console.log(failed ? `BELOW TARGET: ${short.join(', ')}` : 'targets met', `(targets: ${JSON.stringify(TARGETS)})`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
main();
