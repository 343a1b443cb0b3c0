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
/** The add-on's id (wxt.config.ts) and the internal UUID this profile gives it, so that its pages have a known address. */
const ADDON_ID = 'verbatim@verbatim.example';
const ADDON_UUID = '5c1d7e2a-0b1f-4c2e-9a57-1f0e3b6d9a11';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export async function launchFirefoxWithExtension(): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('No Firefox build: run "npm run build:firefox" first.');
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install it (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // WebDriver BiDi navigates only to web addresses unless the browser allows more: the popup and library are moz-extension pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}
