import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], setupFiles: ['fake-indexeddb/auto'] },
      },
      {
        extends: true,
        // One browser at a time: the machines have two cores.
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], pool: 'forks', poolOptions: { forks: { singleFork: true } }, testTimeout: 60_000, hookTimeout: 90_000 },
      },
    ],
  },
});
