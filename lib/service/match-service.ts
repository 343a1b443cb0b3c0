import type { Quote, Verdict } from '../model';
import { createMatcher, restoreMatcher, type Matcher, type QuoteMatch } from '../match/matcher';
import { diffParts, type DiffPart } from '../match/diff';
import { IndexSnapshots } from '../match/index-snapshots';
import { getQuotes, listQuotes } from '../store/quotes';
import { normalizePageUrl, verdictsOnPage, type PageRef } from '../store/sightings';
import type { Caller, ServiceContext } from './context';

/** A match joined with the quote it found, as the content script and popup show it. */
export interface PageMatch extends QuoteMatch {
  quote: Quote;
  /** The page's words against the original's, word by word, for the card. */
  diff: DiffPart[];
  /**
   * The reader's verdict on this page's version (on the quote's own source, the
   * original's status): it colours this page's highlight only. `quote.verdict` is the
   * original's status wherever the quote appears.
   */
  verdict?: Verdict;
}

export interface MatchPageRequest {
  text: string;
  /** `text` may be a slice of the page's text starting at `base` (a part that changed): offsets are page offsets. */
  base?: number;
  /** Match only these quotes (those a store write changed), not the whole store. */
  ids?: string[];
  /** The page the text is from, whose verdicts the matches carry; a content script's own page when left out. */
  page?: PageRef;
}

export interface MatchService {
  matchPage(req: MatchPageRequest): PageMatch[];
}

const SNAPSHOT = 'quotes';
/** Saving the index writes megabytes: wait for a burst of additions (capture, import) to end. */
const SAVE_DELAY_MS = 2000;

const latest = (quotes: { updatedAt: string }[], since = '') => quotes.reduce((max, q) => (q.updatedAt > max ? q.updatedAt : max), since);

/**
 * The matcher lives where the store lives. The service worker may be stopped at
 * any time, so the index is restored from its snapshot on wake (one read) and
 * brought up to date with the store: quotes whose ids are new or gone, and quotes
 * updated since the snapshot, are re-indexed; nothing else is re-read.
 */
export function matchService({ db, onStoreChanged }: ServiceContext, { snapshots = new IndexSnapshots(), saveDelayMs = SAVE_DELAY_MS } = {}) {
  let syncedUpTo = '';
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let ready: Promise<Matcher> = restore();
  let stale = false;

  async function restore(): Promise<Matcher> {
    const saved = await snapshots.snapshots.get(SNAPSHOT).catch(() => undefined);
    if (saved) {
      syncedUpTo = saved.syncedUpTo;
      return sync(restoreMatcher(saved.segments));
    }
    const quotes = await listQuotes(db);
    syncedUpTo = latest(quotes);
    const matcher = createMatcher(quotes);
    scheduleSave(matcher);
    return matcher;
  }

  async function sync(matcher: Matcher): Promise<Matcher> {
    const { stored, changed } = await db.transaction('r', db.quotes, async () => ({
      stored: new Set(await db.quotes.toCollection().primaryKeys()),
      changed: await db.quotes.where('updatedAt').above(syncedUpTo).primaryKeys(),
    }));
    const known = matcher.ids();
    const gone = [...known].filter((id) => !stored.has(id));
    const fresh = new Set([...changed, ...[...stored].filter((id) => !known.has(id))]);
    if (!gone.length && !fresh.size) return matcher;
    const quotes = await getQuotes(db, [...fresh]);
    matcher.remove([...gone, ...fresh]);
    matcher.add(quotes);
    syncedUpTo = latest(quotes, syncedUpTo);
    scheduleSave(matcher);
    return matcher;
  }

  function scheduleSave(matcher: Matcher) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      snapshots.snapshots.put({ name: SNAPSHOT, segments: matcher.segments(), syncedUpTo }).catch(() => undefined);
    }, saveDelayMs);
  }

  onStoreChanged(() => (stale = true));

  return {
    async matchPage({ text, base = 0, ids, page }: MatchPageRequest, caller: Caller = {}): Promise<PageMatch[]> {
      if (stale) {
        stale = false;
        ready = ready.then(sync, restore);
      }
      // A few changed quotes get a matcher of their own: cheaper than matching the whole store and keeping a few.
      const matcher = ids ? createMatcher(await getQuotes(db, ids)) : await ready;
      const matches = matcher.match(text, base);
      const found = await getQuotes(db, [...new Set(matches.map((m) => m.quoteId))]);
      const quotes = new Map(found.map((q) => [q.id, q]));
      const pageUrl = page ? normalizePageUrl(page.url, page.canonical) : caller.url && normalizePageUrl(caller.url);
      const verdicts = pageUrl && found.length ? await verdictsOnPage(db, pageUrl, found) : new Map<string, Verdict>();
      return matches
        .filter((m) => quotes.has(m.quoteId))
        .map((m) => {
          const verdict = verdicts.get(m.quoteId);
          return { ...m, quote: quotes.get(m.quoteId)!, diff: diffParts(quotes.get(m.quoteId)!.text, text, m, base), ...(verdict ? { verdict } : {}) };
        });
    },
  };
}
