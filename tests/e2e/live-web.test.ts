import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { clickHighlight, pageMatches, readCard, readHighlights, startSession, type Session } from './extension';
import { serveFolders, type StaticServer } from '../../scripts/browser';
import { LIVE_DIR } from '../fixture-paths';

/**
 * Pages built the way live sites are, one behaviour each (tests/fixtures/live):
 * what the reader sees is what gets highlighted, whenever and wherever it shows.
 */
const STRICT_CSP = "default-src 'none'; style-src 'self'";

let session: Session;
let live: StaticServer;
const pages: Page[] = [];

beforeAll(async () => {
  session = await startSession();
  live = await serveFolders({ '/live/': LIVE_DIR }, { headers: { '/live/strict-csp.html': { 'content-security-policy': STRICT_CSP } } });
});
afterAll(async () => {
  await session?.close();
  await live?.close();
});
// Open tabs would each hear of every store write (a sighting) made by the next test.
afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close()));
});

/** Opens a live fixture and waits until Verbatim's first scan of it has finished. */
async function open(name: string): Promise<Page> {
  const page = await session.context.newPage();
  pages.push(page);
  await page.goto(`${live.origin}/live/${name}`);
  await pageMatches(session, page);
  return page;
}

/** Where each highlight is: the id of the element around it. */
async function highlighted(where: Page | Frame): Promise<(string | null)[]> {
  return (await readHighlights(where as Page)).map((h) => h.inId);
}

async function frameOf(page: Page, file: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().endsWith(file))).toBe(true);
  const frame = page.frames().find((f) => f.url().endsWith(file))!;
  await frame.waitForLoadState();
  return frame;
}

describe('anti-flicker snippets', () => {
  it('highlights a page that ChartBeat kept hidden until its style element went', async () => {
    const page = await open('anti-flicker-chartbeat.html');
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
  });

  it('highlights a page that Amplitude hid with * { visibility: hidden }', async () => {
    const page = await open('anti-flicker-amplitude.html');
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
  });

  it('matches nothing while Google Optimize keeps <html> transparent, and highlights once it shows', async () => {
    const page = await open('anti-flicker-optimize.html');
    const whileHidden = await page.evaluate(() => ({
      hidden: document.documentElement.classList.contains('async-hide'),
      highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('verbatim-')).length,
    }));
    if (whileHidden.hidden) expect(whileHidden.highlights).toBe(0);
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
  });
});

describe('text that arrives or changes after the load', () => {
  it('highlights an article rendered late by script', async () => {
    const page = await open('late-render.html');
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
  });

  it('follows a single-page navigation forward and back', async () => {
    const page = await open('spa-navigation.html');
    await expect.poll(() => highlighted(page)).toEqual(['first-quote']);
    await page.click('#to-second');
    await expect.poll(() => highlighted(page)).toEqual(['second-quote']);
    expect(page.url()).toContain('?story=second');
    await page.goBack();
    await expect.poll(() => highlighted(page)).toEqual(['first-quote']);
  });

  it('highlights text swapped in place of a spinner', async () => {
    const page = await open('spinner.html');
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
  });

  it('highlights a story appended by infinite scroll', async () => {
    const page = await open('infinite-scroll.html');
    expect(await highlighted(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
  });

  it('highlights a post added beside a ticker that changes every 100 ms, while the ticker runs', async () => {
    const page = await open('ticker.html');
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
    const tick = () => page.evaluate(() => Number(document.getElementById('ticker')!.textContent));
    const then = await tick();
    await expect.poll(tick).toBeGreaterThan(then);
  });
});

describe('text that shows or hides without changing', () => {
  for (const [name, file] of [['a class', 'read-more-class.html'], ['the hidden attribute', 'read-more-hidden.html']]) {
    it(`highlights "Read more" text revealed by ${name}, and drops it when hidden again`, async () => {
      const page = await open(file);
      expect(await highlighted(page)).toEqual([]);
      await page.click('#toggle');
      await expect.poll(() => highlighted(page)).toEqual(['quote']);
      await page.click('#toggle');
      await expect.poll(() => highlighted(page)).toEqual([]);
    });
  }

  it('leaves the text of a closed <details> alone until the reader opens it', async () => {
    const page = await open('details.html');
    expect(await highlighted(page)).toEqual(['open-quote']);
    await page.click('#closed-summary');
    await expect.poll(async () => (await highlighted(page)).sort()).toEqual(['closed-quote', 'open-quote']);
  });
});

describe('frames and shadow roots', () => {
  it('highlights a quote in a same-origin frame', async () => {
    const page = await open('iframe-same-origin.html');
    const frame = await frameOf(page, '/live/frame-article.html');
    expect(new URL(frame.url()).origin).toBe(new URL(page.url()).origin);
    await expect.poll(() => highlighted(frame)).toEqual(['quote']);
  });

  it('lists a frame’s quote in the popup, and the entry opens its card in the frame', async () => {
    const page = await open('iframe-same-origin.html');
    const frame = await frameOf(page, '/live/frame-article.html');
    await expect.poll(() => highlighted(frame)).toEqual(['quote']);
    const popup = await session.popup(page);
    const entries = popup.locator('.found li button');
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('We’re not at the precipice');
    await entries.first().click().catch(() => undefined);
    // The card opens beside the quote, inside the frame that shows it.
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Marco Rubio');
    await popup.close().catch(() => undefined);
  });

  it('highlights a quote in a cross-origin frame', async () => {
    const page = await open('iframe-cross-origin.html');
    const frame = await frameOf(page, '/live/frame-article.html');
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    await expect.poll(() => highlighted(frame)).toEqual(['quote']);
  });

  it('starts in frames the page writes, when they get text, and never in frames without any', async () => {
    await session.serviceWorker.evaluate(() => {
      const counter = globalThis as unknown as { frameStarts: number };
      counter.frameStarts = 0;
      chrome.runtime.onMessage.addListener((message: { verbatim?: string } | undefined) => {
        if (message?.verbatim === 'startInFrame') counter.frameStarts++;
      });
    });
    const frameStarts = () => session.serviceWorker.evaluate(() => (globalThis as unknown as { frameStarts: number }).frameStarts);
    const page = await open('frames-written.html');
    const frame = (name: string) => page.frame({ name })!;
    await expect.poll(() => highlighted(frame('written'))).toEqual(['written-quote']);
    expect(await highlighted(frame('later'))).toEqual([]);
    await page.evaluate(() => (window as unknown as { fillLater(): void }).fillLater());
    await expect.poll(() => highlighted(frame('later'))).toEqual(['later-quote']);
    // The three ad slots never asked: only the two frames that got text run the content script.
    expect(await frameStarts()).toBe(2);
  });

  it('highlights quotes inside an open shadow root, including one added there later', async () => {
    const page = await open('shadow-root.html');
    await expect.poll(async () => (await highlighted(page)).sort()).toEqual(['shadow-later', 'shadow-quote']);
  });
});

describe('a page that fights back', () => {
  it('keeps working when the page replays WXT events and clears CSS.highlights, and rescans only for real changes', async () => {
    const page = await open('hostile.html');
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
    await session.serviceWorker.evaluate(() => {
      const counter = globalThis as unknown as { matchCalls: number };
      counter.matchCalls = 0;
      chrome.runtime.onMessage.addListener((message: { verbatim?: string } | undefined) => {
        if (message?.verbatim === 'matchPage') counter.matchCalls++;
      });
    });
    await page.evaluate((id) => (window as unknown as { attack(id: string): void }).attack(id), session.extensionId);
    // The erased highlights come back.
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
    // A real change is still read...
    await page.evaluate(() => (window as unknown as { addQuote(): void }).addQuote());
    await expect.poll(async () => (await highlighted(page)).sort()).toEqual(['added-quote', 'quote']);
    // ...but the hundred fake address changes cost nothing: a read of the new paragraph, and a re-match for its sighting.
    const calls = await session.serviceWorker.evaluate(() => (globalThis as unknown as { matchCalls: number }).matchCalls);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(4);
    // And a click still opens the card.
    await clickHighlight(page, 'We’re not at the precipice');
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Marco Rubio');
  });

  it('highlights a page served with a strict Content-Security-Policy', async () => {
    const page = await session.context.newPage();
    pages.push(page);
    const response = await page.goto(`${live.origin}/live/strict-csp.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await expect.poll(() => highlighted(page)).toEqual(['quote']);
  });
});
