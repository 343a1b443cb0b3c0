/**
 * `npm start`: serves the demo article on 127.0.0.1 and opens Chromium with the
 * built extension on it. With --headless (or on a machine without a display) it
 * writes a screenshot of the highlighted page and of an open card instead.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { isUiFrameUrl, launchWithExtension, serveFolders, ROOT } from './browser';

/** How long the card may take to show on a slow machine before the demo gives up. */
const CARD_WAIT_MS = 60_000;

/** Waits until the card, an extension page in a frame on the article, has rendered and been given its height. */
async function cardShown(page: Page): Promise<void> {
  for (const deadline = Date.now() + CARD_WAIT_MS; Date.now() < deadline; await page.waitForTimeout(100)) {
    for (const frame of page.frames()) {
      if (!isUiFrameUrl(frame.url())) continue;
      const rendered = await frame.locator('.card').count().catch(() => 0);
      const box = rendered && (await (await frame.frameElement().catch(() => null))?.boundingBox());
      if (box && box.height > 100) return;
    }
  }
  throw new Error('The card did not open on the demo article.');
}

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const out = process.argv.find((a) => a.endsWith('.png')) ?? 'verbatim-demo.png';

const server = await serveFolders({ '/demo/': join(ROOT, 'assets', 'demo') });
const url = `${server.origin}/demo/article.html`;
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(url);

if (!headless) {
  console.log(`Verbatim is loaded in the Chromium window on ${url}. Click a highlighted quote; close the window to stop.`);
  await new Promise((done) => browser.context.on('close', done));
  await server.close();
} else {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('verbatim-')), null, { timeout: 15_000 });
  const quote = page.getByText('We welcome President Trump', { exact: false });
  await quote.scrollIntoViewIfNeeded();
  const box = (await quote.boundingBox())!;
  // The paragraph's text starts before the quote: click inside the highlighted words.
  const words = await page.evaluate(() => {
    const [, highlight] = [...CSS.highlights].find(([name]) => name.startsWith('verbatim-'))!;
    const ranges = [...(highlight as unknown as Set<Range>)];
    const range = ranges.find((r) => r.toString().startsWith('We welcome'))!;
    const rect = range.getClientRects()[0];
    return { x: rect.left + 20, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(words.x, words.y || box.y);
  await cardShown(page);
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}: the demo article with Verbatim's highlights and an open card.`);
  await browser.close();
  await server.close();
}
