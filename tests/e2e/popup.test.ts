import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { drawnKinds, KIND_LOOKS, pageMatches, readCard, readHighlights, SCREENSHOTS, startSession, type Session } from './extension';
import { axeViolations } from './axe';
import { KINDS } from '../../lib/match/kinds';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** How many quotes the store holds, as the library counts them. */
async function storeCount(): Promise<number> {
  const library: Page = await session.options();
  const text = await library.getByText(/^\d[\d,]* quotes? in the store/).textContent();
  await library.close();
  return Number(text!.replace(/\D/g, ''));
}

describe('the toolbar popup', () => {
  it('lists the quotes found on the tab, warnings first and then in page order, and an entry reveals its quote', async () => {
    const page = await session.open('/demo/article.html');
    const popup = await session.popup(page);
    const entries = popup.getByRole('list').getByRole('button');
    await expect.poll(() => entries.count()).toBe(8);
    // The article is the quotes' source: nothing warns, and the entries are in page order.
    expect(await popup.locator('.summary').textContent()).toBe('8 known quotes, none credited to someone else, altered or cut.');
    expect(await popup.locator('.found li.warned').count()).toBe(0);
    expect(await popup.locator('.found .speaker').allTextContents()).toEqual([
      'Steve Witkoff', 'Steve Witkoff', 'Ursula von der Leyen', 'Volodymyr Zelenskyy', 'Steve Witkoff', 'Marco Rubio', 'Marco Rubio', 'Steve Witkoff',
    ]);
    expect(await entries.filter({ hasText: '“We were able to win the following concession:…”' }).count()).toBe(1);
    await popup.locator('main').screenshot({ path: join(SCREENSHOTS, 'popup.png') });

    // Keyboard only: focus the last entry and press Enter.
    await entries.nth(7).focus();
    // The popup closes itself once the page shows the quote; that may end the key press.
    await popup.keyboard.press('Enter').catch(() => undefined);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('I think everybody agreed');
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await popup.close().catch(() => undefined);
  });

  it('sums up the requote page, warnings first, tells alike entries apart, and says how each was matched', async () => {
    const page = await session.open('/requote/article.html');
    const popup = await session.popup(page);
    const entries = popup.locator('.found li');
    await expect.poll(() => entries.count()).toBe(7);
    expect(await popup.locator('.summary').textContent()).toBe('7 known quotes: 1 credited to someone else, 1 altered, 1 cut.');
    // Warnings first, worst first; then the rest in page order.
    const warnings = await popup.locator('.found li .warning').allTextContents();
    expect(warnings).toEqual(['Credited to Steve Witkoff on this page', 'Some words differ from the original', 'Words were cut from the original (…)']);
    expect(await entries.nth(0).locator('.speaker').textContent()).toBe('Marco Rubio');
    expect(await entries.nth(1).textContent()).toContain('Altered · ');
    expect(await entries.nth(2).textContent()).toContain('Abridged · ');
    // An entry's warning and its kind read from the same kind's definition: what "Abridged" means, not another name for it.
    const told = await entries.evaluateAll((lis) =>
      lis.flatMap((li) => {
        const warning = li.querySelector('.warning');
        return warning && !warning.querySelector('[data-kind=misattributed]') ? [[li.querySelector('.muted [data-kind]')!.getAttribute('data-kind')!, warning.textContent!]] : [];
      }),
    );
    expect(told).toEqual(
      (['altered', 'abridged'] as const).map((kind) => [kind, KINDS[kind].meaning.charAt(0).toUpperCase() + KINDS[kind].meaning.slice(1)]),
    );
    expect(await entries.filter({ has: popup.locator('.speaker', { hasText: 'Steve Witkoff' }) }).filter({ hasText: 'Credited to' }).count()).toBe(0);
    // Each entry's kind is drawn as the page draws it: the one definition of kinds and their styles.
    const drawn = await drawnKinds(popup, '.found');
    expect(drawn.map((d) => d.kind).sort()).toEqual(['abridged', 'altered', 'exact', 'exact', 'exact', 'misattributed', 'partial', 'partial']);
    for (const d of drawn) expect(d, d.kind).toEqual({ kind: d.kind, painted: true, look: KIND_LOOKS[d.kind] });
    // Three entries are Witkoff's concession quote; each shows words of its own.
    const words = await popup.locator('.found .words').allTextContents();
    expect(new Set(words).size).toBe(words.length);
    // One scrolling area: the document, not a list inside it.
    const scrollers = await popup.evaluate(() => [...document.querySelectorAll('main *')].filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY)).length);
    expect(scrollers).toBe(0);
  });

  it('offers only what is new: known quotations, scare quotes and hidden text are not ticked, and a known quote is named before saving', async () => {
    const page = await session.open('/requote/article.html');
    const popup = await session.popup(page);
    const rows = popup.locator('.detected li');
    await popup.getByRole('button', { name: 'Save all' }).waitFor();
    const offered = await rows.locator('.words').evaluateAll((els) => els.map((el) => el.getAttribute('title')!));
    // The hidden paragraph's copy (p.hidden) is not offered; every visible quotation is.
    expect(offered).toHaveLength(7);
    expect(offered.filter((t) => t.startsWith('We covered almost all the other issues'))).toEqual([]);
    const ticked = await rows.evaluateAll((els) => els.filter((el) => el.querySelector<HTMLInputElement>('input[name=pick]')!.checked).map((el) => el.querySelector('.words')!.getAttribute('title')));
    expect(ticked).toEqual(['Nobody in Brussels will sign anything until we see the map and the fine print.']);
    const altered = rows.filter({ hasText: 'we covered almost all of the issues' });
    expect(await altered.locator('.relation').textContent()).toBe('This page alters a known quote by Steve Witkoff: 1 word left out, 1 word added. Saving records this page as an appearance of it.');
    expect(await altered.getByLabel(/Save as a separate quote/).isChecked()).toBe(false);
    expect(await rows.filter({ hasText: 'precipice' }).locator('.relation').textContent()).toContain('credits a known quote by Marco Rubio to Steve Witkoff');
  });

  it('lists a pull quote the article repeats as one quotation, with the speaker the article credits it to', async () => {
    // The page sets Harriet Osei's words as a pull quote between paragraphs, right after the county engineer speaks and
    // before the paragraph that credits her, and again in a sidebar <aside>.
    const page = await session.open('/speakers/pull-quote.html');
    const popup = await session.popup(page);
    await popup.getByRole('button', { name: 'Save all' }).waitFor();
    const listed = await popup.locator('.detected li').evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('.words')!.getAttribute('title')!, row.querySelector<HTMLInputElement>('input[name=speaker]')!.value]),
    );
    expect(listed.filter(([words]) => words.startsWith('Every spring we move the furniture upstairs'))).toEqual([
      ['Every spring we move the furniture upstairs and hope the river changes its mind.', 'Harriet Osei'],
    ]);
    expect(listed.map(([, speaker]) => speaker)).toEqual(['Tomas Lindqvist', 'Harriet Osei', 'Harriet Osei', 'Ray Dubois']);
    await popup.locator('.page-quotes').screenshot({ path: join(SCREENSHOTS, 'popup-pull-quote.png') });
    await popup.close();
    await page.close();
  });

  it('saves the altered line from the popup as an appearance of the known quote, not as a new quote', async () => {
    const page = await session.open('/requote/article.html');
    const before = await storeCount();
    const popup = await session.popup(page);
    await popup.getByRole('button', { name: 'Save all' }).waitFor();
    const picks = popup.locator('.detected input[name=pick]');
    for (let i = 0; i < (await picks.count()); i++) await picks.nth(i).uncheck();
    await popup.locator('.detected li').filter({ hasText: 'we covered almost all of the issues' }).locator('input[name=pick]').check();
    await popup.getByRole('button', { name: 'Save selected (1)' }).click();
    await expect
      .poll(() => popup.locator('.page-quotes .status').textContent())
      .toBe('This page alters a known quote by Steve Witkoff: 1 word left out, 1 word added: recorded on this page as an appearance of it, not saved as a new quote.');
    expect(await storeCount()).toBe(before);
    // After a reload the line is still matched as altered, and the store holds the page (by its canonical address) as an appearance of that kind.
    await page.reload();
    const altered = (await pageMatches(session, page)).find((m) => m.quote.text.startsWith('We covered almost all the other issues'));
    expect(altered?.kind).toBe('altered');
    const appearance = await session.serviceWorker.evaluate(
      (quoteId) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('verbatim');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('appearances').objectStore('appearances').index('quoteId').getAll(quoteId);
            all.onsuccess = () => resolve((all.result as { pageUrl: string; matchKind: string }[]).filter((a) => a.pageUrl.includes('ledger.example')).map((a) => a.matchKind));
          };
        }),
      altered!.quoteId,
    );
    expect(appearance).toEqual(['altered']);
    const library = await session.options();
    await library.getByText(`${before} quotes in the store.`).waitFor();
    await library.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`follows prefers-color-scheme (${scheme}) and axe finds nothing serious`, async () => {
      const page = await session.open('/requote/article.html');
      const popup = await session.popup(page);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.getByRole('button', { name: 'Save all' }).waitFor();
      await popup.locator('.summary').waitFor();
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(24, 24, 26)' : 'rgb(255, 253, 247)');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot({ path: join(SCREENSHOTS, `popup-requote-${scheme}.png`) });
    });
  }


  it('turns highlighting off and on for all sites and for one site, and remembers the choice', async () => {
    const page = await session.open('/demo/article.html');
    let popup = await session.popup(page);
    const allSites = popup.getByLabel('Highlight quotes on all sites');
    await allSites.uncheck();
    await expect.poll(() => readHighlights(page)).toEqual([]);

    popup = await session.popup(page);
    await expect(popup.getByLabel('Highlight quotes on all sites').isChecked()).resolves.toBe(false);
    // It says highlighting is off, not that the page has no known quotes.
    await expect.poll(() => popup.locator('#found-heading + p').textContent()).toBe('Highlighting is off on all sites: turn it on above to see the known quotes on this page.');
    await popup.getByLabel('Highlight quotes on all sites').check();
    await expect.poll(async () => (await readHighlights(page)).length).toBe(8);

    const thisSite = popup.getByLabel(/on 127\.0\.0\.1/);
    await thisSite.uncheck();
    await expect.poll(() => readHighlights(page)).toEqual([]);
    const reloaded = await session.open('/demo/article.html');
    expect(await readHighlights(reloaded)).toEqual([]);
    const offHere = await session.popup(reloaded);
    await expect.poll(() => offHere.locator('#found-heading + p').textContent()).toBe('Highlighting is off on 127.0.0.1: turn it on above to see the known quotes on this page.');
    await offHere.close();

    popup = await session.popup(page);
    await popup.getByLabel(/on 127\.0\.0\.1/).check();
    await expect.poll(async () => (await readHighlights(page)).length).toBe(8);
  });
});
