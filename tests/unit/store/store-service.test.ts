import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VerbatimDB } from '@/lib/store/db';
import { storeService } from '@/lib/service/store-service';
import { addQuotes } from '@/lib/store/quotes';

let db: VerbatimDB;
let service: ReturnType<typeof storeService>;
let changes: string[];
beforeEach(() => {
  db = new VerbatimDB(`test-${crypto.randomUUID()}`);
  changes = [];
  service = storeService({
    db,
    storeChanged: async () => void changes.push('store'),
    settingsChanged: async () => void changes.push('settings'),
    onStoreChanged: () => undefined,
  });
});
afterEach(() => db.delete());

describe('shouldScan', () => {
  it('skips every page while the store is empty, and pages where highlighting is off', async () => {
    expect(await service.shouldScan('news.example')).toBe(false);
    await addQuotes(db, [{ text: 'We covered almost all the other issues.', speaker: 'Steve Witkoff', source: { url: '' } }]);
    expect(await service.shouldScan('news.example')).toBe(true);
    await service.updateSettings({ disabledSites: ['news.example'] });
    expect(await service.shouldScan('news.example')).toBe(false);
    expect(await service.shouldScan('other.example')).toBe(true);
    await service.clearStore();
    expect(await service.shouldScan('other.example')).toBe(false);
    expect(changes).toEqual(['settings', 'store']);
  });
});
