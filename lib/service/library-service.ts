import { browser } from 'wxt/browser';
import type { Quote } from '../model';
import { deleteQuotes, editQuote, importBundle, tagQuotes, type ImportResult, type LibraryBundle, type QuoteEdit } from '../store/library';
import type { ServiceContext } from './context';

/** The message the background broadcasts to extension pages while an import is written. */
export const IMPORT_PROGRESS = 'verbatimImportProgress';
export interface ImportProgress {
  [IMPORT_PROGRESS]: { done: number; total: number };
}

/**
 * Writes to the library. They run in the background, which owns the store, so that
 * every open tab rescans (and recolours its highlights) after each one. Reads need
 * no handler: the library page opens the store itself, in the same origin.
 *
 * A large import arrives in parts (runtime messages are limited to 64 MB) and is
 * written only when the last part is in, in one transaction.
 */
export interface LibraryService {
  /** One part of lib/store/library bundleParts. */
  stageImport(part: { importId: string; json: string }): void;
  commitImport(importId: string): ImportResult;
  editQuote(req: { id: string; edit: QuoteEdit }): Quote;
  /** Undo is an import of what the page read before deleting (lib/store/library bundleOf). */
  deleteQuotes(ids: string[]): number;
  tagQuotes(req: { ids: string[]; add?: string[]; remove?: string[] }): number;
}

export function libraryService({ db, storeChanged }: ServiceContext) {
  // One import at a time: a new one drops the parts of any that was abandoned.
  let staged: { importId: string; bundle: LibraryBundle } | undefined;
  // `ids`: the quotes written, so that tabs re-match only those (an import may change any).
  const written = async <T>(result: T, ids?: string[]): Promise<T> => {
    await storeChanged(ids);
    return result;
  };
  const progress = (done: number, total: number) => {
    const message: ImportProgress = { [IMPORT_PROGRESS]: { done, total } };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  return {
    stageImport({ importId, json }: { importId: string; json: string }) {
      const { quotes, sightings } = JSON.parse(json) as LibraryBundle;
      if (staged?.importId !== importId) staged = { importId, bundle: { quotes: [], sightings: [] } };
      // A loop, not push(...part): spreading tens of thousands of arguments overflows the stack.
      for (const q of quotes) staged.bundle.quotes.push(q);
      for (const s of sightings) staged.bundle.sightings.push(s);
    },
    async commitImport(importId: string) {
      if (staged?.importId !== importId) throw new Error('The import was interrupted before all of it arrived; nothing was written. Try again.');
      const { bundle } = staged;
      staged = undefined;
      return written(await importBundle(db, bundle, progress));
    },
    editQuote: async ({ id, edit }: { id: string; edit: QuoteEdit }) => written(await editQuote(db, id, edit), [id]),
    deleteQuotes: async (ids: string[]) => written(await deleteQuotes(db, ids), ids),
    tagQuotes: async ({ ids, add, remove }: { ids: string[]; add?: string[]; remove?: string[] }) => written(await tagQuotes(db, ids, { add, remove }), ids),
  };
}
