import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Frame } from 'puppeteer-core';
import { serveFolders, ROOT, type StaticServer } from '../../scripts/browser';
import { launchFirefoxWithExtension } from '../../scripts/firefox';
import { SCREENSHOTS } from './extension';
import gold from '../fixtures/seed-article/quotes.gold.json';

let firefox: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveFolders({ '/demo/': join(ROOT, 'assets', 'demo') });
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the Firefox build', () => {
  it('highlights the demo article and opens a card on a click', async () => {
    const page = await firefox.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith(server.origin) ? request.continue() : request.abort()));
    await page.goto(`${server.origin}/demo/article.html`);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('verbatim-')), { timeout: 20_000 });
    const highlighted = await page.evaluate(() =>
      [...CSS.highlights].flatMap(([name, h]) => (name.startsWith('verbatim-') ? [...(h as unknown as Set<Range>)].map((r) => r.toString()) : [])),
    );
    const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const quote of gold.quotes) expect(highlighted.map(oneLine)).toContain(oneLine(quote.text).replace(/[,.]$/, ''));

    const point = await page.evaluate(() => {
      const [, highlight] = [...CSS.highlights].find(([name]) => name.startsWith('verbatim-'))!;
      const range = [...(highlight as unknown as Set<Range>)].find((r) => r.toString().startsWith('We welcome'))!;
      const rect = range.getClientRects()[0];
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    // The card is an extension page in a frame, in a host the content script adds to <html>. WebDriver BiDi
    // cannot enter an extension's frame, so the test sees what the page sees: the frame's address and the host's box.
    const isCard = (f: Frame) => f.url().startsWith('moz-extension://') && new URL(f.url()).pathname === '/card.html';
    const host = () =>
      page.evaluate(() => {
        const el = [...document.documentElement.children].find((e) => e !== document.head && e !== document.body);
        return el ? { width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height, top: el.matches(':popover-open') } : null;
      });
    await page.waitForFunction(
      () => [...document.documentElement.children].some((e) => e !== document.head && e !== document.body && e.getBoundingClientRect().height > 100),
      { timeout: 20_000 },
    );
    expect(page.frames().some(isCard)).toBe(true);
    expect(await host()).toMatchObject({ top: true });
    expect((await host())!.width).toBeGreaterThan(300);
    expect(await page.evaluate(() => (window as unknown as { find(s: string): boolean }).find('You are reading this quote'))).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-card.png') });
  });
});
