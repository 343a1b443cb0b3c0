/**
 * How often each way of finding a speaker was right on pages the reader had never seen, without reading a held-out
 * page. Each round of issue 10 measured its fresh pages on the reader of its day before tuning on them; this reads
 * those pages again with those readers (each round's commit checked out into a temporary worktree) and counts, for
 * each way the reader found a speaker (`how`, and the confidence it gave), the named speakers right and wrong against
 * today's gold, and apart those whom the quoted words themselves name by surname. Only the pages each round added that
 * are tuned on now are read.
 *
 *   npm run eval:unseen      (needs the repository's history: a full clone)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DetectedQuote } from '../lib/extract/detect';
import { wordsName } from '../lib/extract/attribution/mentions';
import { FIXTURES } from '../tests/fixture-paths';
import { articleOfPage, freeClosedWindows, goldFiles, ROOT, sameQuote, sameSpeaker } from './gold';

/** The commits that added each round's fresh pages with their gold, before the reader was run on them. */
const ROUNDS = [
  'c5cba24', // sixth round: English
  '47033d6', // sixth round: French
  '658b7ed', // sixth round: Spanish and Portuguese
  'ced5d3e', // sixth round: German and Czech
  'ca056d1', // fourth round
  'a559f64', // fifth round, first set
  '303f614', // fifth round, second set
  '9550da2', // fifth round, third set
  'ded5669', // fifth round, fourth set
  '8e5c87f', // seventh round
  '8c781fe', // eighth round
  'f3a8ebe', // ninth round, first set
  '011c701', // ninth round, second set
  'd6f6693', // sixteenth round (set J)
  'f640a10', // seventeenth round (set K)
  'f1b31ec', // eighteenth round (set L)
  '9bf2ecd', // nineteenth round (set M)
  '04379ea', // twentieth round (set N)
  'bb45f30', // twenty-fourth round (set O)
  'd77a9c9', // twenty-fourth round (set P)
  '2604e87', // twenty-fourth round (set Q)
  'd101d48', // thirty-first round (set R)
];

const git = (...args: string[]) => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' });

/** The pages whose gold the commit added and that are tuned on today. */
function pagesAddedBy(commit: string, tuning: Set<string>): string[] {
  return git('show', '--name-only', '--diff-filter=A', '--format=', commit, '--', 'tests/fixtures/gold')
    .split('\n')
    .filter((path) => path.endsWith('.json'))
    .map((path) => basename(path, '.json'))
    .filter((page) => tuning.has(page));
}

/** The reader of a commit, checked out beside the repository's own packages: the quotations it finds on a page. */
async function readerAt(commit: string, dir: string) {
  git('worktree', 'add', '--detach', '--quiet', dir, commit);
  for (const shared of ['node_modules', '.wxt']) if (existsSync(join(ROOT, shared))) symlinkSync(join(ROOT, shared), join(dir, shared));
  const { detectQuotes } = (await import(join(dir, 'lib/extract/detect.ts'))) as { detectQuotes: (text: string) => DetectedQuote[] };
  const { extractArticle } = (await import(join(dir, 'lib/extract/article.ts'))) as { extractArticle: (doc: Document) => { text: string } };
  return (path: string) => detectQuotes(articleOfPage(path, extractArticle));
}

async function main() {
  const gold = goldFiles();
  const tuning = new Set(gold.filter((g) => g.split === 'tuning').map((g) => basename(g.page, '.html')));
  const tally = new Map<string, { right: number; wrong: number }>();
  const base = mkdtempSync(join(tmpdir(), 'verbatim-unseen-'));
  try {
    for (const commit of ROUNDS) {
      const read = await readerAt(commit, join(base, commit));
      const pages = pagesAddedBy(commit, tuning);
      for (const page of pages) {
        const g = gold.find((file) => file.page === `${page}.html`)!;
        for (const d of read(join(FIXTURES, g.dir ?? 'pages', g.page)).filter((q) => q.kind === 'speech' && q.speaker)) {
          const q = g.quotes.find((quote) => sameQuote(quote.text, d.text));
          if (!q || q.optional) continue;
          const way = `${d.how ?? '-'} ${d.confidence.toFixed(2)}${wordsName(d.text, d.speaker!) ? ' named in the words' : ''}`;
          const count = tally.get(way) ?? { right: 0, wrong: 0 };
          if (q.speaker && sameSpeaker(d.speaker!, q.speaker)) count.right++;
          else count.wrong++;
          tally.set(way, count);
        }
        await freeClosedWindows();
      }
      console.log(`${commit}: ${pages.length} pages`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
    git('worktree', 'prune');
  }
  console.log(`\n${'way'.padEnd(40)} right  wrong  precision`);
  const all = { right: 0, wrong: 0 };
  for (const [way, { right, wrong }] of [...tally].sort()) {
    console.log(way.padEnd(40), String(right).padStart(6), String(wrong).padStart(6), (right / (right + wrong)).toFixed(3).padStart(10));
    all.right += right;
    all.wrong += wrong;
  }
  console.log('all'.padEnd(40), String(all.right).padStart(6), String(all.wrong).padStart(6), (all.right / (all.right + all.wrong)).toFixed(3).padStart(10));
}

main();
