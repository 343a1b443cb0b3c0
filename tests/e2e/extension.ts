/// <reference types="chrome" />
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageMatch, TabService } from '../../lib/messages';
import { PAGES_DIR, REQUOTE_DIR } from '../fixture-paths';
import { isUiFrameUrl, launchWithExtension, serveFolders, ROOT, type ExtensionBrowser, type StaticServer } from '../../scripts/browser';

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
    '/speakers/': join(PAGES_DIR, '..', 'speakers'),
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

/** Asks the content script of `page`'s tab for something, as the background does (the context menu and the shortcut open the save form this way). */
export async function tellTab(browser: ExtensionBrowser, page: Page, name: keyof TabService, arg?: unknown): Promise<unknown> {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker.evaluate(
    async ({ tabId, name, arg }) => {
      const reply = await chrome.tabs.sendMessage(tabId, { verbatim: name, arg });
      if ('error' in reply) throw new Error(reply.error);
      return reply.ok;
    },
    { tabId, name, arg },
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

/** Which of Verbatim's in-page UIs a test reads: named by the element tags they had before they moved into a frame. */
export type UiName = 'verbatim-card' | 'verbatim-save-form';
const UI_ROOT: Record<UiName, string> = { 'verbatim-card': '.card', 'verbatim-save-form': '.save-form' };

/**
 * How many of Verbatim's UI frames the page holds, seen from the DevTools protocol
 * (which enters closed shadow roots): a frame element exists as soon as its UI
 * opens, before the frame has loaded.
 */
async function countUiFrameElements(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = { nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode };
    const isUi = (node: DomNode) => {
      const src = node.nodeName === 'IFRAME' ? node.attributes?.[node.attributes.indexOf('src') + 1] : undefined;
      return !!src && isUiFrameUrl(src);
    };
    const count = (node: DomNode): number =>
      (isUi(node) ? 1 : 0) +
      [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])].reduce((n, child) => n + count(child), 0);
    return count(root as DomNode);
  } finally {
    await cdp.detach();
  }
}

/** Whether `frame` holds an element matching `selector`; a frame that is closing or loading, and cannot answer, holds none. */
async function holds(frame: Frame, selector: string): Promise<boolean> {
  return frame.waitForSelector(selector, { state: 'attached', timeout: 2_000 }).then(
    () => true,
    () => false,
  );
}

/**
 * The frame showing one of Verbatim's UIs on `page` (in any of its frames), once it
 * has rendered; null when that UI is not open. A UI that is opening is waited for.
 */
export async function uiFrame(page: Page, ui: UiName = 'verbatim-card'): Promise<Frame | null> {
  const ceiling = Date.now() + 60_000;
  for (let opened = await countUiFrameElements(page); opened > 0; opened = await countUiFrameElements(page)) {
    let rendered = 0;
    for (const frame of page.frames()) {
      if (!isUiFrameUrl(frame.url())) continue;
      if (await holds(frame, UI_ROOT[ui])) return frame;
      if (await holds(frame, '.panel')) rendered++;
    }
    // Every UI frame on the page has rendered, and none is this UI.
    if (rendered >= opened) return null;
    if (Date.now() > ceiling) throw new Error(`Verbatim's ${ui} frame did not render`);
    await page.waitForTimeout(100);
  }
  return null;
}

/**
 * The open card's text and markup (or the save form's, with `ui`), or null when it is
 * not open. The card is shown by an extension page in a frame that the page cannot
 * read; Playwright can, through the frame.
 */
export async function readCard(page: Page, ui: UiName = 'verbatim-card'): Promise<{ text: string; html: string } | null> {
  const frame = await uiFrame(page, ui);
  const html = frame && (await frame.evaluate((selector) => document.querySelector(selector)?.outerHTML, UI_ROOT[ui]).catch(() => undefined));
  if (!html) return null;
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return { text, html };
}

/**
 * How long a key event's answer from Chromium is waited for before the test goes on to check what the key did. An
 * answer comes within milliseconds or never (see pressEscape); what the key did is then checked by polling, so a short
 * wait loses nothing. Ten seconds cost CI over a minute on a run where Chromium dropped seven answers.
 */
const KEY_ANSWER_MS = 2_000;

/**
 * Presses Escape as a reader would. Escape closes Verbatim's frame, and when the frame
 * held the keyboard Chromium sometimes never answers the DevTools protocol for the key's
 * release (the frame that took it is gone): `keyboard.press` then waits forever. So the
 * key is sent through the protocol directly, each answer waited for at most
 * KEY_ANSWER_MS; callers then check, on a condition, that the UI closed.
 */
async function pressEscape(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const key = { key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27, nativeVirtualKeyCode: 27 };
  try {
    for (const type of ['rawKeyDown', 'keyUp'] as const) {
      const answered = cdp.send('Input.dispatchKeyEvent', { type, ...key }).then(() => true);
      const waited = new Promise<false>((done) => setTimeout(() => done(false), KEY_ANSWER_MS));
      if (!(await Promise.race([answered, waited]))) console.warn(`Chromium did not answer the Escape ${type} (the frame that had the keyboard closed)`);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Closes the card (or the save form, with `ui`) with Escape, as a reader would, and waits until it has gone. */
export async function closeCard(page: Page, ui: UiName = 'verbatim-card'): Promise<void> {
  await pressEscape(page);
  await expect.poll(() => uiFrame(page, ui)).toBeNull();
}

/**
 * The open save form's field values, once the keyboard is in its first field (the
 * form takes it when it opens); throws when the form is not open.
 */
export async function formValues(page: Page): Promise<Record<string, string>> {
  const form = await uiFrame(page, 'verbatim-save-form');
  if (!form) throw new Error('The save form is not open');
  // Not document.hasFocus(): in headless Chromium with several tabs, a frame's view of system focus is unreliable;
  // the tests that type into the form show where the keyboard really is.
  await form.waitForFunction(() => document.activeElement?.getAttribute('name') === 'text');
  return form.$$eval('textarea, input', (fields) =>
    Object.fromEntries(fields.map((field) => [field.getAttribute('name'), (field as HTMLInputElement).value])),
  );
}

/** Whether the page's own `window.find` finds `text` (it searches what the page renders, closed shadow roots included). */
export function pageFinds(page: Page, text: string): Promise<boolean> {
  return page.evaluate((words) => {
    document.getSelection()?.removeAllRanges();
    const found = (window as unknown as { find(text: string): boolean }).find(words);
    document.getSelection()?.removeAllRanges();
    return found;
  }, text);
}

/** How each kind's highlight is drawn on a page (entrypoints/content/highlights.css): line and style. */
export const KIND_LOOKS: Record<string, string> = {
  exact: 'underline solid',
  partial: 'underline dotted',
  altered: 'underline wavy',
  abridged: 'underline dashed',
  misattributed: 'overline solid',
};

/**
 * Each `[data-kind]` element under `selector` in `target` (the popup, the card's frame):
 * its kind, whether the kind's own highlight (`verbatim_kind-<kind>`) covers its text,
 * and how the browser draws that highlight there.
 */
export function drawnKinds(target: Page | Frame, selector: string): Promise<{ kind: string; painted: boolean; look: string }[]> {
  return target.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(`${selector} [data-kind]`)].map((el) => {
        const name = `verbatim_kind-${el.dataset.kind}`;
        const painted = [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)].some((r) => r.toString() === el.textContent);
        const style = getComputedStyle(el, `::highlight(${name})`);
        return { kind: el.dataset.kind!, painted, look: `${style.textDecorationLine} ${style.textDecorationStyle}` };
      }),
    selector,
  );
}
