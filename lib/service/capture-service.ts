import type { MatchKind, QuoteInput } from '../model';
import type { DiffPart } from '../match/diff';
import { describeRelation } from '../match/diff-summary';
import { samePerson } from '../match/same-person';
import { addQuotes } from '../store/quotes';
import { appearanceKey } from '../store/appearances';
import { normalizePageUrl, recordSightings, sourceHistory, type PageRef, type SightingHit, type SourceHistory } from '../store/sightings';
import { quoteKey, toWords } from '../text/words';
import type { ServiceContext } from './context';
import type { MatchPageRequest, PageMatch } from './match-service';
import { plural } from '../text/plural';

/** A quote to save; `saveSeparately` keeps words that change a known quote as a quote of their own (the reader chose so). */
export type SaveInput = QuoteInput & { saveSeparately?: boolean };

export interface SaveRequest {
  quotes: SaveInput[];
  /** The page the quotes were taken from: where a known quote they repeat or change is recorded as appearing. */
  page?: PageRef;
}

/** How words the reader holds relate to a quote already in the store. */
export interface KnownQuote {
  quoteId: string;
  /** The known quote's speaker. */
  speaker: string;
  kind: MatchKind;
  /** The words against the known quote's, piece by piece. */
  diff: DiffPart[];
  /** The reader's speaker for the words, when it is not the known quote's. */
  pageSpeaker?: string;
  /** In words: "this page alters a known quote by Steve Witkoff: 1 word changed". */
  description: string;
}

/** What became of one quote of a save request. */
export type SaveResult =
  | { outcome: 'saved'; quoteId: string }
  /** Recorded as an appearance of the known quote it repeats or changes; no quote added. */
  | { outcome: 'appearance'; known: KnownQuote }
  /** Saved as its own quote at the reader's request; it names the known quote in `relatedTo`. */
  | { outcome: 'separate'; quoteId: string; known: KnownQuote }
  | { outcome: 'skipped'; reason: string };

export interface SaveOutcome {
  saved: number;
  /** Quotes whose words are, or change, a quote in the store: not added as new quotes (unless asked to). */
  alreadyKnown: number;
  /** Appearances newly recorded on this page for those. */
  sightings: number;
  /** For each quote of the request, in order. */
  results: SaveResult[];
  /** What happened, in words for the reader. */
  message: string;
}

export interface CaptureService {
  saveQuotes(req: SaveRequest): SaveOutcome;
  /** For each quote, the known quote its words repeat or change, if any. */
  findKnown(quotes: Pick<QuoteInput, 'text' | 'speaker'>[]): (KnownQuote | undefined)[];
  reportSightings(req: { page: PageRef; hits: SightingHit[] }): number;
  sourceHistory(quoteId: string): SourceHistory | undefined;
}

/**
 * Words around a match that the reader's selection may hold besides the quote ("Witkoff
 * said:"): beyond this, the selection is a longer passage of its own, not a version of the quote.
 */
const EXTRA_WORDS = 3;

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Words that are a known quote's own, credited to its speaker: nothing to tell but that they are known. */
const isSameQuote = (r: SaveResult) => r.outcome === 'appearance' && r.known.kind === 'exact' && !r.known.pageSpeaker;

/** What a save did, in words; `freshSame`: appearances newly recorded for words that were a known quote's own. */
export function describeSave(results: SaveResult[], freshSame: number): string {
  const parts: string[] = [];
  const saved = results.filter((r) => r.outcome === 'saved').length;
  if (saved) parts.push(`Saved ${plural(saved, 'quote', 'quotes')}.`);
  const same = results.filter(isSameQuote).length;
  if (same) {
    const was = same === 1 ? 'was' : 'were';
    parts.push(
      freshSame
        ? `${plural(same, 'quote', 'quotes')} ${was} already in the store: recorded ${freshSame === 1 ? 'an appearance' : `${freshSame} appearances`} on this page instead.`
        : `${plural(same, 'quote', 'quotes')} ${was} already in the store (and already known on this page): nothing added.`,
    );
  }
  for (const r of results) {
    if (r.outcome === 'appearance' && !isSameQuote(r)) parts.push(`${capitalized(r.known.description)}: recorded on this page as an appearance of it, not saved as a new quote.`);
    if (r.outcome === 'separate') parts.push(`Saved as a quote of its own, noted as related: ${r.known.description}.`);
    if (r.outcome === 'skipped') parts.push(r.reason);
  }
  return parts.join(' ') || 'Nothing to save.';
}

/**
 * Saving from a page. Words that are, or change, a quote already in the store never
 * become a new original silently: they are recorded as an appearance of the known
 * quote, with how the page quotes it (kind, difference, credited speaker); saving them
 * as a quote of their own needs `saveSeparately`, and then both records name each other.
 */
export function captureService({ db, storeChanged }: ServiceContext, matchPage: (req: MatchPageRequest) => Promise<PageMatch[]>) {
  /** The known quote that `text` repeats or changes, found by the page matcher with the text put between quotation marks. */
  async function findKnown({ text, speaker }: Pick<QuoteInput, 'text' | 'speaker'>): Promise<KnownQuote | undefined> {
    const quoted = `“${text}”`;
    const inside = (m: PageMatch) => toWords(quoted.slice(0, m.start)).words.length + toWords(quoted.slice(m.end)).words.length;
    const sameWords = await db.quotes.where('key').equals(quoteKey(text)).first();
    const matches = sameWords ? [] : (await matchPage({ text: quoted })).filter((m) => inside(m) <= EXTRA_WORDS);
    const best = matches.sort((a, b) => inside(a) - inside(b))[0];
    const quote = sameWords ? { id: sameWords.id, speaker: sameWords.speaker } : best?.quote;
    if (!quote) return undefined;
    const kind = best?.kind ?? 'exact';
    const diff = best?.diff ?? [];
    const credited = speaker?.trim();
    const pageSpeaker = credited && quote.speaker && !samePerson(credited, quote.speaker) ? credited : undefined;
    return { quoteId: quote.id, speaker: quote.speaker, kind, diff, ...(pageSpeaker ? { pageSpeaker } : {}), description: describeRelation({ kind, speaker: quote.speaker, diff, pageSpeaker }) };
  }

  return {
    async saveQuotes({ quotes, page }: SaveRequest): Promise<SaveOutcome> {
      const results: SaveResult[] = [];
      const toAdd: QuoteInput[] = [];
      let fresh = 0;
      let freshSame = 0;
      for (const { saveSeparately, ...q } of quotes) {
        const input: QuoteInput = { ...q, source: { ...q.source, url: normalizePageUrl(q.source.url) ?? q.source.url } };
        if (!quoteKey(input.text)) {
          results.push({ outcome: 'skipped', reason: 'A quote needs at least one word.' });
          continue;
        }
        const known = await findKnown(input);
        const separate = known && saveSeparately && known.kind !== 'exact';
        const id = crypto.randomUUID();
        const where = page ?? (input.source.url ? { url: input.source.url } : undefined);
        if (known && where) {
          const { quoteId, kind, diff, pageSpeaker } = known;
          const recorded = await recordSightings(db, where, [{ quoteId, kind, diff, ...(pageSpeaker ? { pageSpeaker } : {}) }]);
          fresh += recorded;
          if (kind === 'exact' && !pageSpeaker) freshSame += recorded;
          const pageUrl = normalizePageUrl(where.url, where.canonical);
          if (separate && pageUrl) await db.appearances.update(appearanceKey(quoteId, pageUrl), { savedAs: id });
        }
        if (known && !separate) {
          results.push({ outcome: 'appearance', known });
          continue;
        }
        toAdd.push({ ...input, id, ...(known ? { relatedTo: { quoteId: known.quoteId, kind: known.kind, ...(known.pageSpeaker ? { misattributed: true } : {}) } } : {}) });
        results.push(known ? { outcome: 'separate', quoteId: id, known } : { outcome: 'saved', quoteId: id });
      }
      const { added } = await addQuotes(db, toAdd);
      const written = new Set((await db.quotes.bulkGet(toAdd.map((q) => q.id!))).flatMap((r) => (r ? [r.id] : [])));
      const final = results.map((r): SaveResult => ('quoteId' in r && !written.has(r.quoteId) ? { outcome: 'skipped', reason: 'A quote with these words was saved at the same time.' } : r));
      if (added || fresh) await storeChanged();
      return {
        saved: added,
        alreadyKnown: final.filter((r) => r.outcome === 'appearance').length,
        sightings: fresh,
        results: final,
        message: describeSave(final, freshSame),
      };
    },
    findKnown: (quotes: Pick<QuoteInput, 'text' | 'speaker'>[]) => Promise.all(quotes.map(findKnown)),
    reportSightings: ({ page, hits }: { page: PageRef; hits: SightingHit[] }) => recordSightings(db, page, hits),
    sourceHistory: (quoteId: string) => sourceHistory(db, quoteId),
  };
}
