/**
 * The core end-to-end cases in Firefox ESR (issue 8 part 6): the Firefox build
 * (.output/firefox-mv2) installed as a temporary add-on, driven by puppeteer-core over
 * WebDriver BiDi. Demo highlights, the card, the popup, import and export in the
 * library, and a page that renders its article late.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { serveFolders, ROOT, type StaticServer } from '../../scripts/browser';
import { FIREFOX_EXTENSION_ORIGIN, launchFirefoxWithExtension } from '../../scripts/firefox';
import { SCREENSHOTS } from './extension';
import { TEXT_PART_CHARS } from '../../lib/messages';
import gold from '../fixtures/seed-article/quotes.gold.json';

let firefox: Browser;
let server: StaticServer;
const live = mkdtempSync(join(tmpdir(), 'verbatim-firefox-live-'));
const LATE_QUOTE = gold.quotes[0].text;
/** How long the live page waits before it renders its article, as framework-built pages do. */
const RENDER_DELAY_MS = 1_500;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(
    join(live, 'late-article.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: the summit</title></head>
<body><main id="app"><p>Loading…</p></main>
<script>
  setTimeout(() => {
    document.getElementById('app').innerHTML =
      '<article><h1>What the envoy said</h1><p>Speaking on Sunday, the envoy said: “' + ${JSON.stringify(LATE_QUOTE)} + '” He left soon after.</p></article>';
  }, ${RENDER_DELAY_MS});
</script></body></html>`,
  );
  // An embed the page writes into an about:blank frame, beside an empty ad slot.
  writeFileSync(
    join(live, 'framed.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: the summit</title></head>
<body><h1>Our live coverage</h1><iframe name="ad" width="300" height="50"></iframe><iframe name="embed" width="800" height="300"></iframe>
<script>
  frames.embed.document.body.innerHTML = '<article><p>Speaking on Sunday, the envoy said: “' + ${JSON.stringify(LATE_QUOTE)} + '”</p></article>';
</script></body></html>`,
  );
  // A page whose text goes to the background in several parts: the quote sits at its very end.
  writeFileSync(
    join(live, 'long-article.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: the summit, all day</title></head>
<body><article id="article"></article>
<script>
  const article = document.getElementById('article');
  for (let i = 0; i < 800; i++) article.insertAdjacentHTML('beforeend', '<p>Update ' + i + ': talks went on through the afternoon, with aides moving between the delegations and reporters waiting outside.</p>');
  article.insertAdjacentHTML('beforeend', '<p id="quote">At the end of the day, the envoy said: “' + ${JSON.stringify(LATE_QUOTE)} + '”</p>');
</script></body></html>`,
  );
  server = await serveFolders({ '/demo/': join(ROOT, 'assets', 'demo'), '/live/': live });
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(live, { recursive: true, force: true });
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Clicks the button labelled `label` once it shows. A poll of our own rather than puppeteer's text
 * selector, whose BiDi wait fails inside Firefox on the library page while its import worker answers.
 */
async function clickButton(page: Page, label: string): Promise<void> {
  const find = (text: string) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === text);
  await expect.poll(() => page.evaluate(find, label), { timeout: 120_000 }).toBe(true);
  await page.evaluate((text) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!.click(), label);
}

/** A served page in a new tab, every request leaving loopback aborted. */
async function openPage(path: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().startsWith(server.origin) ? request.continue() : request.abort()));
  await page.goto(server.origin + path);
  return page;
}

/** One of the extension's pages (popup.html, options.html) in a new tab, once its script has rendered. */
async function extensionPage(path: string): Promise<Page> {
  const page = await firefox.newPage();
  // Puppeteer over BiDi never sees a moz-extension page load (its goto times out though the page is there): the wait is on the page's content.
  void page.goto(`${FIREFOX_EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
  // While the tab navigates, Firefox's BiDi may answer an evaluation with an internal error: that is "not yet", so each try catches it.
  const rendered = () =>
    page.evaluate((origin) => location.href.startsWith(origin) && (document.body?.innerText ?? '').trim().length > 0, FIREFOX_EXTENSION_ORIGIN).catch(() => false);
  await expect.poll(rendered, { timeout: 120_000 }).toBe(true);
  return page;
}

/** The texts Verbatim highlights on `page`, as the page can read them. */
function highlighted(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights].flatMap(([name, h]) => (name.startsWith('verbatim-') && name !== 'verbatim-active' ? [...(h as unknown as Set<Range>)].map((r) => r.toString()) : [])),
  );
}

async function clickHighlight(page: Page, startsWith: string) {
  const point = await page.evaluate((prefix) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('verbatim-')) continue;
      const range = [...(highlight as unknown as Set<Range>)].find((r) => r.toString().startsWith(prefix));
      if (!range) continue;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    }
    return null;
  }, startsWith);
  if (!point) throw new Error(`No highlight starting with "${startsWith}"`);
  await page.mouse.click(point.x, point.y);
}

interface OpenCard {
  /** The card's words, where a test can read them (null: the card cannot be read from outside, see readCard). */
  text: string | null;
  width: number;
  height: number;
}

/**
 * The card open on `page`, or null. The one place that knows where the card lives:
 * - in an extension frame (a moz-extension:// document): read through puppeteer's
 *   frame API. Over BiDi a frame that moved to a moz-extension address keeps reporting
 *   url() "about:blank", so each child frame is asked for its own location; a frame
 *   inside a closed shadow root is reached this way too;
 * - in a closed shadow root of the page (the `verbatim-card` host): nothing outside
 *   the content script can read it, only its box is known.
 */
async function readCard(page: Page): Promise<OpenCard | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const doc = await frame
      .evaluate(() => ({ href: location.href, text: document.body?.innerText ?? '', width: innerWidth, height: innerHeight }))
      .catch(() => null);
    if (doc?.href.startsWith(FIREFOX_EXTENSION_ORIGIN) && doc.width > 0 && doc.height > 0) return { text: doc.text, width: doc.width, height: doc.height };
  }
  const box = await (await page.$('verbatim-card'))?.boundingBox();
  return box && box.width > 0 && box.height > 0 ? { text: null, width: box.width, height: box.height } : null;
}

/** The extension's id for the tab showing `page` (Firefox's match patterns ignore ports, so every tab is listed and compared). */
async function tabIdOf(page: Page): Promise<number> {
  const library = await extensionPage('options.html');
  try {
    const ids = await library.evaluate(async (url) => {
      // Through globalThis: the test runner would turn a bare `browser` into an import of WXT's.
      const { tabs } = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await tabs.query({})).filter((tab) => tab.url === url).map((tab) => tab.id!);
    }, page.url());
    if (ids.length !== 1) throw new Error(`Expected one tab showing ${page.url()}, found ${ids.length}`);
    return ids[0];
  } finally {
    await library.close();
  }
}

const waitForHighlights = (page: Page) =>
  page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('verbatim-')), { timeout: 120_000 });

describe('the Firefox build', () => {
  it('highlights the demo article', async () => {
    const page = await openPage('/demo/article.html');
    await waitForHighlights(page);
    const texts = (await highlighted(page)).map(oneLine);
    for (const quote of gold.quotes) expect(texts).toContain(oneLine(quote.text).replace(/[,.]$/, ''));
    await page.close();
  });

  it('opens a card on a click and closes it with Escape', async () => {
    const page = await openPage('/demo/article.html');
    await waitForHighlights(page);
    await clickHighlight(page, 'We welcome');
    await expect.poll(() => readCard(page), { timeout: 120_000 }).not.toBeNull();
    const card = (await readCard(page))!;
    expect(card.width).toBeGreaterThan(300);
    if (card.text !== null) expect(card.text).toContain('Ursula von der Leyen');
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-card.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page), { timeout: 120_000 }).toBeNull();
    await page.close();
  });

  it('lists the quotes found on the tab in the popup', async () => {
    const page = await openPage('/demo/article.html');
    await waitForHighlights(page);
    const tabId = await tabIdOf(page);
    const popup = await extensionPage(`popup.html?tab=${tabId}`);
    // The article is the quotes' source: nothing warns, and the entries are in page order.
    await expect.poll(() => popup.evaluate(() => [...document.querySelectorAll('.found .speaker')].map((s) => s.textContent)), { timeout: 120_000 }).toEqual([
      'Steve Witkoff', 'Steve Witkoff', 'Ursula von der Leyen', 'Volodymyr Zelenskyy',
      'Steve Witkoff', 'Marco Rubio', 'Marco Rubio', 'Steve Witkoff',
    ]);
    // The toolbar badge (Firefox's Manifest V2 button is browserAction) counts the quotes the popup lists, with "!" when one is altered, abridged or credited to someone else.
    const badgeText = (id: number) => (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } } }).browser.browserAction.getBadgeText({ tabId: id });
    await expect.poll(() => popup.evaluate(badgeText, tabId), { timeout: 120_000 }).toBe('8');
    await popup.close();
    await page.close();
  });

  it('imports a file into the library and exports it again', async () => {
    const library = await extensionPage('options.html');
    const stored = () => library.evaluate(() => Number(/([\d,]+) quotes? in the store/.exec(document.body.innerText)?.[1].replace(/,/g, '') ?? NaN));
    await expect.poll(stored, { timeout: 120_000 }).toBeGreaterThan(0);
    const before = await stored();

    const file = join(SCREENSHOTS, 'firefox-import.json');
    const imported = ['Firefox readers deserve the same quotes as everybody else, word for word.', 'Nothing we import should be lost on the way into the library.'];
    writeFileSync(file, JSON.stringify({ quotes: imported.map((text, i) => ({ text, speaker: 'Jane Roe', source: { url: `https://example.org/firefox/${i}` } })) }));
    await (await library.$('input[type=file]'))!.uploadFile(file);
    await clickButton(library, 'Import 2 quotes');
    await expect.poll(stored, { timeout: 120_000 }).toBe(before + 2);

    // The export is read where the page hands it to the browser as a download.
    await library.evaluate(() => {
      const exported: Promise<string>[] = [];
      (window as unknown as { exported: Promise<string>[] }).exported = exported;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) exported.push(blob.text());
        return create(blob);
      };
    });
    await clickButton(library, 'Export JSON');
    await expect.poll(() => library.evaluate(() => (window as unknown as { exported: unknown[] }).exported.length), { timeout: 120_000 }).toBe(1);
    const json = JSON.parse(await library.evaluate(() => (window as unknown as { exported: Promise<string>[] }).exported[0]));
    expect(json.quotes).toHaveLength(before + 2);
    expect(json.quotes.map((q: { text: string }) => q.text)).toEqual(expect.arrayContaining(imported));
    await library.close();
  });

  it('highlights a quote in a frame the page writes', async () => {
    const page = await openPage('/live/framed.html');
    const inFrames = async () => (await Promise.all(page.frames().filter((f) => f !== page.mainFrame()).map((f) => highlighted(f).catch(() => [])))).flat().map(oneLine);
    await expect.poll(inFrames, { timeout: 120_000 }).toContain(oneLine(LATE_QUOTE).replace(/[,.]$/, ''));
    await page.close();
  });

  it('highlights a quote at the end of a page too long for one message', async () => {
    const page = await openPage('/live/long-article.html');
    expect(await page.evaluate(() => document.body.textContent!.length)).toBeGreaterThan(2 * TEXT_PART_CHARS);
    await waitForHighlights(page);
    expect((await highlighted(page)).map(oneLine)).toContain(oneLine(LATE_QUOTE).replace(/[,.]$/, ''));
    await page.close();
  });

  it('highlights an article that a page renders after it has loaded', async () => {
    const page = await openPage('/live/late-article.html');
    await waitForHighlights(page);
    expect((await highlighted(page)).map(oneLine)).toContain(oneLine(LATE_QUOTE).replace(/[,.]$/, ''));
    await page.close();
  });
});
