import type { Quote } from '../model';
import { deleteQuotes, editQuote, tagQuotes, type QuoteEdit } from '../store/library';
import type { ServiceContext } from './context';

/**
 * Writes to the library that run in the background, which owns the store, so that
 * every open tab rescans (and recolours its highlights) after each one. Reads need
 * no handler: the library page opens the store itself, in the same origin.
 *
 * Imports (and the undo of a delete) are written where the file was read, by the
 * library page, in one transaction: nothing passes through the background, which
 * Chrome may stop at any moment. The page then tells it with `libraryChanged`.
 */
export interface LibraryService {
  /** Edits a quote; its verdict is the original's status (a page's verdict is verdict-service's). */
  editQuote(req: { id: string; edit: QuoteEdit }): Quote;
  deleteQuotes(ids: string[]): number;
  tagQuotes(req: { ids: string[]; add?: string[]; remove?: string[] }): number;
  /** A page wrote to the store itself (an import): the index and open tabs catch up. */
  libraryChanged(): void;
}

export function libraryService({ db, storeChanged }: ServiceContext) {
  // `ids`: the quotes written, so that tabs re-match only those (an import may change any).
  const written = async <T>(result: T, ids?: string[]): Promise<T> => {
    await storeChanged(ids);
    return result;
  };
  return {
    editQuote: async ({ id, edit }: { id: string; edit: QuoteEdit }) => written(await editQuote(db, id, edit), [id]),
    deleteQuotes: async (ids: string[]) => written(await deleteQuotes(db, ids), ids),
    tagQuotes: async ({ ids, add, remove }: { ids: string[]; add?: string[]; remove?: string[] }) => written(await tagQuotes(db, ids, { add, remove }), ids),
    libraryChanged: () => storeChanged(),
  };
}
