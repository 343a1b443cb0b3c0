import Dexie, { type EntityTable } from 'dexie';
import type { QuoteIndexData } from './quote-index';

/**
 * The matcher's packed index, saved so that a service worker woken up by a page
 * gets it back with one read instead of re-reading and re-indexing the whole
 * store. A database of its own: it is a cache of the store, never part of it,
 * and can be dropped at any time.
 */
export interface IndexSnapshot {
  name: string;
  segments: QuoteIndexData[];
  /** The latest `updatedAt` among the quotes the index holds. */
  syncedUpTo: string;
}

export class IndexSnapshots extends Dexie {
  snapshots!: EntityTable<IndexSnapshot, 'name'>;

  constructor(name = 'verbatim-match-index') {
    super(name);
    this.version(1).stores({ snapshots: 'name' });
  }
}
