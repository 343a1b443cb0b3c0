import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Both cores for the unit suite (vitest leaves one free by default), so that the evaluation's two splits, each
    // detecting over more than a hundred real pages (eval.test.ts, eval-held-out.test.ts), run side by side. The
    // end-to-end suite keeps one browser at a time (singleFork below).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Timeouts only catch hangs: the golden tests parse megabytes of real pages with jsdom, slow on a busy machine.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        extends: true,
        // One browser at a time: the machines have two cores. Tests pass or fail on behaviour: every wait is on a
        // condition, and the ceilings are generous because CI machines may be busy (a ceiling is a hang detector, not a speed test).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 600_000,
          hookTimeout: 300_000,
          expect: { poll: { timeout: 120_000 } },
        },
      },
    ],
  },
});
