import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { build } from 'esbuild';
import { pageMatches, SCREENSHOTS, startSession, type Session } from './extension';
import { V1_RECORDS } from '../unit/store/v1-store';

/**
 * The schema upgrade as a reader gets it: a version-1 store in Chromium's own
 * IndexedDB, in the extension's origin, opened by this version of Verbatim. The unit
 * test (tests/unit/store/upgrade.test.ts) checks every record in fake-indexeddb; this
 * one checks that the real browser upgrades it in place and the product works on it.
 */
let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** tests/unit/store/v1-store.ts with Dexie, as a script an extension page can run (the test talks CDP, which the page's CSP does not govern). */
async function v1StoreScript(): Promise<string> {
  const bundle = await build({ entryPoints: [join(import.meta.dirname, '..', 'unit', 'store', 'v1-store.ts')], bundle: true, format: 'iife', globalName: 'verbatimV1', footer: { js: 'globalThis.verbatimV1 = verbatimV1;' }, write: false });
  return bundle.outputFiles[0].text;
}

interface RawStore {
  version: number;
  tables: string[];
  appearances: { key: string; quoteId: string; pageUrl: string; matchKind: string; verdict?: string }[];
  quotes: { id: string; verdict?: string }[];
}

describe('a version-1 store', () => {
  it('is upgraded in place by the installed extension, every record kept, and the library and highlights work on it', async () => {
    // A page of the extension that does not open the store itself: the background's and the library's connections close when asked.
    const blank = await session.context.newPage();
    await blank.goto(`chrome-extension://${session.extensionId}/card.html`);
    await blank.evaluate(await v1StoreScript());
    await blank.evaluate(async () => {
      await new Promise<void>((done, fail) => {
        const deletion = indexedDB.deleteDatabase('verbatim');
        deletion.onsuccess = () => done();
        deletion.onerror = () => fail(deletion.error);
      });
      await (globalThis as unknown as { verbatimV1: typeof import('../unit/store/v1-store') }).verbatimV1.writeV1Store('verbatim');
    });

    // The reader opens the library: this version opens the store and upgrades it.
    const library = await session.options();
    await library.getByText(`${V1_RECORDS.quotes.length} quotes in the store`).waitFor();
    await library.getByRole('searchbox').fill('covered almost all');
    await library.getByText('1 quote shown').waitFor();
    // The verdict set before verdicts were per page is the original's status.
    await library.getByText('Original: Misquoted').waitFor();
    await library.screenshot({ path: join(SCREENSHOTS, 'upgrade-library.png') });

    const raw = await blank.evaluate(
      () =>
        new Promise<RawStore>((resolve, reject) => {
          const open = indexedDB.open('verbatim');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['appearances', 'quotes']);
            const appearances = tx.objectStore('appearances').getAll();
            const quotes = tx.objectStore('quotes').getAll();
            tx.oncomplete = () => {
              resolve({ version: db.version, tables: [...db.objectStoreNames].sort(), appearances: appearances.result, quotes: quotes.result });
              db.close();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    expect(raw.tables).toEqual(['appearances', 'quotes', 'settings', 'sources', 'speakers']);
    expect(raw.quotes.map((q) => [q.id, q.verdict]).sort()).toEqual([['q-printed', undefined], ['q-witkoff', 'misquoted']]);
    expect(raw.appearances.map(({ quoteId, pageUrl, matchKind, verdict }) => ({ quoteId, pageUrl, matchKind, verdict })).sort((a, b) => a.pageUrl.localeCompare(b.pageUrl))).toEqual(
      V1_RECORDS.sightings.map(({ quoteId, pageUrl, matchKind }) => ({ quoteId, pageUrl, matchKind, verdict: undefined })).sort((a, b) => a.pageUrl.localeCompare(b.pageUrl)),
    );
    // Keys say what an appearance is, not the order it was written in.
    for (const a of raw.appearances) expect(a.key).toContain(a.quoteId);

    // The background reopened the upgraded store too: the re-quote page's altered Witkoff line is found.
    const requote = await session.open('/requote/article.html');
    const witkoff = (await pageMatches(session, requote)).find((m) => m.quoteId === 'q-witkoff');
    expect(witkoff?.kind).toBe('altered');
    // Its verdict was the original's, not this page's.
    expect(witkoff?.verdict).toBeUndefined();
    await Promise.all([requote.close(), library.close(), blank.close()]);
  });
});
