import { browser } from 'wxt/browser';
import { VerbatimDB } from '@/lib/store/db';
import { addQuotes } from '@/lib/store/quotes';
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

  async function refreshTabs() {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : callTab(tab.id, 'refresh').catch(() => undefined))));
  }

  const context: ServiceContext = {
    db,
    async storeChanged() {
      storeListeners.forEach((listener) => listener());
      await refreshTabs();
    },
    settingsChanged: refreshTabs,
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
