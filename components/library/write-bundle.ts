import { callBackground } from '@/lib/messages';
import type { VerbatimDB } from '@/lib/store/db';
import { importBundle, writeFailure, type ImportResult, type LibraryBundle } from '@/lib/store/library';

/**
 * Tells the background that this page wrote to the store, so that its index and open
 * tabs catch up. A background that Chrome stopped wakes for it; one that cannot be
 * reached catches up by itself when it next starts (it syncs with the store on wake).
 */
export async function announceWrite(): Promise<void> {
  await callBackground('libraryChanged').catch(() => undefined);
}

/** Writes a small bundle from the page (the undo of a delete) in one transaction, then announces it. */
export async function writeBundle(db: VerbatimDB, bundle: LibraryBundle): Promise<ImportResult> {
  try {
    const result = await importBundle(db, bundle);
    await announceWrite();
    return result;
  } catch (e) {
    throw new Error(`Nothing was restored; the library is as it was. ${writeFailure(e)}`);
  }
}
