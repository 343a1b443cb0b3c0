import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { closeCard, drawnKinds, KIND_LOOKS, pageMatches, readCard, SCREENSHOTS, startSession, uiFrame, type Session } from './extension';
import type { PageMatch } from '../../lib/messages';
import { axeViolations } from './axe';

let session: Session;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The first words of a quote, as the card's original shows them. */
const opening = (m: PageMatch) => m.quote.text.split(/\s+/).slice(0, 4).join(' ');

/** The open card's frame, once it holds the card of `match`. */
async function cardOf(page: Page, match: PageMatch): Promise<Frame> {
  await expect.poll(async () => (await readCard(page))?.text ?? '').toContain(opening(match));
  return (await uiFrame(page))!;
}

/** What holds the keyboard on the page: Verbatim's host (a custom element on <html>), or the page's element by its text. */
function pageFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.parentElement === document.documentElement && active.tagName.includes('-')) return 'verbatim';
    return active === document.body ? 'body' : `${active?.tagName.toLowerCase()}: ${active?.textContent?.trim()}`;
  });
}

/** The element that holds the keyboard inside the card frame, described; '' when it is outside the card. */
function cardFocus(card: Frame): Promise<string> {
  return card.evaluate(() => {
    const active = document.activeElement;
    if (!active || !document.querySelector('.card')?.contains(active)) return '';
    return active.getAttribute('role') ?? `${active.tagName.toLowerCase()}: ${active.textContent?.trim().slice(0, 40)}`;
  });
}

/** The card's frame and the rectangles of `match`'s words (and of the name the page credits, when it credits someone else), in viewport pixels. */
async function layout(page: Page, match: PageMatch): Promise<{ card: Box; quote: Box[]; credit: Box[] }> {
  const frame = (await uiFrame(page))!;
  const card = (await (await frame.frameElement()).boundingBox())!;
  const { quote, credit } = await page.evaluate(({ start, pageSpeaker }) => {
    const boxes = (rects: DOMRectList | DOMRect[]) => [...rects].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
    for (const [name, highlight] of CSS.highlights) {
      if (name !== 'verbatim-active') continue;
      const range = [...(highlight as unknown as Iterable<Range>)][0];
      let credit: DOMRect[] = [];
      if (pageSpeaker) {
        const block = range.startContainer.parentElement!.closest('p')!;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue!.indexOf(pageSpeaker);
          if (at < 0) continue;
          const named = document.createRange();
          named.setStart(node, at);
          named.setEnd(node, at + pageSpeaker.length);
          credit = [...named.getClientRects()];
        }
      }
      return { quote: boxes(range.getClientRects()), credit: boxes(credit), start };
    }
    throw new Error('No active highlight');
  }, { start: match.start, pageSpeaker: match.misattributed ? match.pageSpeaker : undefined });
  return { card, quote, credit };
}

/** The card covers neither its quote nor the credited name, and stays in the viewport. */
async function expectClearOfQuote(page: Page, match: PageMatch, viewport: { width: number; height: number }) {
  // The card is placed again once its sections have loaded: wait until it has settled where it stays clear.
  await expect
    .poll(async () => {
      const { card, quote, credit } = await layout(page, match);
      return [...quote, ...credit].filter((r) => overlaps(r, card)).length;
    })
    .toBe(0);
  const { card, quote } = await layout(page, match);
  expect(quote.length).toBeGreaterThan(0);
  expect(card.x).toBeGreaterThanOrEqual(0);
  expect(card.y).toBeGreaterThanOrEqual(0);
  expect(card.x + card.width).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(card.y + card.height).toBeLessThanOrEqual(viewport.height + 0.5);
  // Still a card one can read: not a sliver.
  expect(card.height).toBeGreaterThanOrEqual(100);
}

describe('the card from the keyboard', () => {
  it('opens every card of the demo article with Alt+Shift+. , keeps Tab inside, and gives the keyboard back on Escape', async () => {
    const page = await session.open('/demo/article.html');
    const matches = await pageMatches(session, page);
    expect(matches.length).toBeGreaterThanOrEqual(5);
    const home = page.locator('header nav a').first();
    await home.focus();
    const before = await pageFocus(page);
    expect(before).toBe('a: Home');
    for (const [i, match] of matches.entries()) {
      await page.keyboard.press('Alt+Shift+Period');
      const card = await cardOf(page, match);
      expect(await pageFocus(page)).toBe('verbatim');
      await expect.poll(() => cardFocus(card)).toBe('dialog');
      // Tab goes round the card's controls, one more time than there are, and never leaves it.
      const controls = await card.evaluate(() => document.querySelectorAll('.card a[href], .card button:not(:disabled), .card select, .card textarea, .card summary').length);
      for (let n = 0; n <= controls; n++) {
        await page.keyboard.press(n % 4 === 3 ? 'Shift+Tab' : 'Tab');
        expect(await cardFocus(card)).not.toBe('');
        expect(await pageFocus(page)).toBe('verbatim');
      }
      if (i === 0) await page.screenshot({ path: join(SCREENSHOTS, 'card-keyboard.png') });
      await closeCard(page);
      await expect.poll(() => pageFocus(page)).toBe(before);
    }
    // From inside a card too, the shortcuts step: back from the first to the last quote.
    await page.keyboard.press('Alt+Shift+Period');
    await cardOf(page, matches[0]);
    await page.keyboard.press('Alt+Shift+Comma');
    await cardOf(page, matches[matches.length - 1]);
    await closeCard(page);
    await expect.poll(() => pageFocus(page)).toBe(before);
    await page.close();
  });

  it('opens the card with Enter on a quoted link, gives the keyboard back to the link on Escape; a second Enter follows the link (requote p1)', async () => {
    const page = await session.open('/requote/article.html');
    const link = page.locator('#p1 a[href]');
    await link.focus();
    const onLink = await pageFocus(page);
    expect(onLink).toMatch(/^a: ./);
    const url = page.url();
    const openByEnter = async () => {
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('On this page the words link to 127.0.0.1');
      expect(page.url()).toBe(url);
      const card = (await uiFrame(page))!;
      await expect.poll(() => cardFocus(card)).toBe('a: 127.0.0.1');
    };
    await openByEnter();
    // Escape closes the card and the keyboard is on the link again, where it was.
    await closeCard(page);
    await expect.poll(() => pageFocus(page)).toBe(onLink);
    expect(page.url()).toBe(url);
    // From there, Enter opens the card again; a second Enter follows the link.
    await openByEnter();
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL('/glossary/article-5', url).href);
    await page.close();
  });
});

/**
 * 200% zoom: Chromium's zoom halves the CSS viewport and doubles the device pixels per
 * CSS pixel. The DevTools protocol's device metrics override does exactly that to the
 * page (a 1200×900 window at 200% is a 600×450 CSS-pixel viewport at device scale 2),
 * and page-side code sees the same innerWidth, devicePixelRatio and media queries.
 * `document.body.style.zoom` is not zoom: it leaves the viewport as it is.
 */
const SIZES: { name: string; width: number; height: number; scale: number }[] = [
  { name: 'zoom-200', width: 600, height: 450, scale: 2 },
  { name: 'narrow-390', width: 390, height: 844, scale: 1 },
];

describe('the card never covers its quote', () => {
  for (const size of SIZES) {
    for (const path of ['/demo/article.html', '/requote/article.html']) {
      it(`at ${size.name} on ${path}, for every quote (and the credited name)`, async () => {
        const page = await session.open(path);
        // Read first: finding the page's tab brings it to the front, which puts Playwright's own viewport back.
        const matches = await pageMatches(session, page);
        expect(matches.length).toBeGreaterThan(0);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: size.scale, mobile: false });
        await expect.poll(() => page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([size.width, size.scale]);
        await page.locator('body').focus();
        for (const match of matches) {
          await page.keyboard.press('Alt+Shift+Period');
          await cardOf(page, match);
          await expectClearOfQuote(page, match, size);
          if (match.misattributed || match === matches[0]) {
            // Through the protocol: Playwright's own screenshot puts its viewport back.
            const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
            writeFileSync(join(SCREENSHOTS, `card-${size.name}-${path.includes('requote') ? 'requote' : 'demo'}-${match.misattributed ? 'credit' : 'first'}.png`), Buffer.from(data, 'base64'));
          }
          await closeCard(page);
        }
        await cdp.detach();
        await page.close();
      });
    }
  }

  it('says when it scrolls', async () => {
    const page = await session.open('/demo/article.html');
    const [match] = await pageMatches(session, page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 600, height: 450, deviceScaleFactor: 2, mobile: false });
    await expect.poll(() => page.evaluate(() => innerWidth)).toBe(600);
    await page.keyboard.press('Alt+Shift+Period');
    const card = await cardOf(page, match);
    await expect.poll(() => card.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
    await expect.poll(() => card.evaluate(() => document.querySelector('.more-below')?.textContent ?? '')).toContain('More below');
    await card.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => card.evaluate(() => document.querySelector('.more-below'))).toBeNull();
    await closeCard(page);
    await cdp.detach();
    await page.close();
  });
});

describe('the card in light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`follows prefers-color-scheme: ${scheme}, and axe finds nothing serious in it`, async () => {
      const page = await session.open('/requote/article.html');
      await page.emulateMedia({ colorScheme: scheme });
      if (scheme === 'dark') await page.addStyleTag({ content: 'html, body { background: #121212 !important; color: #e8e8e8 !important; } a { color: #9cc3ff !important; }' });
      const matches = await pageMatches(session, page);
      await page.locator('body').focus();
      const kinds = new Set<string>();
      for (const match of matches) {
        await page.keyboard.press('Alt+Shift+Period');
        const card = await cardOf(page, match);
        expect(await card.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        const background = await card.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(background).toBe(scheme === 'dark' ? 'rgb(31, 29, 25)' : 'rgb(255, 253, 247)');
        // The kind first, drawn as the page draws it, and the credit's overline when the page names someone else.
        await expect.poll(() => drawnKinds(card, '.card')).toEqual([
          { kind: match.kind, painted: true, look: KIND_LOOKS[match.kind] },
          ...(match.misattributed ? [{ kind: 'misattributed', painted: true, look: KIND_LOOKS.misattributed }] : []),
        ]);
        const key = `${match.kind}${match.misattributed ? '-credit' : ''}`;
        if (!kinds.has(key)) {
          kinds.add(key);
          // Let the late sections (where else it was seen, this page's verdict) render before they are checked.
          await card.waitForSelector('.history');
          expect(await axeViolations(card)).toEqual([]);
          await page.screenshot({ path: join(SCREENSHOTS, `card-${scheme}-${key}.png`) });
        }
        await closeCard(page);
      }
      expect([...kinds].sort()).toEqual(['abridged', 'altered', 'exact', 'exact-credit', 'partial']);
      await page.close();
    });
  }
});
