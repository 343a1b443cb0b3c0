import type { Quote } from '../model';
import { deleteQuotes, editQuote, tagQuotes, type QuoteEdit } from '../store/library';
import { getQuotes } from '../store/quotes';
import { normalizePageUrl, setPageVerdict } from '../store/sightings';
import type { Caller, ServiceContext } from './context';

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
  /**
   * Edits a quote; its verdict is the original's status. Sent from a web page's
   * content script (the card before it had setPageVerdict), the verdict and note are
   * that page's: see verdict-service for both, named.
   */
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
    async editQuote({ id, edit }: { id: string; edit: QuoteEdit }, caller: Caller = {}) {
      const pageUrl = caller.url && normalizePageUrl(caller.url);
      if (!pageUrl || edit.verdict === undefined) return written(await editQuote(db, id, edit), [id]);
      const { verdict, note, ...rest } = edit;
      await setPageVerdict(db, { quoteId: id, page: { url: pageUrl }, verdict, note });
      const quote = Object.keys(rest).length ? await editQuote(db, id, rest) : (await getQuotes(db, [id]))[0];
      await storeChanged([id]);
      return quote;
    },
    deleteQuotes: async (ids: string[]) => written(await deleteQuotes(db, ids), ids),
    tagQuotes: async ({ ids, add, remove }: { ids: string[]; add?: string[]; remove?: string[] }) => written(await tagQuotes(db, ids, { add, remove }), ids),
    libraryChanged: () => storeChanged(),
  };
}
