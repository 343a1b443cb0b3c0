import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCard, readHighlights, SCREENSHOTS, startSession, type Session } from './extension';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('the toolbar popup', () => {
  it('lists the quotes found on the tab in page order, and an entry reveals its quote', async () => {
    const page = await session.open('/demo/article.html');
    const popup = await session.popup(page);
    const entries = popup.getByRole('list').getByRole('button');
    await expect.poll(() => entries.count()).toBe(8);
    const speakers = await popup.locator('.found .speaker').allTextContents();
    expect(speakers).toEqual([
      'Steve Witkoff', 'Steve Witkoff', 'Ursula von der Leyen', 'Volodymyr Zelenskyy',
      'Steve Witkoff', 'Marco Rubio', 'Marco Rubio', 'Steve Witkoff',
    ]);
    await expect.poll(() => entries.nth(0).textContent()).toContain('“We were able to win the following concession:…”');
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

  it('says how each quote on the requote page was matched and which one the page credits to someone else', async () => {
    const page = await session.open('/requote/article.html');
    const popup = await session.popup(page);
    const entries = popup.locator('.found li');
    await expect.poll(() => entries.count()).toBeGreaterThan(5);
    const rubio = entries.filter({ hasText: 'Marco Rubio' });
    await expect.poll(() => rubio.textContent()).toContain('exact match');
    expect(await rubio.textContent()).toContain('This page credits Steve Witkoff');
    expect(await entries.filter({ hasText: 'We covered almost' }).textContent()).toContain('altered match');
    expect(await entries.filter({ has: popup.locator('.speaker', { hasText: 'Steve Witkoff' }) }).filter({ hasText: 'This page credits' }).count()).toBe(0);
    await popup.locator('main').screenshot({ path: join(SCREENSHOTS, 'popup-requote.png') });
  });

  it('turns highlighting off and on for all sites and for one site, and remembers the choice', async () => {
    const page = await session.open('/demo/article.html');
    let popup = await session.popup(page);
    const allSites = popup.getByLabel('Highlight quotes on all sites');
    await allSites.uncheck();
    await expect.poll(() => readHighlights(page)).toEqual([]);

    popup = await session.popup(page);
    await expect(popup.getByLabel('Highlight quotes on all sites').isChecked()).resolves.toBe(false);
    await popup.getByLabel('Highlight quotes on all sites').check();
    await expect.poll(async () => (await readHighlights(page)).length).toBe(8);

    const thisSite = popup.getByLabel(/on 127\.0\.0\.1/);
    await thisSite.uncheck();
    await expect.poll(() => readHighlights(page)).toEqual([]);
    const reloaded = await session.open('/demo/article.html');
    expect(await readHighlights(reloaded)).toEqual([]);

    popup = await session.popup(page);
    await popup.getByLabel(/on 127\.0\.0\.1/).check();
    await expect.poll(async () => (await readHighlights(page)).length).toBe(8);
  });
});
