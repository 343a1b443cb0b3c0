/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DARK_DIR, REQUOTE_DIR } from '../fixture-paths';
import { pageMatches, SCREENSHOTS, startSession, type Session } from './extension';
import { serveFolders, type StaticServer } from '../../scripts/browser';
import { KIND_CUES, KINDS, kindHighlightName, type KindCue } from '../../lib/match/kinds';
import { BADGE_COLORS } from '../../lib/service/badge-service';
import { composite, contrastRatio, parseColor, type Rgba } from '../../lib/page/page-tone';

interface Case {
  id: string;
  expect: 'match' | 'none';
  kind?: string;
  misattributed?: unknown;
}
const cases: Case[] = JSON.parse(readFileSync(join(REQUOTE_DIR, 'expected.json'), 'utf8')).cases.filter((c: Case) => c.expect === 'match');

let session: Session;
let dark: StaticServer;
let page: Page;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
  dark = await serveFolders({ '/dark/': DARK_DIR });
  page = await session.open('/requote/article.html');
});
afterAll(async () => {
  await session?.close();
  await dark?.close();
});

/** Each Verbatim highlight range on the page: its layer's name, the paragraph it is in, and how that highlight is drawn there. */
interface Painted {
  name: string;
  inId: string | null;
  text: string;
  line: string;
  style: string;
  background: string;
}

function painted(page: Page): Promise<Painted[]> {
  return page.evaluate(() => {
    const seen: Painted[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('verbatim')) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        const el = range.startContainer.parentElement!;
        // How the browser styles this highlight on this element: the content script's stylesheet applies to the page.
        const style = getComputedStyle(el, `::highlight(${name})`);
        seen.push({
          name,
          inId: el.closest('[id]')?.id ?? null,
          text: range.toString(),
          line: style.textDecorationLine,
          style: style.textDecorationStyle,
          background: style.backgroundColor,
        });
      }
    }
    return seen;
  });
}

async function tabIdOf(target: Page): Promise<number> {
  await target.bringToFront();
  const ids = await session.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url, active: true })).map((t) => t.id!), target.url());
  expect(ids).toHaveLength(1);
  return ids[0];
}

/** What the toolbar button shows for the tab, as the browser holds it. */
function badge(tabId: number): Promise<{ text: string; color: number[]; title: string }> {
  return session.serviceWorker.evaluate(
    async (tabId) => ({
      text: await chrome.action.getBadgeText({ tabId }),
      color: [...(await chrome.action.getBadgeBackgroundColor({ tabId }))],
      title: await chrome.action.getTitle({ tabId }),
    }),
    tabId,
  );
}

const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('kinds on the re-quote page (tests/fixtures/requote)', () => {
  it('paints each match with its kind’s line over its verdict’s background, each kind drawn differently', async () => {
    const seen = await painted(page);
    for (const c of cases) {
      const here = seen.filter((p) => p.inId === c.id);
      const cues: KindCue[] = [c.kind as KindCue, ...(c.misattributed ? (['misattributed'] as const) : [])];
      expect(here.filter((p) => p.name.startsWith('verbatim_kind-')).map((p) => p.name).sort(), c.id).toEqual(
        // Each fragment of a quote (p1 has two) carries the kind.
        here.filter((p) => p.name === 'verbatim-unrated').flatMap(() => cues.map(kindHighlightName)).sort(),
      );
      expect(here.some((p) => p.name === 'verbatim-unrated' && p.background === 'rgba(255, 214, 64, 0.45)'), c.id).toBe(true);
    }
    // One look per kind, read from the browser's computed ::highlight() styles, all different.
    const looks = new Map<KindCue, string>();
    for (const cue of KIND_CUES) {
      const drawn = seen.find((p) => p.name === kindHighlightName(cue));
      expect(drawn, `no ${cue} match on the page`).toBeDefined();
      looks.set(cue, `${drawn!.line} ${drawn!.style}`);
    }
    expect(Object.fromEntries(looks)).toEqual({
      exact: 'underline solid',
      partial: 'underline dotted',
      altered: 'underline wavy',
      abridged: 'underline dashed',
      misattributed: 'overline solid',
    });
    // The verdict layer draws no line: nothing hides the kind's.
    expect(seen.filter((p) => p.name === 'verbatim-unrated').every((p) => p.line === 'none')).toBe(true);
  });

  it('screenshots each kind’s highlight', async () => {
    const shots: Record<KindCue, string> = { exact: 'e1', partial: 'p1', altered: 'a1', abridged: 'l1', misattributed: 'm1' };
    for (const cue of KIND_CUES) await page.locator(`#${shots[cue]}`).screenshot({ path: join(SCREENSHOTS, `kind-${cue}.png`) });
  });

  it('badges the tab with the count and the warning, clears it when highlighting is off, and follows navigation', async () => {
    const tabId = await tabIdOf(page);
    const matches = await pageMatches(session, page);
    expect(matches).toHaveLength(7);
    await expect.poll(() => badge(tabId)).toEqual({
      text: '7!',
      color: [...rgbOf(BADGE_COLORS.warning), 255],
      title: 'Verbatim found 7 known quotes: 1 credited to someone else, 1 altered, 1 cut',
    });
    await renderBadge('badge-warning', await badge(tabId));

    const popup = await session.popup(page);
    await popup.getByLabel('Highlight quotes on all sites').uncheck();
    await expect.poll(() => badge(tabId).then((b) => b.text)).toBe('');
    await popup.getByLabel('Highlight quotes on all sites').check();
    await expect.poll(() => badge(tabId).then((b) => b.text)).toBe('7!');
    await popup.close();

    // A single-page navigation: the address changes, then the page shows other text with one exact quote.
    await page.bringToFront();
    await page.evaluate(() => {
      history.pushState({}, '', '/requote/e1-only');
      for (const p of document.querySelectorAll('article p[id]:not(#e1)')) p.remove();
    });
    await expect.poll(() => badge(tabId)).toEqual({ text: '1', color: [...rgbOf(BADGE_COLORS.plain), 255], title: 'Verbatim found 1 known quote, none credited to someone else, altered or cut' });
    await renderBadge('badge-plain', await badge(tabId));

    // A page with no known quote: the navigation cleared the badge, and no report brings it back.
    await page.goto(`${dark.origin}/dark/no-quotes.html`);
    await pageMatches(session, page);
    expect((await badge(tabId)).text).toBe('');
    // Back to the re-quote page: its scan reports again.
    await page.goto(`${session.server.origin}/requote/article.html`);
    await pageMatches(session, page);
    await expect.poll(() => badge(tabId).then((b) => b.text)).toBe('7!');
  });
});

/**
 * A picture of the badge as the browser holds it (headless Chromium draws no toolbar):
 * the extension's icon with the text and background colour chrome.action returned.
 */
async function renderBadge(name: string, { text, color, title }: { text: string; color: number[]; title: string }) {
  const icon = readFileSync(join(import.meta.dirname, '../../.output/chrome-mv3/icon/48.png')).toString('base64');
  const shot = await session.context.newPage();
  await shot.setViewportSize({ width: 520, height: 90 });
  await shot.setContent(`<body style="margin:0;padding:16px;font:13px system-ui;background:#dfe3e8;display:flex;gap:14px;align-items:center">
    <div style="position:relative;width:32px;height:32px"><img src="data:image/png;base64,${icon}" width="32" height="32">
    <span style="position:absolute;right:-10px;bottom:-6px;background:rgb(${color.slice(0, 3).join(',')});color:#fff;font:bold 11px system-ui;padding:1px 4px;border-radius:7px">${text}</span></div>
    <span>${title}</span></body>`);
  await shot.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await shot.close();
}

describe('the legend', () => {
  it('draws each kind with the pages’ own style, in the popup and in the library', async () => {
    const popup = await session.popup(page);
    for (const [where, ui] of [['popup', popup], ['library', await session.options()]] as const) {
      const legend = ui.locator('details.kind-legend');
      await legend.locator('summary').click();
      await legend.locator('dl').waitFor();
      expect(await legend.locator('dt').allTextContents(), where).toEqual(KIND_CUES.map((cue) => KINDS[cue].label));
      const drawn = await ui.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.kind-legend [data-kind]')].map((el) => {
          const name = `verbatim_kind-${el.dataset.kind}`;
          const inHighlight = [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)].some((r) => r.toString() === el.textContent);
          const style = getComputedStyle(el, `::highlight(${name})`);
          return { kind: el.dataset.kind, inHighlight, look: `${style.textDecorationLine} ${style.textDecorationStyle}` };
        }),
      );
      expect(drawn, where).toEqual([
        { kind: 'exact', inHighlight: true, look: 'underline solid' },
        { kind: 'partial', inHighlight: true, look: 'underline dotted' },
        { kind: 'altered', inHighlight: true, look: 'underline wavy' },
        { kind: 'abridged', inHighlight: true, look: 'underline dashed' },
        { kind: 'misattributed', inHighlight: true, look: 'overline solid' },
      ]);
      await legend.screenshot({ path: join(SCREENSHOTS, `legend-${where}.png`) });
      if (where === 'library') await ui.close();
    }
    await popup.screenshot({ path: join(SCREENSHOTS, 'legend-popup-whole.png'), fullPage: true });
    await popup.close();
  });
});

describe('a dark page (tests/fixtures/dark)', () => {
  it('keeps body and link text at AA contrast (4.5:1) against the highlight', async () => {
    const darkPage = await session.context.newPage();
    await darkPage.goto(`${dark.origin}/dark/article.html`);
    await pageMatches(session, darkPage);
    // For every text node a verdict highlight covers: the colours the browser paints it with.
    const samples = await darkPage.evaluate(() => {
      const out: { name: string; inId: string | null; link: boolean; pageText: string; highlightText: string; highlightBg: string; pageBgs: string[] }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('verbatim-')) continue;
        for (const range of highlight as unknown as Iterable<Range>) {
          const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
          for (let node = walker.currentNode; node; node = walker.nextNode()!) {
            if (node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node) || !node.textContent!.trim()) continue;
            const el = node.parentElement!;
            const hl = getComputedStyle(el, `::highlight(${name})`);
            const pageBgs: string[] = [];
            for (let at: Element | null = el; at; at = at.parentElement) pageBgs.push(getComputedStyle(at).backgroundColor);
            out.push({ name, inId: el.closest('[id]')?.id ?? null, link: !!el.closest('a'), pageText: getComputedStyle(el).color, highlightText: hl.color, highlightBg: hl.backgroundColor, pageBgs });
          }
        }
      }
      return out;
    });
    expect(new Set(samples.map((s) => s.inId))).toEqual(new Set(['e1', 'a1', 'm1', 'l1']));
    expect(samples.some((s) => s.link)).toBe(true);
    const white: Rgba = { r: 255, g: 255, b: 255, a: 1 };
    for (const s of samples) {
      expect(s.name, s.inId!).toBe('verbatim-unrated-on-dark');
      const pageBg = s.pageBgs.map((c) => parseColor(c)!).find((c) => c.a >= 0.5) ?? white;
      const under = composite(parseColor(s.highlightBg)!, pageBg);
      const ratio = contrastRatio(parseColor(s.highlightText)!, under);
      expect(ratio, `${s.inId}${s.link ? ' (link)' : ''}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
    }
    // Why the dark shade is needed: the page's own link colour on the light-page highlight falls short.
    const link = samples.find((s) => s.link)!;
    const lightBg = composite(parseColor('rgba(255, 214, 64, 0.45)')!, parseColor(link.pageBgs.find((c) => parseColor(c)!.a >= 0.5)!)!);
    expect(contrastRatio(parseColor(link.pageText)!, lightBg)).toBeLessThan(4.5);
    await darkPage.screenshot({ path: join(SCREENSHOTS, 'kinds-dark-page.png') });
    await darkPage.close();
  });
});
