import { browser } from 'wxt/browser';
import { VerbatimDB } from '@/lib/store/db';
import { addQuotes, getSettings } from '@/lib/store/quotes';
import { migrateSettings, noteHasQuotes } from '@/lib/settings';
import { parseQuotesFile } from '@/lib/formats/verbatim-json';
import { callTab, serve, type BackgroundService } from '@/lib/messages';
import type { ServiceContext } from '@/lib/service/context';
import { storeService } from '@/lib/service/store-service';
import { matchService } from '@/lib/service/match-service';
import { libraryService } from '@/lib/service/library-service';
import { captureService, registerCaptureEntryPoints } from '@/lib/service/capture-service';
import starter from '@/assets/starter-quotes.json';

export default defineBackground(() => {
  const db = new VerbatimDB();
  const storeListeners: (() => void)[] = [];

  // Settings live in storage.local, where content scripts read them; so does whether the store is empty.
  let sizeNoted = Promise.resolve();
  const noteStoreSize = () => (sizeNoted = sizeNoted.then(async () => noteHasQuotes((await db.quotes.count()) > 0)).catch(() => undefined));
  void migrateSettings(() => getSettings(db)).then(noteStoreSize);

  async function refreshTabs(ids?: string[]) {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : callTab(tab.id, 'refresh', { ids }).catch(() => undefined))));
  }

  const context: ServiceContext = {
    db,
    async storeChanged(ids) {
      storeListeners.forEach((listener) => listener());
      await noteStoreSize();
      await refreshTabs(ids);
    },
    onStoreChanged: (listener) => storeListeners.push(listener),
  };

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    await addQuotes(db, parseQuotesFile(JSON.stringify(starter)));
    await context.storeChanged();
  });

  registerCaptureEntryPoints();
  serve<BackgroundService>({ ...storeService(context), ...matchService(context), ...libraryService(context), ...captureService(context) });
});
