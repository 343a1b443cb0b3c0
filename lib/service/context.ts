import type { VerbatimDB } from '../store/db';

/**
 * What every part of the background service shares: the store, and the news that
 * it changed. Each feature's handlers live in a module of their own and take this.
 */
export interface ServiceContext {
  db: VerbatimDB;
  /** Call after any write to quotes: caches drop and open tabs rescan. */
  storeChanged(): Promise<void>;
  /** Call after settings change: open tabs rescan or clear. */
  settingsChanged(): Promise<void>;
  /** Runs `listener` whenever storeChanged is called (to drop caches). */
  onStoreChanged(listener: () => void): void;
}
