/**
 * `npm run bench`: runs every tests/benchmarks/*.bench.ts, each in a process of its
 * own (so one benchmark's heap does not skew another's memory figures) with
 * `--expose-gc` (so they can measure retained memory). `npm run bench -- match`
 * runs only the files whose name contains "match". Where `flock` exists, runs wait
 * for each other (a lock in the temp folder).
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const here = import.meta.dirname;
const viteNode = join(here, '..', '..', 'node_modules', 'vite-node', 'vite-node.mjs');
const only = process.argv.slice(2).filter((a) => a !== '--');

// One benchmark at a time on a shared machine: timings taken while another runs mean little.
const LOCK = join(tmpdir(), 'verbatim-bench.lock');
if (!process.env.VERBATIM_BENCH_LOCKED && spawnSync('flock', ['--version']).status === 0) {
  const locked = spawnSync('flock', [LOCK, process.execPath, viteNode, join(here, 'run.ts'), ...only], { stdio: 'inherit', env: { ...process.env, VERBATIM_BENCH_LOCKED: '1' } });
  process.exit(locked.status ?? 1);
}
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', viteNode, join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
if (files.length === 0) console.log('No benchmark matched.');
process.exit(failed ? 1 : 0);
