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
    this.version(1).stores({
      quotes: 'id, &key, speakerKey, sourceUrl, verdict, *tags, createdAt, updatedAt',
      sources: 'url, outlet, publishedAt',
      speakers: 'key, name',
      sightings: '++id, quoteId, pageUrl, &[quoteId+pageUrl], seenAt',
      settings: 'key',
    });
  }
}
