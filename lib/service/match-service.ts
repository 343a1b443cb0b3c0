import type { Quote } from '../model';
import { createMatcher, type Matcher, type QuoteMatch } from '../match/matcher';
import { getQuotes, listQuotes } from '../store/quotes';
import type { ServiceContext } from './context';

/** A match joined with the quote it found, as the content script and popup show it. */
export interface PageMatch extends QuoteMatch {
  quote: Quote;
}

export interface MatchService {
  matchPage(req: { text: string; url: string }): PageMatch[];
}

export function matchService({ db, onStoreChanged }: ServiceContext) {
  // The service worker may be stopped at any time: the matcher is only a cache of the store.
  let matcher: Promise<Matcher> | undefined;
  onStoreChanged(() => (matcher = undefined));
  return {
    async matchPage({ text }: { text: string; url: string }) {
      const matches = (await (matcher ??= listQuotes(db).then(createMatcher))).match(text);
      const quotes = new Map((await getQuotes(db, [...new Set(matches.map((m) => m.quoteId))])).map((q) => [q.id, q]));
      return matches.filter((m) => quotes.has(m.quoteId)).map((m) => ({ ...m, quote: quotes.get(m.quoteId)! }));
    },
  };
}
