import { browser } from 'wxt/browser';
import { VerbatimDB } from '@/lib/store/db';
import { addQuotes, clearQuotes, getQuotes, getSettings, listQuotes, updateSettings } from '@/lib/store/quotes';
import { createMatcher, type Matcher } from '@/lib/match/matcher';
import { parseQuotesFile, toVerbatimExport } from '@/lib/formats/verbatim-json';
import { callTab, serve, type BackgroundService } from '@/lib/messages';
import starter from '@/assets/starter-quotes.json';

export default defineBackground(() => {
  const db = new VerbatimDB();
  // The service worker may be stopped at any time: the matcher is only a cache of the store.
  let matcher: Promise<Matcher> | undefined;
  const currentMatcher = () => (matcher ??= listQuotes(db).then(createMatcher));

  async function storeChanged() {
    matcher = undefined;
    await tellTabs();
  }

  async function tellTabs() {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : callTab(tab.id, 'refresh').catch(() => undefined))));
  }

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    await addQuotes(db, parseQuotesFile(JSON.stringify(starter)));
    await storeChanged();
  });

  serve<BackgroundService>({
    async matchPage({ text }) {
      const matches = (await currentMatcher()).match(text);
      const quotes = new Map((await getQuotes(db, [...new Set(matches.map((m) => m.quoteId))])).map((q) => [q.id, q]));
      return matches.filter((m) => quotes.has(m.quoteId)).map((m) => ({ ...m, quote: quotes.get(m.quoteId)! }));
    },
    getSettings: () => getSettings(db),
    async updateSettings(patch) {
      const settings = await updateSettings(db, patch);
      await tellTabs();
      return settings;
    },
    listQuotes: () => listQuotes(db),
    async clearStore() {
      await clearQuotes(db);
      await storeChanged();
    },
    async exportStore() {
      return toVerbatimExport(await listQuotes(db), await db.sightings.toArray());
    },
    async importQuotes(json) {
      const result = await addQuotes(db, parseQuotesFile(json));
      await storeChanged();
      return result;
    },
  });
});
