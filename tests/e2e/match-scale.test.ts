import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageMatch } from '../../lib/messages';
import { pageMatches, startSession, tellTab, type Session } from './extension';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/**
 * Asks Verbatim to rescan `page` and returns what it found. Long tasks on the page's
 * main thread during the rescan are recorded in the output, not asserted: the speed
 * of a shared two-core machine is not the extension's behaviour (`npm run bench`
 * measures main-thread cost as ratios).
 */
async function rescan(page: Page): Promise<{ longTasks: number[]; scanMs: number; matches: PageMatch[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  const started = Date.now();
  // By tab id, not URL: the tab a previous test closed on the same URL may still be listed.
  await tellTab(session, page, 'refresh', {});
  const matches = await pageMatches(session, page);
  const scanMs = Date.now() - started;
  const longTasks = await page.evaluate(() => [...(window as unknown as { longTasks: number[] }).longTasks]);
  return { longTasks, scanMs, matches };
}

describe('large pages are scanned in slices and a rescan finds what the first scan found', () => {
  for (const path of ['/pages/yahoo-2.html', '/pages/wikipedia.html']) {
    it(path, async () => {
      const page = await session.open(path);
      const first = await pageMatches(session, page);
      const { longTasks, scanMs, matches } = await rescan(page);
      console.log(`${path}: rescan ${scanMs} ms, long tasks ${JSON.stringify(longTasks)}`);
      expect(matches).toEqual(first);
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
    const planted = await page.evaluate(() => [...document.querySelectorAll('p')].filter((p) => p.textContent!.startsWith('He said:')).length);
    console.log(`1 MB page (${text} characters): rescan ${scanMs} ms, ${matches.length} matches, long tasks ${JSON.stringify(longTasks)}`);
    expect(text).toBeGreaterThan(1_000_000);
    // Every planted copy of the quote is found, wherever it sits in the megabyte.
    expect(matches.filter((m) => m.quote.text.startsWith('We covered almost all'))).toHaveLength(planted);
  });
});
