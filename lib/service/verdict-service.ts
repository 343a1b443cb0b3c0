import type { Quote, Verdict } from '../model';
import { editQuote } from '../store/library';
import { getPageVerdict, setPageVerdict, type PageRef, type PageVerdict, type PageVerdictEdit } from '../store/sightings';
import type { ServiceContext } from './context';

/**
 * The reader's two judgements: a verdict on one page's version of a quote (from the
 * card: "this page: misquoted"), which colours that page's highlight only, and the
 * status of the stored original (checked against its primary source or not).
 */
export interface VerdictService {
  getPageVerdict(req: { quoteId: string; page: PageRef }): PageVerdict;
  setPageVerdict(req: PageVerdictEdit): PageVerdict;
  /** The original's status; null clears it. `note` is the quote's own note (omitted: unchanged). */
  setOriginalStatus(req: { quoteId: string; verdict: Verdict | null; note?: string }): Quote;
}

export function verdictService({ db, storeChanged }: ServiceContext) {
  return {
    getPageVerdict: ({ quoteId, page }: { quoteId: string; page: PageRef }) => getPageVerdict(db, quoteId, page),
    async setPageVerdict(req: PageVerdictEdit) {
      const result = await setPageVerdict(db, req);
      await storeChanged([req.quoteId]);
      return result;
    },
    async setOriginalStatus({ quoteId, verdict, note }: { quoteId: string; verdict: Verdict | null; note?: string }) {
      const quote = await editQuote(db, quoteId, { verdict, ...(note !== undefined ? { note } : {}) });
      await storeChanged([quoteId]);
      return quote;
    },
  };
}
