import Dexie, { type EntityTable } from 'dexie';
import type { QuoteRecord, SightingRecord, Source, SpeakerRecord } from '../model';

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The store. Opened only in the extension's origin (background, popup, options):
 * a content script's IndexedDB would belong to the web page.
 *
 * Schema changes add a new `version(n)` below the old ones with an upgrade function;
 * old versions stay so that any installed store can be upgraded.
 */
export class VerbatimDB extends Dexie {
  quotes!: EntityTable<QuoteRecord, 'id'>;
  sources!: EntityTable<Source, 'url'>;
  speakers!: EntityTable<SpeakerRecord, 'key'>;
  sightings!: EntityTable<SightingRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = 'verbatim') {
    super(name);
    // Only indexes that a query uses: each one costs every write (an import of 100,000
    // quotes into Chromium's IndexedDB took 3× as long with the four unused ones).
    // Search and filters run in memory on the library page (lib/store/library-search).
    this.version(1).stores({
      quotes: 'id, &key, createdAt, updatedAt',
      sources: 'url',
      speakers: 'key',
      sightings: '++id, quoteId, &[quoteId+pageUrl]',
      settings: 'key',
    });
  }
}
