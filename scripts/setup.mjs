// Installs what running and testing Verbatim need on a fresh machine: the npm
// packages, and Debian's Chromium (and, for the tests, Firefox ESR) when missing.
// Plain Node, no dependencies, because it runs before node_modules exists.
// `node scripts/setup.mjs --tests` also installs what only the tests need.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const run = (command) => execSync(command, { stdio: 'inherit' });

const lockTime = statSync('package-lock.json').mtimeMs;
const installed = existsSync('node_modules/.package-lock.json') && statSync('node_modules/.package-lock.json').mtimeMs >= lockTime;
if (!installed) run('npm ci --no-audit --no-fund');

const browsers = [{ path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', env: 'CHROMIUM_PATH' }];
if (process.argv.includes('--tests')) browsers.push({ path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr', env: 'FIREFOX_PATH' });
const missing = browsers.filter((b) => !existsSync(b.path));
if (missing.length) {
  const packages = missing.map((b) => b.pkg).join(' ');
  if (process.getuid?.() === 0) {
    run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`);
  } else {
    for (const b of missing) console.error(`Missing ${b.path}. Install it with: sudo apt-get install -y ${b.pkg} (or set ${b.env}).`);
    process.exit(1);
  }
}
