/// <reference types="chrome" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PageMatch } from '../../lib/messages';
import { PAGES_DIR, REQUOTE_DIR } from '../fixture-paths';
import { launchWithExtension, serveFolders, ROOT, type ExtensionBrowser, type StaticServer } from '../../scripts/browser';

export const SCREENSHOTS = join(ROOT, 'test-results');

export interface Session extends ExtensionBrowser {
  server: StaticServer;
  /** Opens a served page and waits until Verbatim has scanned it. */
  open(path: string): Promise<Page>;
  /** Opens the extension's popup as a page acting on `target`. */
  popup(target: Page): Promise<Page>;
  options(): Promise<Page>;
}

/** `launch` options reach scripts/browser launchWithExtension (the privacy test records from before the install). */
export async function startSession(launch: Parameters<typeof launchWithExtension>[0] = {}): Promise<Session> {
  const server = await serveFolders({
    '/demo/': join(ROOT, 'assets', 'demo'),
    '/requote/': REQUOTE_DIR,
    '/pages/': PAGES_DIR,
  });
  const browser = await launchWithExtension(launch);
  await waitForStarterQuotes(browser);
  return {
    ...browser,
    server,
    async open(path) {
      const page = await browser.context.newPage();
      await page.goto(server.origin + path);
      await pageMatches(browser, page);
      return page;
    },
    async popup(target) {
      const tabId = await tabIdOf(browser, target);
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      return page;
    },
    async options() {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

async function waitForStarterQuotes(browser: ExtensionBrowser) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByText(/^\d+ quotes? in the store/).waitFor();
  await page.close();
}

/** What the content script found on `page`, once its scan has finished. */
export async function pageMatches(browser: ExtensionBrowser, page: Page): Promise<PageMatch[]> {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker.evaluate(
    async ({ tabId, name }) => {
      const reply = await chrome.tabs.sendMessage(tabId, { verbatim: name });
      if ('error' in reply) throw new Error(reply.error);
      return reply.ok;
    },
    { tabId, name: 'listPageMatches' },
  );
}

/**
 * The extension's id for the tab of `page`. Several tabs may show the same URL, so
 * the page is brought to the front first: it is then the active tab with that URL.
 */
async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await browser.serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({ url, active: true })).map((tab) => tab.id!),
    page.url(),
  );
  if (ids.length !== 1) throw new Error(`Expected one active tab showing ${page.url()}, found ${ids.length}`);
  return ids[0];
}

export interface SeenHighlight {
  name: string;
  text: string;
  /** id of the nearest ancestor element that has one. */
  inId: string | null;
}

/** Every Verbatim highlight range on the page, as the page itself can read them. */
export function readHighlights(page: Page): Promise<SeenHighlight[]> {
  return page.evaluate(() => {
    const seen: { name: string; text: string; inId: string | null }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('verbatim-') || name === 'verbatim-active' || name === 'verbatim-flash') continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        const el = range.startContainer.parentElement;
        seen.push({ name, text: range.toString(), inId: el?.closest('[id]')?.id ?? null });
      }
    }
    return seen;
  });
}

/** Clicks inside the highlighted words that start with `startsWith`, as a reader would. */
export async function clickHighlight(page: Page, startsWith: string): Promise<void> {
  const point = await page.evaluate((prefix) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('verbatim-')) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        if (!range.toString().startsWith(prefix)) continue;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, startsWith);
  if (!point) throw new Error(`No highlight starting with "${startsWith}"`);
  await page.mouse.click(point.x, point.y);
}

/**
 * The open card's text (or another of Verbatim's in-page hosts, by tag), or null when it is not open. The card is in a closed
 * shadow root that the page (and Playwright's selectors) cannot enter; the
 * DevTools protocol can, which is how a test reads it.
 */
export async function readCard(page: Page, hostTag = 'verbatim-card'): Promise<{ text: string; html: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = { nodeName: string; nodeId: number; children?: DomNode[]; shadowRoots?: DomNode[] };
    const find = (node: DomNode): DomNode | undefined =>
      node.nodeName === hostTag.toUpperCase() ? node : (node.children ?? []).map(find).find(Boolean);
    const host = find(root as DomNode);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { outerHTML: html } = await cdp.send('DOM.getOuterHTML', { nodeId: shadow.nodeId });
    const text = html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
    return { text, html };
  } finally {
    await cdp.detach();
  }
}
