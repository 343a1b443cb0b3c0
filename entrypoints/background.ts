import { browser } from 'wxt/browser';
import { VerbatimDB } from '@/lib/store/db';
import { addQuotes, getSettings } from '@/lib/store/quotes';
import { migrateSettings, noteHasQuotes } from '@/lib/settings';
import { parseQuotesFile } from '@/lib/formats/verbatim-json';
import { callTab, serveBackground, type BackgroundService } from '@/lib/messages';
import type { ServiceContext } from '@/lib/service/context';
import { storeService } from '@/lib/service/store-service';
import { matchService } from '@/lib/service/match-service';
import { libraryService } from '@/lib/service/library-service';
import { captureService } from '@/lib/service/capture-service';
import { verdictService } from '@/lib/service/verdict-service';
import { badgeService, TabBadges, toolbarBadgeSurface } from '@/lib/service/badge-service';
import { frameService } from '@/lib/service/frame-service';
import starter from '@/assets/starter-quotes.json';

const SAVE_MENU_ID = 'verbatim-save-quote';
/** The keyboard command declared in the manifest (wxt.config.ts). */
const SAVE_COMMAND = 'save-quote';

/**
 * The two ways to save a selection from any page: the context menu "Save quote to
 * Verbatim" and the keyboard shortcut. Both ask the tab's content script to open
 * its save form, which reads the selection itself.
 */
function registerSaveEntryPoints(): void {
  const openForm = (tabId: number | undefined) => {
    if (tabId !== undefined && tabId >= 0) void callTab(tabId, 'openSaveForm').catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save quote to Verbatim', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) openForm(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== SAVE_COMMAND) return;
    openForm(tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);
  });
}

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

  registerSaveEntryPoints();
  const badges = new TabBadges(toolbarBadgeSurface(browser));
  // A navigation or reload empties the badge until the new page's scan reports; a closed tab is forgotten.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void badges.clear(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void badges.forget(tabId));
  const matches = matchService(context);
  serveBackground<BackgroundService>({
    ...storeService(context),
    ...matches,
    ...libraryService(context),
    ...captureService(context, matches.matchPage),
    ...verdictService(context),
    ...badgeService(badges, browser.runtime.getURL('/')),
    ...frameService(browser.scripting),
  });
});
