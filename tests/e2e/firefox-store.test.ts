/**
 * The stores (issue 8 part 6): `npm run zip` makes the archives the Chrome Web Store
 * and addons.mozilla.org take, plus the sources archive Mozilla asks for, and
 * Mozilla's linter (scripts/addons-lint.ts, what `web-ext lint` and AMO run) finds no
 * error in the Firefox archive and no unsafe HTML in our own code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/browser';
import { lintAddon, lintOwnCode } from '../../scripts/addons-lint';
import pkg from '../../package.json';

const archive = (kind: string) => join(ROOT, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
const entries = (zip: string) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
const manifestOf = (zip: string) => JSON.parse(execFileSync('unzip', ['-p', zip, 'manifest.json'], { encoding: 'utf8' }));
const filesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => (statSync(join(ROOT, dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

// Building and zipping take minutes on a busy machine: in a child process, so that the test runner's own messages get through.
beforeAll(async () => {
  const zip = spawn('npm', ['run', 'zip'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise((done) => zip.on('close', done));
  if (code !== 0) throw new Error(`npm run zip failed (exit ${code})`);
});

describe('the store archives', () => {
  it('Chrome: a Manifest V3 extension with its pages and scripts, no source maps', () => {
    const files = entries(archive('chrome'));
    expect(files).toEqual(expect.arrayContaining(['manifest.json', 'background.js', 'content-scripts/content.js', 'popup.html', 'options.html']));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(manifestOf(archive('chrome')).manifest_version).toBe(3);
  });

  it('Firefox: the add-on with its fixed id, which the linter passes', async () => {
    const zip = archive('firefox');
    expect(entries(zip)).toEqual(expect.arrayContaining(['manifest.json', 'background.js', 'content-scripts/content.js', 'popup.html', 'options.html']));
    expect(manifestOf(zip).browser_specific_settings.gecko.id).toBe('verbatim@verbatim.example');
    const report = await lintAddon(zip);
    expect(report.errors).toEqual([]);
    // Unsafe-HTML warnings may only come from bundled libraries (Preact, Readability): none from our code.
    expect(await lintOwnCode()).toEqual([]);
  });

  it('sources: everything that rebuilds the add-on, and no dependencies, builds or test output', () => {
    const files = entries(archive('sources'));
    const needed = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', ...['entrypoints', 'components', 'lib', 'assets', 'public'].flatMap(filesUnder)];
    expect(files).toEqual(expect.arrayContaining(needed));
    expect(files.filter((f) => /^(node_modules|\.output|\.wxt|test-results|tests)\//.test(f))).toEqual([]);
  });
});
