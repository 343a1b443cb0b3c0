/**
 * Firefox with the Firefox build of the extension installed as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi (Playwright cannot load extensions
 * into Firefox).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from './browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');

export async function launchFirefoxWithExtension(): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('No Firefox build: run "npm run build:firefox" first.');
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install it (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'browser.safebrowsing.downloads.remote.enabled': false },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}
