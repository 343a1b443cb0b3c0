import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickHighlight, closeCard, pageMatches, readCard, readHighlights, SCREENSHOTS, startSession, uiFrame, type Session } from './extension';
import { axeViolations } from './axe';

let session: Session;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
});
afterAll(() => session?.close());

/** The highlight name on the first highlight of `page` whose text holds `words`. */
const highlightWith = async (page: Page, words: string) => (await readHighlights(page)).find((h) => h.text.includes(words))?.name;

describe('the library page', () => {
  it('searches, filters, imports with a preview, and exports', async () => {
    const options = await session.options();
    await options.getByText('8 quotes in the store.').waitFor();
    await options.getByRole('searchbox').fill('rubio');
    await options.getByText('2 quotes shown').waitFor();
    await options.getByRole('searchbox').fill('');
    const speaker = options.getByRole('combobox', { name: 'Speaker', exact: true });
    await speaker.fill('Steve Witkoff');
    await speaker.blur();
    await options.getByText('4 quotes shown').waitFor();
    await options.getByRole('button', { name: 'Clear filters' }).click();

    // A CSV with good rows, one that repeats a starter quote with a verdict, and bad rows.
    const csv = [
      'text,speaker,source_url,verdict,note,tags',
      '"A brand new quote, with a comma",Jane Roe,https://example.org/a,accurate,,alpha',
      '"=HYPERLINK(""http://evil"")",Mallory,https://example.org/b,,,',
      'game-changing,Steve Witkoff,,misquoted,He said “game-changer”.,checked',
      ',Nobody,https://example.org/c,,,',
      '"<img src=x onerror=""document.title=\'pwned\'"">",Eve,javascript:alert(1),,,',
      '"<img src=x onerror=""document.title=\'pwned\'""> said",Eve,https://example.org/e,,,',
    ].join('\r\n');
    const file = join(SCREENSHOTS, 'library-import.csv');
    writeFileSync(file, csv);
    await options.getByLabel('Import file…').setInputFiles(file);
    const preview = options.getByRole('region', { name: 'Import preview' });
    await preview.waitFor();
    await expect.poll(() => preview.textContent()).toContain('3 new quotes');
    expect(await preview.textContent()).toContain('1 quote already in the library');
    expect(await preview.textContent()).toContain('1 field to check (kept as written)');
    expect(await options.getByRole('alert').textContent()).toContain('row 5, column text: missing');
    expect(await options.getByRole('alert').textContent()).toContain('row 6, column source_url: expected an http(s) address');
    await options.screenshot({ path: join(SCREENSHOTS, 'library-import-preview.png') });
    await preview.getByRole('button', { name: 'Import 4 quotes' }).click();
    await options.getByText('Imported all of library-import.csv: 3 new quotes; 1 was already in the library and merged; 2 rejected rows left out.').waitFor();
    await options.getByText('11 quotes in the store.').waitFor();

    // Imported text is data: the formula is shown as text, nothing ran.
    await options.getByRole('searchbox').fill('hyperlink');
    await options.getByText('1 quote shown').waitFor();
    expect(await options.locator('.row-text').first().textContent()).toBe('=HYPERLINK("http://evil")');
    await options.getByRole('searchbox').fill('onerror said');
    expect(await options.locator('.row-text').first().textContent()).toBe(`<img src=x onerror="document.title='pwned'"> said`);
    expect(await options.locator('.library-row img').count()).toBe(0);
    expect(await options.title()).toBe('Verbatim library');
    await options.getByRole('searchbox').fill('game changing');
    expect(await options.locator('.row-text').first().textContent()).toBe('game-changing');
    expect(await options.locator('.library-row').first().textContent()).toContain('Misquoted');
    await options.getByRole('searchbox').fill('');

    // Export the verdict filter as CSV: one row per quote, formulas defused.
    await options.getByLabel('Original’s status').selectOption('misquoted');
    await options.getByText('1 quote shown').waitFor();
    await options.getByLabel('Export format').selectOption('csv');
    await options.getByLabel('What to export').selectOption('shown');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
    const out = join(SCREENSHOTS, 'library-export.csv');
    await download.saveAs(out);
    const exported = readFileSync(out, 'utf8');
    expect(exported.split('\r\n').filter(Boolean)).toHaveLength(2);
    // Merged into the richer stored record: the file's verdict and note filled its gaps, tags joined.
    expect(exported).toContain('misquoted,He said “game-changer”.,starter; checked');
    await options.screenshot({ path: join(SCREENSHOTS, 'library-filtered.png') });
    await options.close();
  });

  it('deletes with undo, tags many at once, and refuses a 200 MB file without reading it', async () => {
    const options = await session.options();
    await options.getByText('11 quotes in the store.').waitFor();
    await options.getByLabel('Select every shown quote').check();
    await options.getByText('11 selected').waitFor();
    await options.getByLabel('Tag for the selected quotes').fill('review');
    await options.getByRole('button', { name: 'Add tag' }).click();
    await options.getByText('Tagged 11 quotes “review”.').waitFor();
    await options.getByRole('button', { name: 'Clear selection' }).click();

    await options.getByRole('button', { name: 'Delete quote 1', exact: true }).click();
    await options.getByText('10 quotes in the store.').waitFor();
    await options.getByRole('button', { name: 'Undo' }).click();
    await options.getByText('11 quotes in the store.').waitFor();

    const huge = join(SCREENSHOTS, 'huge.json');
    writeFileSync(huge, Buffer.alloc(200 * 1024 * 1024, 32));
    await options.getByLabel('Import file…').setInputFiles(huge);
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('huge.json is 200 MB; Verbatim imports files of up to 150 MB');
    await options.getByText('11 quotes in the store.').waitFor();
    await options.close();
  });
});

describe('library details', () => {
  it('filters by part of a name, says when nothing matches, and asks before deleting several quotes', async () => {
    const options = await session.options();
    await options.getByText('11 quotes in the store.').waitFor();
    await options.getByRole('combobox', { name: 'Speaker', exact: true }).fill('Rubio');
    await options.getByText('2 quotes shown').waitFor();
    await options.getByRole('combobox', { name: 'Speaker', exact: true }).fill('Maya');
    await options.getByText('No quote matches this search and these filters.').waitFor();
    await options.getByRole('combobox', { name: 'Speaker', exact: true }).fill('');
    await options.getByRole('combobox', { name: 'Outlet', exact: true }).fill('daily');
    await options.getByText('8 quotes shown').waitFor();
    await options.getByRole('button', { name: 'Clear filters' }).click();
    await options.getByText('All 11 quotes').waitFor();

    await options.getByLabel('Select quote 1', { exact: true }).check();
    await options.getByLabel('Select quote 2', { exact: true }).check();
    await options.getByRole('button', { name: 'Delete selected' }).click();
    // Nothing is gone until the reader confirms.
    await options.getByText('Delete 2 quotes?').waitFor();
    expect(await options.getByText('11 quotes in the store.').count()).toBe(1);
    await options.getByRole('button', { name: 'Keep them' }).click();
    await options.getByRole('button', { name: 'Delete selected' }).click();
    await options.getByRole('button', { name: 'Delete 2 quotes' }).click();
    await options.getByText('9 quotes in the store.').waitFor();
    await options.getByRole('button', { name: 'Undo' }).click();
    await options.getByText('11 quotes in the store.').waitFor();
    await options.close();
  });

  it('shows more than five rows on a 1280×800 screen and quotes on the first screen at 200% zoom, light and dark, with nothing serious for axe', async () => {
    const options = await session.options();
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.getByText('11 quotes in the store.').waitFor();
    const fullyVisible = () =>
      options.locator('.library-row').evaluateAll((rows) => rows.filter((r) => { const b = r.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; }).length);
    expect(await fullyVisible()).toBeGreaterThan(5);
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: join(SCREENSHOTS, 'library-1280x800.png') });
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(24, 24, 26)');
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: join(SCREENSHOTS, 'library-dark.png') });

    // 200% zoom on 1280×800: a 640×400 CSS-pixel viewport. The tools fold away; quotes show.
    await options.setViewportSize({ width: 640, height: 400 });
    await expect.poll(fullyVisible).toBeGreaterThanOrEqual(1);
    expect(await options.getByRole('button', { name: 'Export JSON' }).isVisible()).toBe(false);
    await options.getByText('Import, export and filters').click();
    await options.getByRole('button', { name: 'Export JSON' }).waitFor();
    await options.getByText('Import, export and filters').click();
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: join(SCREENSHOTS, 'library-zoom-200-dark.png') });
    await options.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('counts the same rows in the import button and in the result when a file repeats a row', async () => {
    const options = await session.options();
    await options.getByText('11 quotes in the store.').waitFor();
    const rows = ['text,speaker', 'A first quote for counting,Ann Example', 'A second quote for counting,Ann Example', 'A first quote for counting,Ann Example'];
    const file = join(SCREENSHOTS, 'library-repeated-row.csv');
    writeFileSync(file, rows.join('\r\n'));
    await options.getByLabel('Import file…').setInputFiles(file);
    const preview = options.getByRole('region', { name: 'Import preview' });
    await preview.getByRole('button', { name: 'Import 3 rows (2 quotes)' }).click();
    await options.getByText('Imported all of library-repeated-row.csv: 2 new quotes; 1 row repeating an earlier row merged into it.').waitFor();
    await options.getByText('13 quotes in the store.').waitFor();
    await options.close();
  });
});

describe('verdicts colour the highlights on pages', () => {
  it('a verdict set in the card colours that page only; the library sets the original’s status, shown on its source', async () => {
    // The demo article names the quotes' source as its canonical address: it is their source.
    const source = await session.open('/demo/article.html');
    const requote = await session.open('/requote/article.html');
    expect(await highlightWith(requote, 'precipice')).toBe('verbatim-unrated');

    const options = await session.options();
    await options.getByRole('searchbox').fill('precipice');
    await options.getByText('1 quote shown').waitFor();
    await options.getByRole('button', { name: 'Edit quote 1' }).click();
    const editor = options.getByRole('dialog', { name: 'Edit quote' });
    await editor.getByLabel('Verdict').selectOption('out-of-context');
    await editor.getByLabel('Note').fill('The full answer changes its meaning.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved the quote by Marco Rubio.').waitFor();
    await options.getByText('Original: Out of context').waitFor();
    await options.screenshot({ path: join(SCREENSHOTS, 'library-legend.png') });
    // The original's status colours its source, and no other page's version.
    await expect.poll(() => highlightWith(source, 'precipice')).toBe('verbatim-out-of-context');
    await expect.poll(async () => (await pageMatches(session, requote)).find((m) => m.quote.text.includes('precipice'))?.quote.verdict).toBe('out-of-context');
    expect(await highlightWith(requote, 'precipice')).toBe('verbatim-unrated');

    // The re-quote page cuts von der Leyen's words: the reader rates this page's version.
    await clickHighlight(requote, 'We welcome President');
    // The card is an extension frame: the reader's keyboard works in it, as here.
    const pageVersion = (await uiFrame(requote))!.getByRole('form', { name: 'This page’s version' });
    await pageVersion.getByRole('combobox').focus();
    await requote.keyboard.type('False');
    await pageVersion.getByRole('textbox').focus();
    await requote.keyboard.type('Not what she said.');
    await requote.screenshot({ path: join(SCREENSHOTS, 'card-verdict-editor.png') });
    await pageVersion.getByRole('button', { name: 'Save' }).focus();
    await requote.keyboard.press('Enter');
    await expect.poll(() => highlightWith(requote, 'We welcome President')).toBe('verbatim-false');
    // The rescan that repaints the highlight keeps the card open on the same quote.
    expect((await readCard(requote))?.text).toContain('Ursula von der Leyen');
    // The source's highlight and the original's status are untouched.
    await expect.poll(async () => (await pageMatches(session, source)).find((m) => m.quote.text.startsWith('We welcome President'))?.quote.verdict ?? 'none').toBe('none');
    expect(await highlightWith(source, 'We welcome President')).toBe('verbatim-unrated');
    await options.getByRole('searchbox').fill('welcome president');
    await expect.poll(() => options.locator('.library-row').first().textContent()).toContain('Original not rated');
    expect(await options.locator('.library-row').first().textContent()).toContain('pages rated: False');
    // The filters carry both judgements: a page's verdict finds it, the original's status does not.
    await options.getByRole('searchbox').fill('');
    await options.getByLabel('A page’s verdict').selectOption('false');
    await options.getByText('1 quote shown').waitFor();
    expect(await options.locator('.row-text').first().textContent()).toContain('We welcome President');
    await options.getByLabel('Original’s status').selectOption('false');
    await options.getByText('No quote matches this search and these filters.').waitFor();
    await closeCard(requote);
    await Promise.all([options.close(), source.close(), requote.close()]);
  });
});
