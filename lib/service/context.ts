import type { VerbatimDB } from '../store/db';

/**
 * What every part of the background service shares: the store, and the news that
 * it changed. Each feature's handlers live in a module of their own and take this.
 */
export interface ServiceContext {
  db: VerbatimDB;
  /**
   * Call after any write to quotes: caches drop and open tabs re-match the text they
   * hold. `ids`: the quotes written or deleted, when known (tabs then re-match only
   * against those); without it, any quote may have changed.
   */
  storeChanged(ids?: string[]): Promise<void>;
  /** Runs `listener` whenever storeChanged is called (to drop caches). */
  onStoreChanged(listener: () => void): void;
}

/**
 * Who sent a request, as the browser tells the background (runtime.MessageSender):
 * a content script's `url` is the web page it runs in; an extension page's is its own.
 */
export interface Caller {
  url?: string;
}
