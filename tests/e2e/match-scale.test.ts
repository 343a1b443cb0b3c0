import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageMatches, startSession, type Session } from './extension';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** Long tasks (over 50 ms) on the page's main thread while Verbatim rescans it, and how long the scan took. */
async function rescan(page: Page): Promise<{ longTasks: number[]; scanMs: number; matches: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  // Let the page's own load settle before measuring ours.
  await page.waitForTimeout(500);
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
  const started = Date.now();
  await session.serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.tabs.sendMessage(tab.id!, { verbatim: 'refresh' });
  }, page.url());
  const matches = (await pageMatches(session, page)).length;
  const scanMs = Date.now() - started;
  await page.waitForTimeout(100);
  const longTasks = await page.evaluate(() => [...(window as unknown as { longTasks: number[] }).longTasks]);
  // The instrument itself: an 80 ms task on the page must show up.
  await page.evaluate(() => setTimeout(() => {
    for (const end = performance.now() + 80; performance.now() < end; );
  }));
  await page.waitForTimeout(300);
  expect((await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)).length).toBe(longTasks.length + 1);
  return { longTasks, scanMs, matches };
}

describe('large pages are scanned without a long task on the page', () => {
  for (const path of ['/pages/yahoo-2.html', '/pages/wikipedia.html']) {
    it(path, async () => {
      const page = await session.open(path);
      const { longTasks, scanMs } = await rescan(page);
      console.log(`${path}: rescan ${scanMs} ms, long tasks ${JSON.stringify(longTasks)}`);
      expect(longTasks).toEqual([]);
      // Tabs are found by URL: the next test opens this one again.
      await page.close();
    });
  }

  it('a page with 1 MB of text, with known quotes in it', async () => {
    const page = await session.open('/pages/wikipedia.html');
    await page.evaluate(() => {
      const base = document.body.innerText;
      const quote = 'We covered almost all the other issues necessary for a peace deal,';
      const article = document.createElement('article');
      for (let size = 0, i = 0; size < 1_000_000; i++) {
        const p = document.createElement('p');
        p.textContent = i % 50 === 0 ? `He said: "${quote}" and left.` : base.slice((i * 997) % (base.length - 2000), ((i * 997) % (base.length - 2000)) + 1500);
        size += p.textContent.length;
        article.append(p);
      }
      document.body.replaceChildren(article);
    });
    const { longTasks, scanMs, matches } = await rescan(page);
    const text = await page.evaluate(() => document.body.textContent!.length);
    console.log(`1 MB page (${text} characters): rescan ${scanMs} ms, ${matches} matches, long tasks ${JSON.stringify(longTasks)}`);
    expect(text).toBeGreaterThan(1_000_000);
    expect(matches).toBeGreaterThanOrEqual(13);
    expect(longTasks).toEqual([]);
  });
});
