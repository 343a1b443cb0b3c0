import { browser } from 'wxt/browser';
import type { Quote } from '../model';
import { deleteQuotes, editQuote, importBundle, restoreQuotes, tagQuotes, type ImportResult, type LibraryBundle, type QuoteEdit } from '../store/library';
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
 */
export interface LibraryService {
  importLibrary(bundle: LibraryBundle): ImportResult;
  editQuote(req: { id: string; edit: QuoteEdit }): Quote;
  deleteQuotes(ids: string[]): LibraryBundle;
  restoreQuotes(bundle: LibraryBundle): void;
  tagQuotes(req: { ids: string[]; add?: string[]; remove?: string[] }): number;
}

export function libraryService({ db, storeChanged }: ServiceContext) {
  const written = async <T>(result: T): Promise<T> => {
    await storeChanged();
    return result;
  };
  const progress = (done: number, total: number) => {
    const message: ImportProgress = { [IMPORT_PROGRESS]: { done, total } };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  return {
    importLibrary: async (bundle: LibraryBundle) => written(await importBundle(db, bundle, progress)),
    editQuote: async ({ id, edit }: { id: string; edit: QuoteEdit }) => written(await editQuote(db, id, edit)),
    deleteQuotes: async (ids: string[]) => written(await deleteQuotes(db, ids)),
    restoreQuotes: async (bundle: LibraryBundle) => written(await restoreQuotes(db, bundle)),
    tagQuotes: async ({ ids, add, remove }: { ids: string[]; add?: string[]; remove?: string[] }) => written(await tagQuotes(db, ids, { add, remove })),
  };
}
