// Installs what running and testing Verbatim need on a fresh machine: the npm
// packages, and Debian's Chromium when it is missing. Plain Node, no dependencies,
// because it runs before node_modules exists.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const run = (command) => execSync(command, { stdio: 'inherit' });

const lockTime = statSync('package-lock.json').mtimeMs;
const installed = existsSync('node_modules/.package-lock.json') && statSync('node_modules/.package-lock.json').mtimeMs >= lockTime;
if (!installed) run('npm ci --no-audit --no-fund');

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.error(`Chromium is missing at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
}
