import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './extension';
import { ROOT } from '../../scripts/browser';

/** The README's first command, as a new user on a machine without a display runs it (after its install and build steps). */
describe('npm start without a display', () => {
  it('opens the demo article with Verbatim, clicks a highlight and writes a screenshot of the open card', () => {
    const out = join(SCREENSHOTS, 'start-demo.png');
    rmSync(out, { force: true });
    const run = spawnSync('npx', ['vite-node', 'scripts/demo.ts', '--', '--headless', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}`);
    expect(existsSync(out) && statSync(out).size).toBeGreaterThan(10_000);
  });
});
