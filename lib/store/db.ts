import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { QuoteRecord, Source, SpeakerRecord } from '../model';
import { toAppearanceRecord, type Appearance, type AppearanceRecord } from './appearances';

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Version 1 named each sighting by a number the store counted up; appearances are named by their quote and page. */
async function sightingsToAppearances(tx: Transaction): Promise<void> {
  const sightings: (Appearance & { id?: number })[] = await tx.table('sightings').toArray();
  await tx.table('appearances').bulkAdd(sightings.map(({ id: _id, ...s }) => toAppearanceRecord(s)));
}

/**
 * The store. Opened only in the extension's origin (background, popup, options):
 * a content script's IndexedDB would belong to the web page.
 *
 * Schema changes add a new `version(n)` below the old ones with an upgrade function;
 * old versions stay so that any installed store can be upgraded.
 *
 * A quote's `verdict` is the status of the stored original (checked against its
 * primary source or not); a verdict on one page's version of it lives on that page's
 * appearance. Version 1 had only the quote's verdict, set from any page: it stays the
 * original's status, since which page it was meant for is not known.
 */
export class VerbatimDB extends Dexie {
  quotes!: EntityTable<QuoteRecord, 'id'>;
  sources!: EntityTable<Source, 'url'>;
  speakers!: EntityTable<SpeakerRecord, 'key'>;
  appearances!: EntityTable<AppearanceRecord, 'key'>;
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
    // Keys made of what a record is (quote id and page), so that stores can later be merged without renumbering.
    this.version(2).stores({ appearances: 'key, quoteId' }).upgrade(sightingsToAppearances);
    // Dropped a version later: an upgrade may only read a table that a later version deletes.
    this.version(3).stores({ sightings: null });
  }
}
