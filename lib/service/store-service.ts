import type { Quote, Settings } from '../model';
import { addQuotes, clearQuotes, getSettings, listQuotes, updateSettings, type AddResult } from '../store/quotes';
import { parseQuotesFile, toVerbatimExport, type VerbatimExport } from '../formats/verbatim-json';
import type { ServiceContext } from './context';
import { highlightsOn } from '../settings';

export interface StoreService {
  getSettings(): Settings;
  /** Whether a page of `hostname` needs scanning: highlights are on there and the store holds quotes. */
  shouldScan(hostname: string): boolean;
  updateSettings(patch: Partial<Settings>): Settings;
  listQuotes(): Quote[];
  clearStore(): void;
  exportStore(): VerbatimExport;
  importQuotes(json: string): AddResult;
}

export function storeService({ db, storeChanged, settingsChanged }: ServiceContext) {
  return {
    getSettings: () => getSettings(db),
    async shouldScan(hostname: string) {
      const [settings, count] = await Promise.all([getSettings(db), db.quotes.count()]);
      return highlightsOn(settings, hostname) && count > 0;
    },
    async updateSettings(patch: Partial<Settings>) {
      const settings = await updateSettings(db, patch);
      await settingsChanged();
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
    async importQuotes(json: string) {
      const result = await addQuotes(db, parseQuotesFile(json));
      await storeChanged();
      return result;
    },
  };
}
