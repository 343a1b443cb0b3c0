import type { Settings } from '../model';
import { clearQuotes, getSettings, updateSettings } from '../store/quotes';
import type { ServiceContext } from './context';
import { highlightsOn } from '../settings';

export interface StoreService {
  getSettings(): Settings;
  /** Whether a page of `hostname` needs scanning: highlights are on there and the store holds quotes. */
  shouldScan(hostname: string): boolean;
  updateSettings(patch: Partial<Settings>): Settings;
  clearStore(): void;
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
    async clearStore() {
      await clearQuotes(db);
      await storeChanged();
    },
  };
}
