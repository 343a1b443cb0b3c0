import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readHighlights, SCREENSHOTS, startSession, type Session } from './extension';
import type { QuoteRecord, Source } from '../../lib/model';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** The store's quotes and sources as IndexedDB holds them, read from an extension page (the store's origin). */
async function storedQuotes(): Promise<{ quotes: QuoteRecord[]; sources: Source[] }> {
  const page = await session.options();
  const stored = await page.evaluate(
    () =>
      new Promise<{ quotes: QuoteRecord[]; sources: Source[] }>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['quotes', 'sources']);
          const quotes = tx.objectStore('quotes').getAll();
          const sources = tx.objectStore('sources').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ quotes: quotes.result, sources: sources.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.close();
  return stored;
}

describe('the store', () => {
  it('starts with the eight starter quotes, exports them, and imports them back into an empty store unchanged', async () => {
    const before = await storedQuotes();
    expect(before.quotes.map((q) => q.speaker)).toHaveLength(8);

    const options = await session.options();
    await options.getByText('8 quotes in the store').waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    const file = join(SCREENSHOTS, 'export.json');
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'verbatim', version: 1 });

    options.once('dialog', (dialog) => dialog.accept());
    await options.getByRole('button', { name: 'Clear store' }).click();
    await options.getByText('0 quotes in the store').waitFor();
    const page = await session.open('/demo/article.html');
    expect(await readHighlights(page)).toEqual([]);

    await options.getByLabel('Import file…').setInputFiles(file);
    await options.getByRole('button', { name: 'Import 8 quotes' }).click();
    await options.getByText('Imported all of export.json: 8 new quotes.').waitFor();
    await options.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });
    expect(await storedQuotes()).toEqual(before);
    await expect.poll(async () => (await readHighlights(page)).length).toBe(8);
  });

  it('rejects an invalid file with a clear message and changes nothing', async () => {
    const before = await storedQuotes();
    const options = await session.options();
    const bad = join(SCREENSHOTS, 'bad-import.json');
    await writeFile(bad, JSON.stringify({ quotes: [{ text: 'A fine quote', speaker: 'Someone' }, { speaker: 'No text' }] }));
    await options.getByLabel('Import file…').setInputFiles(bad);
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/quotes\[1\]\W+text\W+missing/);
    expect(await storedQuotes()).toEqual(before);

    await writeFile(bad, 'this is not json');
    await options.getByLabel('Import file…').setInputFiles(bad);
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('Not valid JSON');
    expect(await storedQuotes()).toEqual(before);
  });
});
