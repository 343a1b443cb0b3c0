import type { QuoteInput } from '../model';
import { addQuotes } from '../store/quotes';
import { normalizePageUrl, recordSightings, sourceHistory, type PageRef, type SightingHit, type SourceHistory } from '../store/sightings';
import { quoteKey } from '../text/words';
import type { ServiceContext } from './context';
import { plural } from '../text/plural';

export interface SaveRequest {
  quotes: QuoteInput[];
  /** The page the quotes were taken from: where a quote already in the store is recorded as seen. */
  page?: PageRef;
}

export interface SaveOutcome {
  saved: number;
  /** Quotes whose words were already in the store: not duplicated. */
  alreadyKnown: number;
  /** Sightings recorded for those, on this page. */
  sightings: number;
  /** What happened, in words for the reader. */
  message: string;
}

export interface CaptureService {
  saveQuotes(req: SaveRequest): SaveOutcome;
  /** For each text, whether its words are already in the store. */
  areKnown(texts: string[]): boolean[];
  reportSightings(req: { page: PageRef; hits: SightingHit[] }): number;
  sourceHistory(quoteId: string): SourceHistory | undefined;
}

export function describeSave({ saved, alreadyKnown, sightings }: Omit<SaveOutcome, 'message'>): string {
  const parts: string[] = [];
  if (saved) parts.push(`Saved ${plural(saved, 'quote', 'quotes')}.`);
  if (alreadyKnown) {
    const was = alreadyKnown === 1 ? 'was' : 'were';
    parts.push(
      sightings
        ? `${plural(alreadyKnown, 'quote', 'quotes')} ${was} already in the store: recorded ${sightings === 1 ? 'a sighting' : `${sightings} sightings`} on this page instead.`
        : `${plural(alreadyKnown, 'quote', 'quotes')} ${was} already in the store (and already known on this page): nothing added.`,
    );
  }
  return parts.join(' ') || 'Nothing to save.';
}

export function captureService({ db, storeChanged }: ServiceContext) {
  return {
    async saveQuotes({ quotes, page }: SaveRequest): Promise<SaveOutcome> {
      const inputs = quotes.map((q) => ({ ...q, source: { ...q.source, url: normalizePageUrl(q.source.url) ?? q.source.url } }));
      const keys = inputs.map((q) => quoteKey(q.text));
      const known = await db.quotes.where('key').anyOf(keys).toArray();
      const knownKeys = new Set(known.map((q) => q.key));
      const { added } = await addQuotes(db, inputs.filter((_, i) => !knownKeys.has(keys[i])));
      const sightings = page && known.length ? await recordSightings(db, page, known.map((q) => ({ quoteId: q.id, kind: 'exact' as const }))) : 0;
      const alreadyKnown = inputs.length - added;
      if (added || sightings) await storeChanged();
      return { saved: added, alreadyKnown, sightings, message: describeSave({ saved: added, alreadyKnown, sightings }) };
    },
    async areKnown(texts: string[]) {
      const keys = texts.map(quoteKey);
      const known = new Set((await db.quotes.where('key').anyOf(keys).toArray()).map((q) => q.key));
      return keys.map((k) => known.has(k));
    },
    reportSightings: ({ page, hits }: { page: PageRef; hits: SightingHit[] }) => recordSightings(db, page, hits),
    sourceHistory: (quoteId: string) => sourceHistory(db, quoteId),
  };
}
