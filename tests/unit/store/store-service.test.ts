import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { VerbatimDB } from '@/lib/store/db';
import { storeService } from '@/lib/service/store-service';
import { addQuotes } from '@/lib/store/quotes';
import { migrateSettings, noteHasQuotes, onScanStateChanged, readScanState, readSettings, shouldScan, writeSettings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/model';

let db: VerbatimDB;
let changes: number;
beforeEach(() => {
  fakeBrowser.reset();
  db = new VerbatimDB(`test-${crypto.randomUUID()}`);
  changes = 0;
});
afterEach(() => db.delete());

describe('clearStore', () => {
  it('empties the store and says so', async () => {
    const service = storeService({ db, storeChanged: async () => void changes++, onStoreChanged: () => undefined });
    await addQuotes(db, [{ text: 'We covered almost all the other issues.', speaker: 'Steve Witkoff', source: { url: '' } }]);
    await service.clearStore();
    expect(await db.quotes.count()).toBe(0);
    expect(changes).toBe(1);
  });
});

describe('settings in storage.local', () => {
  it('decide whether a page is read: highlights on, the site not switched off, quotes in the store', async () => {
    expect(shouldScan(await readScanState(), 'news.example')).toBe(true);
    await writeSettings({ disabledSites: ['news.example'] });
    const state = await readScanState();
    expect([shouldScan(state, 'news.example'), shouldScan(state, 'other.example')]).toEqual([false, true]);
    await noteHasQuotes(false);
    expect(shouldScan(await readScanState(), 'other.example')).toBe(false);
    await writeSettings({ highlightsEnabled: false });
    expect(await readSettings()).toEqual({ highlightsEnabled: false, disabledSites: ['news.example'] });
  });

  it('tell listeners of every change, with the new state', async () => {
    const heard = vi.fn();
    const stop = onScanStateChanged(heard);
    await writeSettings({ highlightsEnabled: false });
    await vi.waitFor(() => expect(heard).toHaveBeenLastCalledWith({ settings: { ...DEFAULT_SETTINGS, highlightsEnabled: false }, hasQuotes: true }));
    await noteHasQuotes(false);
    await vi.waitFor(() => expect(heard).toHaveBeenLastCalledWith(expect.objectContaining({ hasQuotes: false })));
    stop();
  });

  it('keep what the reader chose while settings lived in IndexedDB, moved over once', async () => {
    await db.settings.bulkPut([{ key: 'disabledSites', value: ['news.example'] }]);
    const readOld = vi.fn(async () => ({ ...DEFAULT_SETTINGS, disabledSites: (await db.settings.get('disabledSites'))!.value as string[] }));
    await migrateSettings(readOld);
    expect((await readSettings()).disabledSites).toEqual(['news.example']);
    await writeSettings({ disabledSites: [] });
    await migrateSettings(readOld);
    expect((await readSettings()).disabledSites).toEqual([]);
    expect(readOld).toHaveBeenCalledTimes(1);
  });
});
