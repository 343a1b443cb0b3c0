/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickHighlight, closeCard, formValues, pageMatches, readCard, readHighlights, SCREENSHOTS, startSession, tellTab, uiFrame, type Session } from './extension';
import { ROOT } from '../../scripts/browser';
import { axeViolations } from './axe';
import gold from '../fixtures/seed-article/quotes.gold.json';
import { ratio, score, total, TARGETS, type GoldQuote } from '../../scripts/gold';
import type { DetectedQuote } from '../../lib/extract/detect';

let session: Session;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
});
afterAll(() => session?.close());

/** The quotations the popup lists for `page`, with the speakers it fills in: detection as the reader gets it. */
async function popupDetection(page: Page): Promise<DetectedQuote[]> {
  const popup = await session.popup(page);
  try {
    await popup.locator('.page-quotes').getByText(/No quotations found|Save all|cannot read/).first().waitFor();
    return await popup.locator('.detected li').evaluateAll((rows) =>
      rows.map((row) => {
        const speaker = row.querySelector<HTMLInputElement>('input[name=speaker]')!.value;
        return { text: row.querySelector('.words')!.getAttribute('title')!, kind: 'speech', ...(speaker ? { speaker } : {}) } as DetectedQuote;
      }),
    );
  } finally {
    await popup.close();
  }
}

/** Selects the words of `text` inside the element with id `id`, as a reader dragging over them would. */
async function selectWords(page: Page, id: string, text: string) {
  await page.evaluate(
    ({ id, text }) => {
      const node = [...document.getElementById(id)!.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes(text))!;
      const at = node.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { id, text },
  );
}

describe('building the store while reading', () => {
  it('keeps Readability, quote detection and the polyfill out of the script every page loads', () => {
    const output = join(ROOT, '.output', 'chrome-mv3');
    const read = (...path: string[]) => readFileSync(join(output, ...path), 'utf8');
    const everyPage = read('content-scripts', 'content.js');
    const popup = readdirSync(join(output, 'chunks')).filter((f) => f.startsWith('popup-')).map((f) => read('chunks', f)).join('');
    console.log(`content script loaded on every page: ${everyPage.length} bytes minified`);
    // Names that survive minification: a method of Readability's class, and webextension-polyfill's own error message.
    const readability = '_grabArticle';
    const polyfill = 'This script should only be loaded in a browser extension';
    expect(popup).toContain(readability);
    expect(everyPage).not.toContain(readability);
    expect(read('background.js')).toContain(polyfill);
    expect(everyPage).not.toContain(polyfill);
  });

  it('registers the context menu and the keyboard shortcut', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toContain('contextMenus');
    const registered = await session.serviceWorker.evaluate(async () => {
      // update() fails for a menu item that does not exist.
      const menu = await chrome.contextMenus.update('verbatim-save-quote', {}).then(() => true, () => false);
      const commands = await chrome.commands.getAll();
      return { menu, shortcut: commands.find((c) => c.name === 'save-quote')?.shortcut };
    });
    expect(registered).toEqual({ menu: true, shortcut: 'Alt+Shift+S' });
  });

  it('saves the demo article’s quotations from the popup, then shows where they were first seen on the requote page', async () => {
    const options = await session.options();
    await options.evaluate(() => chrome.runtime.sendMessage({ verbatim: 'clearStore' }));
    await options.close();

    const demo = await session.open('/demo/article.html');
    expect(await readHighlights(demo)).toEqual([]);
    const popup = await session.popup(demo);
    await popup.setViewportSize({ width: 400, height: 900 });
    const rows = popup.locator('.detected li');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(gold.quotes.length);
    const words = await popup.locator('.detected .words').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(words).toEqual(gold.quotes.map((q) => q.text));
    const speakers = await popup.locator('.detected input[name=speaker]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(speakers).toEqual(gold.quotes.map((q) => q.speaker));
    await popup.screenshot({ path: join(SCREENSHOTS, 'capture-popup-list.png'), fullPage: true });

    // The reader corrects nothing, unticks nothing, and saves them all.
    await popup.getByRole('button', { name: 'Save all' }).click();
    await popup.getByText(`Saved ${gold.quotes.length} quotes.`).waitFor();
    // Saved rows are marked and unticked; saving them again does not duplicate them, and the popup says so.
    await expect.poll(() => popup.locator('.detected .known').count()).toBe(gold.quotes.length);
    expect(await popup.getByRole('button', { name: /Save selected/ }).isDisabled()).toBe(true);
    await popup.getByRole('button', { name: 'Save all' }).click();
    await popup.getByText(/8 quotes were already in the store/).waitFor();
    await popup.close();
    // Opened again, the popup knows which quotations are in the store already.
    const again = await session.popup(demo);
    await expect.poll(() => again.locator('.detected .known').count(), { timeout: 15_000 }).toBe(gold.quotes.length);
    await again.close();

    // The demo article now highlights what was just saved.
    await expect.poll(async () => (await pageMatches(session, demo)).length).toBeGreaterThanOrEqual(gold.quotes.length);

    const requote = await session.open('/requote/article.html');
    const seen = await readHighlights(requote);
    expect(seen.map((h) => h.inId)).toEqual(expect.arrayContaining(['e1', 'a1', 'm1', 'l1', 'w1']));
    await clickHighlight(requote, 'We were able to win');
    await expect.poll(async () => (await readCard(requote))?.text ?? '').toContain('First seen in');
    const card = (await readCard(requote))!;
    expect(card.text).toContain('First seen in Example Daily News: Putin agreed to');
    expect(card.html).toContain('href="http://news.example/world/2025/08/17/article-5-like-guarantees"');
    expect(card.text).toMatch(/Also seen on 1 page/);
    await requote.screenshot({ path: join(SCREENSHOTS, 'capture-requote-card.png') });

    // Reloading the page, or reaching it with tracking parameters, is the same page: no new sighting.
    await requote.goto(`${requote.url()}?utm_source=newsletter&fbclid=abc`);
    await pageMatches(session, requote);
    await clickHighlight(requote, 'We were able to win');
    await expect.poll(async () => (await readCard(requote))?.text ?? '').toContain('Also seen on 1 page');
    // The list says how each page quoted it: here with words changed.
    await closeCard(requote);
    await clickHighlight(requote, 'we covered almost all of the issues');
    await expect.poll(async () => (await readCard(requote))?.text ?? '').toMatch(/Also seen on 1 page .*The Example Ledger.* · altered/);
    // Tabs are found by URL: the next tests open these pages afresh.
    await Promise.all([demo.close(), requote.close()]);
  });

  it('saves a selection through the in-page form, with the speaker unknown when the page does not name one', async () => {
    const requote = await session.open('/requote/article.html');
    await selectWords(requote, 'n1', 'Nobody in Brussels will sign anything until we see the map and the fine print.');
    await tellTab(session, requote, 'openSaveForm');
    const values = await formValues(requote);
    expect(values).toMatchObject({ text: 'Nobody in Brussels will sign anything until we see the map and the fine print.', speaker: '' });
    expect(values.before).toContain('A senior European diplomat was more cautious:');
    expect((await readCard(requote, 'verbatim-save-form'))?.text).toContain('The Example Ledger');
    await requote.screenshot({ path: join(SCREENSHOTS, 'capture-save-form.png') });

    // The form has focus on the quote; the reader tabs to the speaker, types it, and presses Enter.
    await requote.keyboard.press('Tab');
    await requote.keyboard.type('A senior European diplomat');
    await requote.keyboard.press('Enter');
    await expect.poll(async () => (await readCard(requote, 'verbatim-save-form'))?.text ?? '').toContain('Saved 1 quote.');

    // The same words again: no duplicate, and the form says so.
    await requote.keyboard.press('Enter');
    await expect.poll(async () => (await readCard(requote, 'verbatim-save-form'))?.text ?? '').toMatch(/already in the store/);
    await closeCard(requote, 'verbatim-save-form');
    await requote.close();
  });

  it('prefills the detected speaker when the selection is inside an attributed quotation', async () => {
    const demo = await session.open('/demo/article.html');
    await demo.evaluate(() => document.getSelection()!.removeAllRanges());
    const p = await demo.locator('p', { hasText: 'He remarked' }).evaluate((el) => el.textContent!);
    expect(p).toContain('We covered almost all the other issues');
    await demo.evaluate(() => {
      const para = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('He remarked'))!;
      para.id = 'remarked';
    });
    await selectWords(demo, 'remarked', 'We covered almost all the other issues necessary for a peace deal');
    await tellTab(session, demo, 'openSaveForm');
    expect(await formValues(demo)).toMatchObject({ speaker: 'Steve Witkoff', text: 'We covered almost all the other issues necessary for a peace deal' });
  });

  it('names the known quote a selection alters before saving, records an appearance by default, and saves it separately only when asked', async () => {
    const requote = await session.open('/requote/article.html');
    // The card's word-by-word difference for the altered line, which the library will show too.
    await clickHighlight(requote, 'we covered almost all of the issues');
    await expect.poll(async () => (await readCard(requote))?.html ?? '').toContain('<section class="match-diff"');
    const cardDiff = (await readCard(requote))!.html.match(/<section class="match-diff"[^]*?<\/section>/)![0];
    await closeCard(requote);
    await selectWords(requote, 'a1', 'we covered almost all of the issues necessary for a peace deal');
    await tellTab(session, requote, 'openSaveForm');
    const form = async () => (await readCard(requote, 'verbatim-save-form'))?.text ?? '';
    await expect.poll(form).toContain('This page alters a known quote by Steve Witkoff: 1 word left out, 1 word added. Saving records this page as an appearance of the known quote.');
    const frame = (await uiFrame(requote, 'verbatim-save-form'))!;
    expect(await frame.getByRole('button', { name: 'Save as an appearance' }).isVisible()).toBe(true);
    await frame.getByRole('button', { name: 'Save as an appearance' }).click();
    await expect.poll(form).toContain('recorded on this page as an appearance of it, not saved as a new quote.');
    expect((await pageMatches(session, requote)).filter((m) => m.quote.text.startsWith('we covered almost all of the issues'))).toEqual([]);

    // The explicit other choice: a quote of its own, related to the known one.
    await frame.getByRole('button', { name: 'Save as a separate quote' }).click();
    await expect.poll(form).toContain('Saved as a quote of its own, noted as related: this page alters a known quote by Steve Witkoff');
    await closeCard(requote, 'verbatim-save-form');
    await requote.close();

    // In the library both records say how they relate, each naming the other.
    const library = await session.options();
    await library.getByRole('searchbox').fill('covered almost all');
    await library.getByText('2 quotes shown').waitFor();
    const editorOf = async (words: string) => {
      await library.locator('.library-row').filter({ hasText: words }).getByRole('button', { name: /^Edit quote/ }).click();
      const editor = library.getByRole('dialog', { name: 'Edit quote' });
      await editor.locator('summary').filter({ hasText: 'Appears on' }).click();
      return editor;
    };
    let editor = await editorOf('We covered almost all the other issues');
    const onRequote = editor.locator('.sightings li').filter({ hasText: 'Altered (1 word left out, 1 word added)' });
    await expect.poll(() => onRequote.textContent()).toContain('On this page: “we covered almost all of the issues necessary for a peace deal”');
    expect(await onRequote.textContent()).toContain('This page’s version was also saved as a quote of its own: Steve Witkoff’s “we covered almost all of the issues necessary…”.');
    // Its difference word by word, with the legend of its marks: the card's own rendering, styled as in the card.
    const diff = onRequote.locator('.match-diff');
    expect(await diff.evaluate((el) => el.outerHTML)).toBe(cardDiff);
    expect(await diff.locator('.diff del').allTextContents()).toEqual(['left out on this page: other']);
    expect(await diff.locator('.diff ins').allTextContents()).toEqual(['added on this page: of']);
    expect(await diff.getByRole('list', { name: 'What the marks mean' }).getByRole('listitem').allTextContents()).toEqual([
      'original changed or left out',
      'page on this page instead, or added',
    ]);
    const looks = await diff.evaluate((el) => {
      const style = (sel: string) => getComputedStyle(el.querySelector(sel)!);
      return { del: style('.diff del').textDecorationLine, ins: style('.diff ins').textDecorationLine, srWidth: style('.sr').width };
    });
    expect(looks).toEqual({ del: 'line-through', ins: 'underline', srWidth: '1px' });
    await onRequote.screenshot({ path: join(SCREENSHOTS, 'library-appearance-diff.png') });
    // The diff's palette is the card's, light and dark: nothing serious for axe in the open editor in either.
    for (const scheme of ['dark', 'light'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(library), scheme).toEqual([]);
    }
    await library.emulateMedia({ colorScheme: 'dark' });
    await onRequote.screenshot({ path: join(SCREENSHOTS, 'library-appearance-diff-dark.png') });
    await library.emulateMedia({ colorScheme: 'light' });
    await editor.getByRole('button', { name: 'Cancel' }).click();
    editor = await editorOf('we covered almost all of the issues');
    expect(await editor.textContent()).toContain(
      'Saved as a quote of its own: its words are an altered version of the known quote Steve Witkoff’s “We covered almost all the other issues necessary…”.',
    );
    await library.close();
  });

  it('shows the save form in the reader’s light or dark palette, with nothing serious for axe in either', async () => {
    const requote = await session.open('/requote/article.html');
    for (const scheme of ['dark', 'light'] as const) {
      await requote.emulateMedia({ colorScheme: scheme });
      await selectWords(requote, 'a1', 'we covered almost all of the issues necessary for a peace deal');
      await tellTab(session, requote, 'openSaveForm');
      // The words match a known quote (the tests before saved them): the form says so, in the palette too.
      await expect.poll(async () => (await readCard(requote, 'verbatim-save-form'))?.text ?? '').toContain('known quote');
      const frame = (await uiFrame(requote, 'verbatim-save-form'))!;
      expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(31, 29, 25)' : 'rgb(255, 253, 247)');
      expect(await axeViolations(frame)).toEqual([]);
      await requote.screenshot({ path: join(SCREENSHOTS, `save-form-${scheme}.png`) });
      await closeCard(requote, 'verbatim-save-form');
    }
    await requote.close();
  });

  it('detects the quotations of the real pages in the browser as well as the evaluation does', async () => {
    const goldDir = join(ROOT, 'tests', 'fixtures', 'gold');
    const scores = [];
    for (const file of ['bbc-1.json', 'guardian-1.json', 'nytimes-1.json', 'wapo-1.json', 'herald-sun-1.json']) {
      const { page: name, quotes } = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { page: string; quotes: GoldQuote[] };
      const page = await session.open(`/pages/${name}`);
      const started = Date.now();
      const found = await popupDetection(page);
      console.log(`${name}: ${found.length} quotations in ${Date.now() - started} ms (popup opened, page read, article detected)`);
      scores.push(score(found, quotes));
      await page.close();
    }
    const t = total(scores);
    console.log(`in the browser: ${t.found}/${t.gold} quotations found, ${t.correct}/${t.reported} reported are quotations, ${t.rightSpeaker}/${t.attributed} speakers right`, t.errors);
    expect(ratio(t.found, t.gold)).toBeGreaterThanOrEqual(TARGETS.quoteRecall);
    expect(ratio(t.rightSpeaker, t.attributed)).toBeGreaterThanOrEqual(TARGETS.speakerPrecision);
  });
});
